new File(basedir, 'README.md').setLastModified(1000000000000L)
return true

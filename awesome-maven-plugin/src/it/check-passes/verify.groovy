def log = new File(basedir, 'build.log').text
assert log.contains('README.md matches the list')
return true

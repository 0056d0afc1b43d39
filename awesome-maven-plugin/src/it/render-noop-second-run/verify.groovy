def log = new File(basedir, 'build.log').text

def readme = new File(basedir, 'README.md')
assert readme.lastModified() == 1000000000000L : 'an unchanged README must not be rewritten (mtime changed)'
assert log.contains('README.md is up to date')
assert !log.contains('Wrote README.md')
return true

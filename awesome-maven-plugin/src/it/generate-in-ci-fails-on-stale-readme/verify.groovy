def log = new File(basedir, 'build.log').text

assert log.contains('README.md is not what the list renders to')
assert new File(basedir, 'README.md').text.contains('Hand-edited.') : 'generate must not write in CI'
return true

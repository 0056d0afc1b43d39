def log = new File(basedir, 'build.log').text

assert log.contains('(empty-section) MFM data')
assert log.contains('The list has 0 errors, 1 warning, 0 infos and failOnWarning is set')
return true

def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] src/main/java/com/example/BrokenList.java:') && log.contains('(empty-section)')
assert !log.contains('(url-syntax)')
assert log.contains('0 errors, 0 warnings, 1 info')
return true

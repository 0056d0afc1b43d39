def log = new File(basedir, 'build.log').text
assert log.contains('app/src/main/java/com/example/app/App.java')
assert log.contains('cannot find symbol')
assert log.contains('variable GRADLE')
return true

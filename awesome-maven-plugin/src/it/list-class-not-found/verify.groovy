def log = new File(basedir, 'build.log').text

assert log.contains('List class com.example.Missing not found. Looked for:')
assert log.contains('src/main/java/com/example/Missing.java')
assert log.contains('Check <listClass>')
return true

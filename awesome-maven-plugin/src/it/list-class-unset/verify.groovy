def log = new File(basedir, 'build.log').text

assert log.contains('No list class is configured.')
assert log.contains('<configuration><listClass>com.example.MyAwesomeList</listClass></configuration>')
return true

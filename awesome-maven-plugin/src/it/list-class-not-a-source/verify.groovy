def log = new File(basedir, 'build.log').text

assert log.contains('com.example.PlainList does not implement io.github.awesomedsl.dsl.AwesomeListSource.')
return true

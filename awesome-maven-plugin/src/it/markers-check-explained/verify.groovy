def log = new File(basedir, 'build.log').text
assert log.contains('README.md has <!-- awesome:begin --> and <!-- awesome:end --> markers, but markers mode is off')
assert log.contains('-Dawesome.markers=true')
assert !log.contains('Run `mvn awesome:render`')
assert new File(basedir, 'README.md').text.contains('Hand-written text the plugin must keep.')
return true

def log = new File(basedir, 'build.log').text

assert log.contains('README.md: The README has no <!-- awesome:begin --> line.')
assert new File(basedir, 'README.md').text == '# Hand-written\n' : 'nothing may be written when markers are broken'
return true

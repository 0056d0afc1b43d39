def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] README.md:5:3 (toc-anchor) the link #Tools matches no heading')
assert log.contains('did you mean #tools?')
assert log.contains('[ERROR] README.md:10:3 (relative-url) example.org/b has no scheme')
assert log.contains('lint: README.md: 2 errors, 0 warnings')
assert log.contains('README.md has 2 errors and 0 warnings')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/awesome/lint.sarif'))
assert sarif.runs[0].results.size() == 2
return true

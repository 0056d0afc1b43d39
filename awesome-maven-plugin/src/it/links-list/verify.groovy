System.properties.get('links-list.server').stop(0)
def log = new File(basedir, 'build.log').text
assert log.contains('The acceptance of https://retired.example.com/* ("the host was down for a migration") expired on 2020-01-31')
def line = new File(basedir, 'src/main/java/com/example/LinksList.java').readLines().findIndexOf { it.contains('// gone') } + 1
assert log =~ /\[ERROR\] src\/main\/java\/com\/example\/LinksList\.java:\[${line}\] \(broken-link\) Tools › Gone: http:\/\/127\.0\.0\.10:\d+\/gone is broken: HTTP 404/
assert log =~ /links: 2 in \d+ ms, 0 from the cache: /
assert log.contains('BUILD SUCCESS') : 'failOnBroken=false lets the build pass'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/awesome/links.sarif'))
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/example/LinksList.java'
return true

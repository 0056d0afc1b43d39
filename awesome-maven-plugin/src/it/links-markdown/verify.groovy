System.properties.get('links-markdown.server').stop(0)
def log = new File(basedir, 'build.log').text
assert log.contains('Checking 3 links')
assert log =~ /\[ERROR\] README\.md:\[4\] \(broken-link\) http:\/\/127\.0\.0\.9:\d+\/gone is broken: HTTP 404/
assert log =~ /\[WARNING\] README\.md:\[5\] \(moved-link\) http:\/\/127\.0\.0\.9:\d+\/old has moved: link http:\/\/127\.0\.0\.9:\d+\/new/
assert log.contains('1 ok, 1 redirected, 1 broken, 0 unverifiable, 0 skipped')
assert log.contains('1 broken links (listed above with their lines)')
def cache = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/awesome/links.json'))
assert cache.links.size() == 3
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/awesome/links.sarif'))
assert sarif.runs[0].results.find { it.ruleId == 'broken-link' }.locations[0].physicalLocation.region.startLine == 4
return true

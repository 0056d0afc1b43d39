def log = new File(basedir, 'build.log').text
def readme = new File(basedir, 'README.md').text
// the dry run printed the diff and wrote nothing; the first lint offered the fixes in its SARIF report
assert log.contains('fix: README.md: would make ') && log.contains('nothing was written (-Dawesome.fix.dryRun)')
assert log.contains('-- [Tool](#tools)') && log.contains('+- [Tools](#tools)')
def before = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/before.sarif'))
def separator = before.runs[0].results.find { it.ruleId == 'item-separator' }
assert separator.fixes[0].artifactChanges[0].replacements[0].insertedContent.text == ' - '
assert separator.fixes[0].artifactChanges[0].replacements[0].deletedRegion.startLine == 11
// the fix ran, then a second one found nothing
assert log.contains('fix: README.md: made 5 fixes (1 item-separator, 1 redirect, 1 spelling, 1 toc-anchor, 1 whitespace)')
assert log.contains('fix: README.md: nothing to fix')
assert readme.contains('- [Tools](#tools)\n')
assert readme.contains('- [A](https://a.example.com) - Uses JavaScript.\n')
assert readme.contains('- [B](https://b.example.com/) - Moved for good.\n')
// the last lint passes and finds nothing the fixes removed
assert log.contains('lint: README.md: 0 errors, 0 warnings')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/awesome/lint.sarif'))
assert sarif.runs[0].results.isEmpty()
return true

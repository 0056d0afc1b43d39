def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/java/com/example/BrokenList.java').readLines()
def line = { marker -> src.findIndexOf { it.contains(marker) } + 1 }

assert log.contains("[ERROR] src/main/java/com/example/BrokenList.java:[${line('// no scheme')}] (url-syntax) Datasets › DeepLesion: URL \"nihcc.app.box.com\" has no scheme")
assert log.contains("[WARNING] src/main/java/com/example/BrokenList.java:[${line('// forgotten')}] (empty-section) MFM data: the section is empty")
assert log.contains('The list has 1 error, 1 warning, 0 infos (listed above with their source lines)')
assert !new File(basedir, 'README.md').exists() : 'validate writes nothing'
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/awesome/awesome.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'url-syntax' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/example/BrokenList.java'
assert result.locations[0].physicalLocation.region.startLine == line('// no scheme')
return true

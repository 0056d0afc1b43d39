def log = new File(basedir, 'build.log').text
assert new File(basedir, 'src/main/java/com/example/GadgetsList.java').text.contains('list("Awesome Gadgets")')
def readme = new File(basedir, 'README.md').text
assert readme.startsWith('# Awesome Gadgets [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)')
assert readme.contains('Contributions welcome.') && readme.contains('[contribution guidelines](contributing.md)')
assert new File(basedir, 'contributing.md').isFile()
// verify ran in Maven's JVM with these options (a word the JVM does not know would have stopped it)
assert new File(basedir, '.mvn/jvm.config').text == '-XX:TieredStopAtLevel=1\n'
['awesome.yml', 'links.yml', 'metadata.yml'].each { assert new File(basedir, ".github/workflows/$it").isFile() }
def jars = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.jar') }
assert jars.size() == 3 : "jars: ${jars*.name}"
assert log.contains('metadata.yml exist; nothing was written')
return true

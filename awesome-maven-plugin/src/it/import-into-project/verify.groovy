// the project's own build is left alone: its pom, and no .mvn/jvm.config beside it (workflows are written, each only if absent)
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'src/main/java/com/example/ToolsList.java').text.contains('list("Awesome Tools")')
assert !new File(basedir, 'pom.xml').text.contains('awesome-maven-plugin')
assert !new File(basedir, '.mvn/jvm.config').exists() // (the invoker makes an empty .mvn in every IT)
assert !log.contains('import: wrote .mvn/jvm.config')
assert log.contains('Next: in pom.xml, configure awesome-maven-plugin with <listClass>com.example.ToolsList</listClass>')
return true

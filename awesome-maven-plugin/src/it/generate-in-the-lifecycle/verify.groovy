def log = new File(basedir, 'build.log').text

assert new File(basedir, 'README.md').text.contains('- [Gradle](https://gradle.org) - Scripted builds.')
assert log =~ /awesome-maven-plugin:[^:]+:generate \(default\)/
assert log.contains('README.md matches the list')
assert new File(basedir, 'target/generate-in-the-lifecycle-1.0.jar').isFile()
return true

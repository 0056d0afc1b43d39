def log = new File(basedir, 'build.log').text

assert log.contains('README.md is not what the list renders to')
assert log.contains('If the difference is a hand edit, move it into the list class com.example.ToolsList')
assert log.contains('if the list changed, run `mvn awesome:render` and commit the result.')
assert log.contains('--- README.md (on disk)')
assert log.contains('-- [Maven](https://maven.apache.org) - Hand-edited.')
assert log.contains('+- [Maven](https://maven.apache.org) - Declarative builds.')
assert new File(basedir, 'README.md').text.contains('Hand-edited.') : 'check must not write'
assert !log.contains('at io.github.awesomedsl') : 'no stack trace without -e'
return true

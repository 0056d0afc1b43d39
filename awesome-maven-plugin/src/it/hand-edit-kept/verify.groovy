def log = new File(basedir, 'build.log').text
// the first build left the edit alone and said where it belongs
assert log.contains('README.md was edited by hand since the plugin last wrote it; nothing was written, so the edit is not lost.')
assert log.contains('Move this change into src/main/java/com/example/ToolsList.java:')
assert log.contains('("Maven"), or run with -Dawesome.discardEdits=true to replace it with the rendering.')
assert log.contains('-- [Maven](https://maven.apache.org) - Declarative builds, the standard.')
assert log.contains('+- [Maven](https://maven.apache.org) - Declarative builds.')
// the second, asked to, replaced it
assert log.contains('Wrote README.md')
assert new File(basedir, 'README.md').text.contains('- [Maven](https://maven.apache.org) - Declarative builds.\n')
return true

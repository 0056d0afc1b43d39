def readme = new File(basedir, 'README.md')
assert readme.isFile() : 'render did not write README.md'
assert readme.text == '''# Awesome Tools [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

Tools we like.

## Contents

- [Build](#build)

## Build

- [Maven](https://maven.apache.org) - Declarative builds.
- [Gradle](https://gradle.org) - Scripted builds.
'''
def log = new File(basedir, 'build.log').text
assert log.contains('Wrote README.md')
assert log =~ /awesome: "Awesome Tools": 2 items, 0 tables in 1 sections; 0 errors, 0 warnings, 0 infos; \d+ ms/
assert !new File(basedir, 'target/classes/com/example/ToolsList.class').exists() : 'the list class must not land in target/classes'
return true

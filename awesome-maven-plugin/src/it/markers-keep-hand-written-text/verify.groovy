def readme = new File(basedir, 'README.md').text
assert readme == '''# My Tools

Hand-written intro *kept* byte for byte.\t
<!-- awesome:begin -->

## Contents

- [Build](#build)

## Build

- [Maven](https://maven.apache.org) - Declarative builds.
- [Gradle](https://gradle.org) - Scripted builds.

<!-- awesome:end -->

Hand-written footer.
'''
return true

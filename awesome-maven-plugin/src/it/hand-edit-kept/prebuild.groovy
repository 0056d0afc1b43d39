def rendering = '''# Awesome Tools [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

Tools we like.

## Contents

- [Build](#build)

## Build

- [Maven](https://maven.apache.org) - Declarative builds.
- [Gradle](https://gradle.org) - Scripted builds.
'''
// what an earlier render wrote, as the plugin recorded it (length, CRC-32 and Adler-32, in hex)
def bytes = rendering.getBytes('UTF-8')
def crc = new java.util.zip.CRC32()
crc.update(bytes)
def adler = new java.util.zip.Adler32()
adler.update(bytes)
new File(basedir, 'target/awesome').mkdirs()
new File(basedir, 'target/awesome/README.md.written').text =
    Integer.toHexString(bytes.length) + '-' + Long.toHexString(crc.value) + '-' + Long.toHexString(adler.value) + '\n'
// and the hand edit since
new File(basedir, 'README.md').text = rendering.replace('Declarative builds.', 'Declarative builds, the standard.')
return true

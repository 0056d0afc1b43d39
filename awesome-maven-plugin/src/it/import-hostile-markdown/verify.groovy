def log = new File(basedir, 'build.log').text
assert log.contains('deep.md:3: nests 10000 quotes or lists deep; at most 100 are read (-Dawesome.maxNesting)')
assert !log.contains('StackOverflowError')
assert !new File(basedir, 'src/main/java/com/example/DeepList.java').exists() : 'a failed import writes nothing'
assert log.contains('src/main/java/com/example/LinkedList.java is a symbolic link; nothing was written.')
assert java.nio.file.Files.isSymbolicLink(new File(basedir, 'src/main/java/com/example/LinkedList.java').toPath())
assert log.contains('lint: old-mac.md: 0 errors')
return true

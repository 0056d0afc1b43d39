def log = new File(basedir, 'build.log').text
assert log.contains('deep.md:3: nests 10000 quotes or lists deep; at most 100 are read (-Dawesome.maxNesting)')
assert !log.contains('StackOverflowError')
assert !new File(basedir, 'src/main/java/com/example/DeepList.java').exists() : 'a failed import writes nothing'
assert log.contains('src/main/java/com/example/LinkedList.java is a symbolic link; nothing was written.')
assert java.nio.file.Files.isSymbolicLink(new File(basedir, 'src/main/java/com/example/LinkedList.java').toPath())
assert log.contains('lint: old-mac.md: 0 errors')
// a link in the H1 title: the title is text, so its URL is what the model does not hold
assert log.contains('lossy.md:1 not kept by the import: the URL https://lossy.example')
assert log.contains('The import would lose 1 URLs and words on 1 lines of lossy.md (listed above); nothing was written.')
assert !log.contains('lossy.md:5 not kept') : 'the en dash item keeps its description'
def lossy = new File(basedir, 'src/main/java/com/example/LossyList.java')
assert lossy.exists() : 'with allowLoss the class is written'
assert lossy.text.contains('description("Dashed.")')
assert log.contains('1 URLs and words lost (allowed); it renders best in the awesome style')
assert log.contains('import: wrote pom.xml (awesome-maven-plugin ') : 'a folder without a pom.xml gets one'
return true

def log = new File(basedir, 'build.log').text

def src = new File(basedir, 'src/main/java/com/example/BadList.java').readLines()
def line = src.findIndexOf { it.contains('// typo') } + 1
assert log.contains('The list class does not compile:')
assert log.contains("src/main/java/com/example/BadList.java:[${line},12] cannot find symbol")
assert log.contains('Fix these errors in the list\'s source and run the build again.')
assert !new File(basedir, 'README.md').exists()
return true

def log = new File(basedir, 'build.log').text

def src = new File(basedir, 'src/main/java/com/example/ThrowingList.java').readLines()
def line = src.findIndexOf { it.contains('// boom') } + 1
assert log.contains('com.example.ThrowingList.define() threw java.lang.IllegalStateException: the feed is not configured')
assert log.contains("at ThrowingList.java:[${line}] (com.example.ThrowingList.define)")
assert !log.contains('at java.base') : 'no stack trace without -e'
return true

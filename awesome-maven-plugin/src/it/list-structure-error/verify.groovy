def log = new File(basedir, 'build.log').text

def src = new File(basedir, 'src/main/java/com/example/MalformedList.java').readLines()
def line = src.findIndexOf { it.contains('// too old') } + 1
assert log.contains("The list is malformed: MalformedList.java:${line}: list \"Awesome Years\" › section \"Old\" › entry \"Ancient\": year 1492 is outside 1900..")
return true

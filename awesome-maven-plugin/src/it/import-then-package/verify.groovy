// the pom import writes builds the list's jar, its sources jar and its javadoc jar (what Central asks for)
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')
def jars = target.listFiles().findAll { it.name.endsWith('.jar') }*.name.sort()
assert jars.size() == 3 : "jars built: $jars"
assert jars.any { it.endsWith('-sources.jar') } && jars.any { it.endsWith('-javadoc.jar') }
def javadoc = new java.util.zip.ZipFile(target.listFiles().find { it.name.endsWith('-javadoc.jar') })
assert javadoc.entries().toList().any { it.name.endsWith('GadgetsListCatalog.html') } : 'the catalog has its javadoc'
javadoc.close()
def sources = new java.util.zip.ZipFile(target.listFiles().find { it.name.endsWith('-sources.jar') })
assert sources.entries().toList().any { it.name.endsWith('GadgetsListCatalog.java') } : 'the catalog is in the sources jar'
sources.close()
assert new File(basedir, '.github/workflows/awesome.yml').isFile()
return true

def log = new File(basedir, 'build.log').text
assert log.contains('Generated com.example.tools.ToolsListCatalog and META-INF/awesome/awesome-tools.json')
def jar = new java.util.jar.JarFile(new File(basedir, 'list/target/awesome-tools-1.0.jar'))
assert jar.getEntry('com/example/tools/ToolsListCatalog.class') != null
assert jar.getEntry('com/example/tools/ToolsListCatalog$Build.class') != null
assert jar.getEntry('META-INF/awesome/awesome-tools.json') != null
jar.close()
assert new File(basedir, 'app/target/classes/com/example/app/App.class').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'list/catalog.json'))
assert json.schemaVersion == 1
assert json.sections[0].items[0].title == 'Maven'
assert new File(basedir, 'list/target/generated-sources/awesome/com/example/tools/ToolsListCatalog.java').isFile()
return true

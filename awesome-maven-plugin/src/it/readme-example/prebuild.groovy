// Extracts the README's list pom, list source, consumer pom and consumer source (each the fenced block
// after a <!-- readme-it: … --> marker) into modules, plus two copies of the list with the mistakes the
// README describes, so that the README is built as written and cannot rot.
def readme = new File(basedir, '../../../../README.md').text

def block = { String marker ->
  int at = readme.indexOf('<!-- readme-it: ' + marker)
  assert at >= 0 : "README.md has no readme-it marker for $marker"
  int open = readme.indexOf('```', at)
  int start = readme.indexOf('\n', open) + 1
  return readme.substring(start, readme.indexOf('```\n', start))
}
def write = { String path, String text ->
  def file = new File(basedir, path)
  file.parentFile.mkdirs()
  file.text = text
}

def listPom = block('list-pom')
def listSource = block('list-source')
def rendering = readme.substring(readme.indexOf('```markdown\n') + '```markdown\n'.length())
rendering = rendering.substring(0, rendering.indexOf('```\n'))

write('list/pom.xml', listPom)
write('list/src/main/java/com/example/JavaToolsList.java', listSource)
write('list/README.md', rendering) // the rendering the README shows: in CI, check compares it with the real one
write('consumer/pom.xml', block('consumer-pom'))
write('consumer/src/main/java/com/example/consumer/BuildTools.java', block('consumer-source'))

// "With "maven.apache.org" as Maven's URL and the Libraries table left out"
def content = listSource.replace('url("https://maven.apache.org")', 'url("maven.apache.org")')
def table = content.indexOf('            .table(')
def tableEnd = content.indexOf('\n', content.indexOf('.row(', table)) + 1
content = content.substring(0, table - 1) + ')\n' + content.substring(tableEnd) // section("Libraries") closes at once
assert content != listSource && !content.contains('JavaPoet')
write('content-errors/pom.xml', listPom.replace('<artifactId>awesome-java-tools</artifactId>', '<artifactId>content-errors</artifactId>'))
write('content-errors/src/main/java/com/example/JavaToolsList.java', content)

// "With the JavaPoet row's second cell left out"
def structure = listSource.replace(', cell("Generate | write .java files")', '')
assert structure != listSource
write('structure-error/pom.xml', listPom.replace('<artifactId>awesome-java-tools</artifactId>', '<artifactId>structure-error</artifactId>'))
write('structure-error/src/main/java/com/example/JavaToolsList.java', structure)
return true

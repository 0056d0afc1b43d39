def log = new File(basedir, 'build.log').text
def readme = new File(basedir, '../../../../README.md').text
def block = { String marker ->
  int at = readme.indexOf('<!-- readme-it: ' + marker)
  int open = readme.indexOf('```', at)
  int start = readme.indexOf('\n', open) + 1
  return readme.substring(start, readme.indexOf('```\n', start))
}
// the README's poms build as written, on this Maven
assert log =~ /awesome-java-tools( 1\.0\.0)? \.+ SUCCESS/
assert log =~ /java-tools-consumer( 1\.0\.0)? \.+ SUCCESS/
assert new File(basedir, 'list/target/awesome-java-tools-1.0.0-sources.jar').exists() : 'the README promises a sources jar'
assert new File(basedir, 'consumer/target/classes/com/example/consumer/BuildTools.class').exists()
// the sample messages the README shows are the ones the build prints
assert log =~ /content-errors( 1\.0\.0)? \.+ FAILURE/
block('validation-output').eachLine { line -> assert log.contains(line) : "the README's sample line is not printed:\n$line" }
assert log =~ /structure-error( 1\.0\.0)? \.+ FAILURE/
block('structure-output').eachLine { line -> assert log.contains(line) : "the README's sample line is not printed:\n$line" }
return true

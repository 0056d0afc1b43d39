def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/com/example/ThingsList.java').text
assert source.contains('list("Awesome Things")')
assert source.contains('public final class ThingsList implements AwesomeListSource')
def flat = source.replaceAll(/\s+/, ' ') // the source is fluent chains, one call per line where long
assert flat.contains('return list("Awesome Things") .badge(Badge.AWESOME)')
assert flat.contains('entry("Maven") .url("https://maven.apache.org") .description("Declarative builds.")')
assert flat.contains('entry("Pmc-llama: Towards open models") .venue(Venue.ARXIV) .year(2023) .paper(arxiv("2304.14454")) .code("https://github.com/chaoyi-wu/PMC-LLaMA")')
// the code block after the items stays after them
assert flat.contains('entry("Broken").url("").description("No target.")) .markdown("```sh\\nmvn verify\\n```");')
source.eachLine { assert it.length() <= 120 : "a line over 120 columns: $it" }
assert source.contains('markdown("> Things worth having.")')
assert log.contains('README.md:15 kept as raw Markdown (code block)')
assert log.contains('README.md:13:3 (empty-link) the link "Broken" has no target')
assert log.contains('import: wrote src/main/java/com/example/ThingsList.java: 2 sections, 3 items, 0 table rows; 2 blocks kept as raw Markdown, 1 malformed constructs')
assert log.contains('src/main/java/com/example/ThingsList.java exists; nothing was written.')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<listClass>com.example.ThingsList</listClass>') && pom.contains('<style>paper</style>') // the paper item loses its [Paper] label in the awesome style
assert pom.contains('<artifactId>maven-compiler-plugin</artifactId>\n          <version>3.13.0</version>')
// the list repository's CI, written beside the pom
def workflow = new File(basedir, '.github/workflows/awesome.yml')
assert workflow.text.contains('run: mvn -B verify') && workflow.text.contains('sarif_file: target/awesome/awesome.sarif')
assert new File(basedir, '.github/workflows/links.yml').exists() && new File(basedir, '.github/workflows/metadata.yml').exists()
assert log.contains('import: wrote .github/workflows/awesome.yml')
// and Maven's JVM options for a list's short builds (the second import ran with them: the JVM took them)
assert new File(basedir, '.mvn/jvm.config').text == '-XX:TieredStopAtLevel=1\n'
assert log.contains('import: wrote .mvn/jvm.config (Maven\'s JVM with its quick compiler only')
return true

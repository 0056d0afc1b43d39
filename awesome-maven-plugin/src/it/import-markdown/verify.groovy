def log = new File(basedir, 'build.log').text
def source = new File(basedir, 'src/main/java/com/example/ThingsList.java').text
assert source.contains('list("Awesome Things")')
assert source.contains('public final class ThingsList implements AwesomeListSource')
assert source.contains('list.badge(Badge.AWESOME);')
assert source.contains('section.entry(entry("Maven").url("https://maven.apache.org").description("Declarative builds."));')
assert source.contains('section.entry(entry("Pmc-llama: Towards open models").venue(Venue.ARXIV).year(2023).paper("https://arxiv.org/abs/2304.14454").code("https://github.com/chaoyi-wu/PMC-LLaMA"));')
assert source.contains('section.intro(markdown("```sh') && source.contains('mvn verify')
assert source.contains('markdown("> Things worth having.")')
assert log.contains('README.md:15 kept as raw Markdown (code block)')
assert log.contains('README.md:13:3 (empty-link) the link "Broken" has no target')
assert log.contains('import: wrote src/main/java/com/example/ThingsList.java: 2 sections, 3 items, 0 table rows; 2 blocks kept as raw Markdown, 1 malformed constructs')
assert log.contains('src/main/java/com/example/ThingsList.java exists; nothing was written.')
return true

def server = System.properties.remove('metadata-lock.server')
def requests = System.properties.remove('metadata-lock.requests')
server?.stop(0)
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/java/com/example/HealthList.java').readLines()
def line = { marker -> src.findIndexOf { it.contains(marker) } + 1 }

// one GraphQL query for the four repositories; the second run and the offline build asked nothing
assert requests.get() == 1 : "the fake GitHub was asked ${requests.get()} times"
assert log.contains('metadata: 4 GitHub repositories linked, 0 fresh in awesome-metadata.json (younger than 7 days), 4 to fetch with GraphQL, 100 per query')
assert log.contains('metadata: 4 GitHub repositories linked, 4 fresh in awesome-metadata.json (younger than 7 days), 0 to fetch')
assert log.contains('awesome-metadata.json written (4 repositories: 1 archived, 1 moved, 1 missing)')

def lock = new groovy.json.JsonSlurper().parse(new File(basedir, 'awesome-metadata.json'))
assert lock.format == 1
assert lock.repositories.keySet() as List == ['acme/attic', 'acme/ghost', 'acme/rocket', 'old-owner/mover']
assert lock.repositories['acme/attic'].archived == true
assert lock.repositories['acme/ghost'].missing == true
assert lock.repositories['old-owner/mover'].fullName == 'new-owner/mover'

// validate: findings at the entry's Java line
assert log.contains("[WARNING] src/main/java/com/example/HealthList.java:[${line('// archived')}] (archived-repo) Tools › Attic: links https://github.com/acme/attic, which its owners have archived (read-only)")
assert log.contains("[WARNING] src/main/java/com/example/HealthList.java:[${line('// moved')}] (moved-repo) Tools › Mover: links https://github.com/old-owner/mover, but the repository is now new-owner/mover")

// the offline verify: stars in the README, the metadata in the catalog JSON and the typed catalog
def readme = new File(basedir, 'README.md').text
assert readme.contains('- [Rocket](https://github.com/acme/rocket) - Flies. (⭐ 12.3k · 2026-10)')
assert readme.contains('(⭐ 87 · 2026-10 · archived)')
assert !readme.contains('Ghost](https://github.com/acme/ghost) - Gone. (')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/generated-resources/awesome/META-INF/awesome/awesome-health.json'))
def rocket = json.sections[0].items.find { it.title == 'Rocket' }
assert rocket.links[0].repository.stars == 12345
def catalog = new File(basedir, 'target/generated-sources/awesome/com/example/HealthListCatalog.java').text
assert catalog.contains('public static Optional<RepositoryHealth> repository(Entry entry)')
assert new File(basedir, 'target/classes/com/example/HealthListCatalog.class').exists()
return true

def server = System.properties.remove('metadata-papers.server')
def requests = System.properties.remove('metadata-papers.requests')
server?.stop(0)
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/java/com/example/PapersList.java').readLines()
def line = { marker -> src.findIndexOf { it.contains(marker) } + 1 }

// one arXiv request for the arXiv id, one Crossref request for the DOI; the offline verify asked nothing
assert requests.get() == 2 : "the fake services were asked ${requests.get()} times"
assert log.contains('metadata: 2 papers linked by identifier, 0 fresh, 1 to ask arXiv for, 1 to ask Crossref for')
def lock = new groovy.json.JsonSlurper().parse(new File(basedir, 'awesome-metadata.json'))
assert lock.papers.keySet() as List == ['arxiv:2212.13138', 'doi:10.1093/bioinformatics/btad651']
assert lock.papers['arxiv:2212.13138'].authors == ['Karan Singhal', 'Shekoofeh Azizi', 'Tao Tu']
assert lock.papers['doi:10.1093/bioinformatics/btad651'].citations == 42

// validate: the misfiled year at the entry's Java line
assert log.contains("[WARNING] src/main/java/com/example/PapersList.java:[${line('// misfiled')}] (paper-year) Papers › Large language models encode clinical knowledge: the entry is dated 2019, but arXiv (fetched ")
assert log.contains('dates arXiv:2212.13138 to 2022-12-26; correct .year(2022) or the link if it belongs to another work')

// the offline verify: authors in the README, and the BibTeX in the jar
def readme = new File(basedir, 'README.md').text
assert readme.contains('- \\[arXiv 2019\\] Large language models encode clinical knowledge. Singhal et al. [\\[Paper\\]](https://arxiv.org/abs/2212.13138) [\\[Cite\\]](papers.bib#L4)')
assert readme.contains('MedCPT: Contrastive pre-trained transformers. Jin and Kim, cited 42×. [\\[Paper\\]](https://doi.org/10.1093/bioinformatics/btad651)')
def bib = new File(basedir, 'target/classes/META-INF/awesome/awesome-papers.bib').text
assert bib.contains('@misc{singhal2019large,') && bib.contains('eprint = {2212.13138}')
assert bib.contains('author = {{Singhal}, {Karan} and {Azizi}, {Shekoofeh} and {Tu}, {Tao}}') // from the lock, never invented
// the Cite link's target: the BibTeX file beside the README, the entry at that line
def papersBib = new File(basedir, 'papers.bib').readLines()
assert papersBib[3] == '@misc{singhal2019large,'
return true

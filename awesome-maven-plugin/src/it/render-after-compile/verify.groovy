def readme = new File(basedir, 'README.md')
assert readme.isFile() : 'render did not write README.md'
assert readme.text.contains('- [Gradle](https://gradle.org) - Scripted builds.')
def log = new File(basedir, 'build.log').text
assert log =~ /awesome: "Awesome Tools": 2 items, 0 tables in 1 sections; 0 errors, 0 warnings, 0 infos; \d+ ms \(project classes, define \d+ ms\)/
assert !new File(basedir, 'target/awesome/classes').exists() : 'javac must not run when target/classes is up to date'
return true

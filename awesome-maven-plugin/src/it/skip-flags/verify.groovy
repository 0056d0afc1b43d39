def log = new File(basedir, 'build.log').text

assert !new File(basedir, 'README.md').exists() : 'a skipped goal wrote the README'
['awesome.skip': 'render', 'awesome.render.skip': 'render', 'awesome.check.skip': 'check',
 'awesome.validate.skip': 'validate', 'awesome.generate.skip': 'generate'].each { flag, goal ->
  assert log.contains("Skipping awesome:${goal} (${flag} is set)")
}
assert !log.contains('(url-syntax)') : 'a skipped goal validated the list'
return true

def log = new File(basedir, 'build.log').text
assert log.contains('links: no network: nothing was checked (2 links; no host could be reached, e.g. connection refused by 127.0.0.1')
assert !log.contains('(broken-link)') : 'offline is no verdict on the links'
assert log.contains('No host could be reached, so no link was checked (-Dawesome.links.failOffline=true).')
return true

// awesome:links' cache, as a run against the network left it: b.example.com moved for good to https
new File(basedir, 'target/awesome').mkdirs()
new File(basedir, 'target/awesome/links.json').text = '''{
  "version" : 1,
  "links" : [ {
    "url" : "http://b.example.com",
    "status" : "REDIRECTED",
    "httpStatus" : 301,
    "movedTo" : "https://b.example.com/",
    "message" : "moved permanently to https://b.example.com/",
    "checkedAt" : "2026-12-01T10:00:00Z"
  } ]
}
'''
return true

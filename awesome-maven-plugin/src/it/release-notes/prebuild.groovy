// A list repository with two tags: v1.0 (version 1's README) and v2.0 (the list class of version 2).
def run = { String... command ->
  def process = new ProcessBuilder(command as List).directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  assert process.waitFor() == 0 : "${command.join(' ')}: $output"
}
new File(basedir, 'README.md').text = '''# Awesome Gadgets

## Contents

- [Tools](#tools)

## Tools

- [Widget](https://widget.example.com) - Does widgets.
- [Gadget](https://gadget.example.com) - Does gadgets.
- [Gizmo](https://gizmo.example.com) - Does gizmos.
'''
run('git', 'init', '-q')
run('git', 'config', 'user.email', 'it@example.com')
run('git', 'config', 'user.name', 'IT')
run('git', 'add', 'README.md')
run('git', 'commit', '-q', '-m', 'Version 1')
run('git', 'tag', 'v1.0')
run('git', 'add', 'pom.xml', 'src')
run('git', 'commit', '-q', '-m', 'Version 2')
run('git', 'tag', 'v2.0')
return true

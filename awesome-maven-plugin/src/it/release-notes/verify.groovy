def log = new File(basedir, 'build.log').text
assert log.contains('notes: since v1.0: 1 added, 1 removed, 1 moved; written to target/awesome/release-notes.md')
def notes = new File(basedir, 'target/awesome/release-notes.md').text
assert notes == '''## Changes since v1.0

### Added (1)

- [Sprocket](https://sprocket.example.com) (Tools)

### Removed (1)

- [Gizmo](https://gizmo.example.com) (Tools)

### Moved

- [Widget](https://widget.example.com/): from Tools to Classics
'''
return true

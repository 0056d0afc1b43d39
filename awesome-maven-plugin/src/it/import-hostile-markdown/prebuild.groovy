import java.nio.file.Files
import java.nio.file.Paths

// 10,000 nested quotes: the input that overflowed the stack and left an imported file behind
new File(basedir, 'deep.md').text = '# Awesome Deep\n\n' + '>' * 10000 + ' x\n'
// a dangling symbolic link where the imported class would go: it must not be replaced
def pkg = new File(basedir, 'src/main/java/com/example')
pkg.mkdirs()
Files.createSymbolicLink(Paths.get(pkg.path, 'LinkedList.java'), Paths.get('/nonexistent/elsewhere.java'))
// a README with old Mac line ends (CR only) and a byte-order mark
new File(basedir, 'old-mac.md').withOutputStream { out ->
  out.write([0xEF, 0xBB, 0xBF] as byte[])
  out.write('# Awesome Old Mac\r\rA list.\r\r## Tools\r\r- [Tool](https://example.org) - Does things.\r'.getBytes('UTF-8'))
}
// a table cell of text and a link: cells are plain text or links in the model, so the import must say so
new File(basedir, 'lossy.md').text = '# Awesome [Lossy](https://lossy.example)\n\n## Tools\n\n- [C](https://c.example) \u2013 Dashed.\n'
return true

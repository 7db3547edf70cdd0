// The build must fail naming the file, line and column, and must leave no site behind.
def log = new File(basedir, 'build.log').text
assert log.contains('troubleshooting.md:5:34: error: row has 4 cells but the header has 3; the extra cells would be lost')
assert log.contains('hint: Write a | inside a cell as \\|, or add a column to the header.')
assert !log.contains('at org.troubleshoot.')
assert !new File(basedir, 'target/site').exists()
return true

// Runs after the sample build: the site must be there, complete, with the override asset.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, 'faq.html').isFile()
assert new File(site, 'assets/style.css').isFile()
assert new File(site, 'assets/extra.css').text.contains('theme override')

def printing = new File(site, 'troubleshooting/printing.html').text
assert printing.contains('id="printer-offline"')
assert printing.contains('id="pages-are-blank"')
assert printing.contains('<th scope="col">Since</th>')
assert printing.contains('href="../faq.html#is-printing-supported"')

def json = new groovy.json.JsonSlurper().parse(new File(site, 'site.json'))
assert json.title == 'Sample Help'
assert json.entryCount == 3
def page = json.pages.find { it.id == 'troubleshooting' }
assert page.categories*.id == ['printing', 'scanning']
assert page.categories[0].entries[0].url == 'troubleshooting/printing.html#printer-offline'
assert page.categories[0].entries[0].source.line == 9

def log = new File(basedir, 'build.log').text
assert log.contains('Built 2 pages and 3 entries')
return true

// Pages brought from elsewhere: the plugin's brokenLinks=warn builds them; the settings file names a column.
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text
assert log.contains("README.md:13:54: warning: link to 'handbuch.md': no file handbuch.md in the content folder; it is shown as text")
assert log.contains('Built 1 pages and 2 entries')

def json = new groovy.json.JsonSlurper().parse(new File(site, 'site.json'))
def page = json.pages.find { it.source == 'README.md' }
assert page.categories*.title == ['Störungen']
assert page.categories[0].entries*.symptom == ['Drucker offline', 'Seiten leer oder grau']
assert page.tables*.columns == [['Setting', 'Default']]

def category = new File(site, 'readme/storungen.html').text
assert category.contains('<span class="left-out">Handbuch</span>')
assert category.contains('Seiten leer<br>oder grau')
return true

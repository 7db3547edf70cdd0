// Runs before the sample build: an earlier full build (admin pages included) lies in target/site, as Maven
// leaves it. The default build must neither read it back nor publish it again.
def old = new File(basedir, 'target/site')
new File(old, 'assets/search').mkdirs()
new File(old, 'site.json').text = '{"title": "earlier"}'
new File(old, 'assets/search/meta.js').text = 'troubleshootSearch.meta({});'
new File(old, 'playbook.html').text = 'Night shift playbook'
new File(old, 'old-notes.md').text = '# Night shift notes\n'
return true

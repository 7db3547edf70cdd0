// Runs after the sample build: the public site holds exactly the public pages, the files they use and the
// static folder; nothing of the admin content, the stray files or the earlier build.
def site = new File(basedir, 'target/site')
def files = []
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
files.sort()

def copied = files.findAll { !it.endsWith('.html') && !it.startsWith('assets/') && it != 'site.json' && it != 'robots.txt'
        && it != 'codes.json' && !it.endsWith('/ids.js') }
assert copied == ['downloads/drivers.txt', 'forms/service.pdf', 'images/flow.png'] : copied
def html = files.findAll { it.endsWith('.html') }
assert html == ['404.html', 'a-z.html', 'all.html', 'index.html', 'troubleshooting.html', 'troubleshooting/printing.html'] : html

files.each { name ->
    def text = new File(site, name).getText('UTF-8')
    ['Night shift', 'Spooler queue frozen', 'Print server', 'hunter2'].each { phrase ->
        assert !text.contains(phrase) : "${name} contains ${phrase}"
    }
}

def log = new File(basedir, 'build.log').text
assert log.contains("for the audience 'public': ${files.size()} files published, ")
assert log.contains('published images/flow.png (public) from images/flow.png (the file images/flow.png (linked from troubleshooting.md:3))')
// The repository's other files (this script among them) are named in one warning, the build files are not.
def warning = log.readLines().find { it.contains('of the content folder are not published') }
assert warning != null
['credentials.yml', 'images/console.png', 'notes/private.txt', 'verify.groovy'].each { assert warning.contains(it) : warning }
['pom.xml', 'target/', 'playbook'].each { assert !warning.contains(it) : warning }
return true

// One report file per requested format, under target/contentlint/, each holding the finding;
// and the list requested in test.properties covers every format core offers.
def log = new File(basedir, 'build.log').text
def properties = new Properties()
new File(basedir, 'test.properties').withReader('UTF-8') { properties.load(it) }
def requested = properties.getProperty('contentlint.formats', '').split(',').findAll { it } as List
assert !requested.isEmpty()

// the formats core knows, asked of the core jar the ITs run with
def coreJar = new File(localRepositoryPath,
        "io/contentlint/contentlint-core/${projectVersion}/contentlint-core-${projectVersion}.jar")
assert coreJar.isFile() : "no core jar at ${coreJar}"
def loader = new URLClassLoader([coreJar.toURI().toURL()] as URL[], (ClassLoader) null)
def messagesClass = loader.loadClass('io.contentlint.core.report.Messages')
def messages = messagesClass.getConstructor(Locale).newInstance(Locale.ENGLISH)
def known = loader.loadClass('io.contentlint.core.report.Reporters').getConstructor(messagesClass)
        .newInstance(messages).names() as List
assert (known - requested).isEmpty() :
        "core offers ${known - requested} but this IT does not request it: add it to contentlint.formats in test.properties"

def extensions = [text: 'txt', checkstyle: 'xml']
requested.each { format ->
    def file = new File(basedir, "target/contentlint/contentlint.${extensions.get(format, format)}")
    assert file.isFile() : "no ${format} report at ${file}"
    def text = file.getText('UTF-8')
    assert text.contains('notes/broken.md') : "the ${format} report should hold the finding on notes/broken.md"
    assert log.contains("[INFO] contentlint: report written to ${file.canonicalFile}") ||
            log.contains("[INFO] contentlint: report written to ${file.absoluteFile}")
}

// the JSON report, read as JSON: the finding with its place
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert json.version == 1
assert json.findings.size() == 1
assert json.findings[0].path == 'notes/broken.md' && json.findings[0].line == 3 && json.findings[0].column == 10
assert json.findings[0].rule == 'yaml-syntax'
assert json.summary.files == 2 && json.summary.errors == 1

assert log.contains('BUILD SUCCESS') : 'failOn=never: the findings are reported, the build goes on'
assert !new File(basedir, 'target/contentlint').listFiles().any { it.name.endsWith('.tmp') } : 'no temporary file left behind'

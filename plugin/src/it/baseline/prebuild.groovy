// Writes the baseline that accepts the old defect of notes/broken.md, with the fingerprint
// computed by the core jar the ITs run with (as `contentlint --write-baseline` would).
def coreJar = new File(localRepositoryPath,
        "io/contentlint/contentlint-core/${projectVersion}/contentlint-core-${projectVersion}.jar")
def loader = new URLClassLoader([coreJar.toURI().toURL()] as URL[], (ClassLoader) null)
def fingerprint = loader.loadClass('io.contentlint.core.history.Fingerprint')
def message = 'unclosed quoted value started at line 3; add the closing quote'
def id = fingerprint.getMethod('of', String, String, String).invoke(null, 'yaml-syntax', 'notes/broken.md', message)
new File(basedir, 'contentlint-baseline.json').setText("""{
  "version" : 1,
  "findings" : [ {
    "fingerprint" : "${id}",
    "rule" : "yaml-syntax",
    "path" : "notes/broken.md",
    "message" : "${message}"
  } ]
}
""", 'UTF-8')
return true

// A valid tree with the built-in configuration: the build passes, contentlint says so, and
// writes nothing it was not asked for.
def log = new File(basedir, 'build.log').text

assert log.contains('contentlint: checking') && log.contains('built-in default (api.gouv.fr layout)') :
        'the plugin should say what it checks and with which configuration'
assert log.contains('[INFO] contentlint: no problems in 4 files') : 'expected a clean summary over the 4 documents'
assert !(log =~ /(?m)^\[(ERROR|WARNING)\]/) : 'a valid tree must produce no error or warning line'
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/contentlint').exists() : 'no report was asked for, so none may be written'

// A misspelt key stops the build with the file, the line and the likely fix; it is an error of
// the set-up (MojoExecutionException), not a finding about the docs.
def log = new File(basedir, 'build.log').text

def reason = 'contentlint.yml:2: unknown key "colections"; did you mean "collections"?'
assert log.contains(reason) : "expected the reason: ${reason}"
assert log.contains('MojoExecutionException') && !log.contains('MojoFailureException')
assert !log.contains('contentlint: no problems') : 'nothing may be checked with a broken configuration'
assert log.contains('BUILD FAILURE')

// A broken guide fails the build; the log names the file, the line and the column, once, at
// [ERROR], and the failure names the counts.
def log = new File(basedir, 'build.log').text

def finding = '[ERROR] _data/guides/premiers-pas.md:3:10: unclosed quoted value started at line 3; add the closing quote [yaml-syntax]'
assert log.contains(finding) : "expected the finding line: ${finding}"
assert log.count('premiers-pas.md:3:10') == 1 : 'each finding is logged once'
assert log.contains('contentlint: 1 error, 0 warnings in 1 of 4 files') : 'expected the summary'
assert log.contains('contentlint found 1 error, 0 warnings (failOn=error)') : 'the failure must name the counts'
// findings are a MojoFailureException (a build failure), not an error of the plugin
assert log.contains('MojoFailureException') && !log.contains('MojoExecutionException')
assert log.contains('BUILD FAILURE')

// Broken content fails the build: a broken link and a broken front matter. The log names each
// file, line and column, once, at [ERROR], and the failure names the counts.
def log = new File(basedir, 'build.log').text

def link = '[ERROR] _data/guides/liens.md:13:21: no page, file or redirect of the site has the address "/les-api/api-annuair"; did you mean "/les-api/api-annuaire"? [internal-link]'
assert log.contains(link) : "expected the broken link: ${link}"
def yaml = '[ERROR] _data/guides/premiers-pas.md:3:10: unclosed quoted value started at line 3; add the closing quote [yaml-syntax]'
assert log.contains(yaml) : "expected the finding line: ${yaml}"
assert log.count('premiers-pas.md:3:10') == 1 : 'each finding is logged once'
assert log.contains('contentlint: 2 errors, 0 warnings in 2 of 5 files') : 'expected the summary'
assert log.contains('contentlint found 2 errors, 0 warnings (failOn=error)') : 'the failure must name the counts'
// findings are a MojoFailureException (a build failure), not an error of the plugin
assert log.contains('MojoFailureException') && !log.contains('MojoExecutionException')
assert log.contains('BUILD FAILURE')

// "errors" is not a level: a configuration error that says which words are, before any check.
def log = new File(basedir, 'build.log').text

assert log.contains('contentlint: unknown failOn "errors"; use error, warning or never')
assert log.contains('MojoExecutionException')
assert !log.contains('contentlint: checking')

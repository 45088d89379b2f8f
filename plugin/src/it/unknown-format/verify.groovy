// A format name core does not know is a configuration error listing the known ones, raised
// before anything runs (so not even the json report is written).
def log = new File(basedir, 'build.log').text

def match = log =~ /contentlint: unknown format "nope" in formats; use one of ([a-z]+(?:, [a-z]+)*)/
assert match.find() : 'expected the unknown format to be named, with the known ones'
assert match.group(1).split(', ').contains('json')
assert log.contains('MojoExecutionException')
assert !log.contains('contentlint: checking')
assert !new File(basedir, 'target/contentlint').exists()

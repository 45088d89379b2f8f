// A warning is logged at [WARNING]; with failOn=warning it fails the build.
def log = new File(basedir, 'build.log').text

assert log.contains('[WARNING] notes/broken.md:3:10: unclosed quoted value started at line 3; add the closing quote [yaml-syntax]')
assert log.contains('contentlint found 0 errors, 1 warning (failOn=warning)')
assert log.contains('MojoFailureException')

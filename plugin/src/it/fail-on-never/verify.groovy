// failOn=never: the finding is logged at [ERROR] with the summary, and the build still passes.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] notes/broken.md:3:10: unclosed quoted value started at line 3; add the closing quote [yaml-syntax]')
assert log.contains('[INFO] contentlint: 1 error, 0 warnings in 1 of 2 files')
assert !log.contains('contentlint found')
assert log.contains('BUILD SUCCESS')

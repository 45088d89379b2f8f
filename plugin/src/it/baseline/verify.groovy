// The only finding is in the baseline: nothing is reported and the build passes.
def log = new File(basedir, 'build.log').text

assert !log.contains('notes/broken.md:3:10') : 'a baselined finding must not be reported'
assert log.contains('[INFO] contentlint: no problems in 2 files')
assert log.contains('BUILD SUCCESS')

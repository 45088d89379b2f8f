// newSince=HEAD: the defect already committed is not reported, the new one fails the build.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] notes/new.md:3:1: the key "title" appears twice (first on line 2); the site rejects the page, keep only one [yaml-syntax]')
assert !log.contains('notes/broken.md:3:10') : 'the committed defect existed at HEAD and must not be reported'
assert log.contains('contentlint found 1 error, 0 warnings')
assert log.contains('BUILD FAILURE')

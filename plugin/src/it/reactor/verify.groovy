// Built with -T 2: each module is checked with its own configuration; paths are shown from where
// mvn started (a/..., b/...) so interleaved lines stay unambiguous; no thread-safety warning.
def log = new File(basedir, 'build.log').text

assert log.contains('thread count of 2') : 'the build should run with the multi-threaded builder'
assert !log.contains('not marked @threadSafe') && !log.contains('not marked as @threadSafe')
assert log.contains('[INFO] contentlint: no problems in 1 file') : 'module a is clean'
assert log.contains('[WARNING] b/notes/broken.md:3:10: unclosed quoted value started at line 3; add the closing quote [yaml-syntax]')
assert log.contains('[INFO] contentlint: 0 errors, 1 warning in 1 of 2 files') : 'module b has one warning'
assert log.count('contentlint: checking') == 2 : 'checked once per module, not in the parent'
assert log.contains('BUILD SUCCESS')

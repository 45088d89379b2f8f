// root and configFile: the docs under docs/ are checked with config/notes.yml; the finding's path
// is shown from the project directory (docs/notes/...), so it opens from where mvn was run.
def log = new File(basedir, 'build.log').text

assert log =~ /contentlint: checking \S+custom-root\/docs with \S+custom-root\/config\/notes\.yml/
assert log.contains('[ERROR] docs/notes/broken.md:3:10: unclosed quoted value started at line 3; add the closing quote [yaml-syntax]')
assert log.contains('contentlint: 1 error, 0 warnings in 1 of 2 files')
assert log.contains('contentlint found 1 error, 0 warnings (failOn=error)')

// The invoker's copy is no git repository: make one whose HEAD already holds the broken note,
// then break another note in the working tree. Only that one is new since HEAD.
def git = { String... args ->
    def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.org', '-c', 'commit.gpgsign=false'] + (args as List))
            .execute(null, basedir)
    def out = process.text
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}${process.err.text}"
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'old defect')
new File(basedir, 'notes/new.md').setText('---\ntitle: Une nouvelle note\ntitle: encore\n---\n', 'UTF-8')
return true

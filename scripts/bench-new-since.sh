#!/usr/bin/env bash
# The issue 7 demonstration and its cost, on a throw-away git repository made from the corpus:
#   commit 1: the corpus, with one guide's YAML broken (an old defect);
#   commit 2: two lines added above that defect, another guide's YAML broken, an API title renamed.
# Prints what `--new-since HEAD~1` reports, then the median wall time of 5 plain runs and 5
# `--new-since HEAD~1` runs. Usage: scripts/bench-new-since.sh [CORPUS_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/api-gouv-fr}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/api.gouv.fr"
cp -r "$corpus" "$repo"
cd "$repo"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git init -q -b main && git config user.name bench && git config user.email bench@contentlint.invalid
sed -i '0,/^title: /s//title: "/' _data/guides/aides-facultatives-scolarite.md
git add -A && git commit -qm "corpus with an old defect"
sed -i '1a # two lines added above\n# the old defect' _data/guides/aides-facultatives-scolarite.md
sed -i '0,/^title: /s//title: "/' _data/guides/authentification.md
sed -i 's/^title: API Sirene$/title: API Sirene (Insee)/' _data/api/sirene_v3.md
git commit -qam "rename an API title and break a guide"

cl="$here/contentlint"
"$cl" --version >/dev/null   # build once, outside the timings
echo "== contentlint . (all findings)"
"$cl" --no-color . || true
echo "== contentlint --new-since HEAD~1 ."
"$cl" --no-color --new-since HEAD~1 . || true

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N); "$cl" --no-color "$@" . >/dev/null || true; end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done
}
plain=$(time_runs | median)
since=$(time_runs --new-since HEAD~1 | median)
echo "== wall time, median of 5: plain ${plain} ms, --new-since HEAD~1 ${since} ms"

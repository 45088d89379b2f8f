#!/usr/bin/env bash
# Benchmark: contentlint on the api.gouv.fr snapshot scaled x1, x10, x100.
# Prints files, MB, wall median, files/s, MB/s and peak RSS per corpus size.
#
#   scripts/bench.sh                 # contentlint only
#   BENCH_NODE=1 scripts/bench.sh    # also markdownlint-cli2 and remark (npm into a temp folder)
#   RUNS=5 SCALES="1 10 100" CORPUS=../shared/corpus/api-gouv-fr scripts/bench.sh
#   NODE_SCALES="1 10" REMARK_SCALES="1" NODE_RUNS=1 ...  # Node tools only at these scales / this many runs
#     (markdownlint-cli2 takes ~2 min per run at x100, remark ~9 min, so limit them there)
#
# Generated corpora live in a temporary folder, removed at exit; nothing is written to the repo.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${CORPUS:-$here/../shared/corpus/api-gouv-fr}"
runs="${RUNS:-5}"
scales="${SCALES:-1 10 100}"
node_scales="${NODE_SCALES:-$scales}"
remark_scales="${REMARK_SCALES-$node_scales}"
node_runs="${NODE_RUNS:-$runs}"
[ -d "$corpus" ] || { echo "bench: corpus not found at $corpus (set CORPUS=...)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/contentlint-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$here/contentlint" --version >/dev/null   # builds the jar on first use, outside the timings

# time_runs LABEL DIR CMD...: runs CMD $runs times, prints one table row
time_runs() {
  local label="$1" dir="$2"; shift 2
  local files mb walls=() rss=0 i out
  files=$(find "$dir" -name '*.md' -not -path '*/node_modules/*' | wc -l)
  mb=$(find "$dir" -name '*.md' -not -path '*/node_modules/*' -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.1f", $1/1048576}')
  for ((i = 0; i < runs; i++)); do
    out="$work/time.txt"
    /usr/bin/time -v -o "$out" "$@" >/dev/null 2>"$work/stderr.txt" || true
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(j=1;j<=n;j++) s=s*60+p[j]; print s}' "$out")")
    rss=$(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$out") > rss ? $(awk -F': ' '/Maximum resident set size/ {print $2}' "$out") : rss ))
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  awk -v l="$label" -v f="$files" -v m="$mb" -v w="$median" -v r="$rss" -v n="$runs" 'BEGIN {
    printf "%-28s %7d %7.1f %9.2f %9.0f %8.1f %9.0f %4d\n", l, f, m, w, (w > 0 ? f / w : 0), (w > 0 ? m / w : 0), r / 1024, n }'
}

for scale in $scales; do
  python3 "$here/scripts/scale-corpus.py" "$corpus" "$work/x$scale" "$scale"
done

node_tools=""
if [ "${BENCH_NODE:-0}" = 1 ] && command -v npm >/dev/null; then
  echo "bench: installing markdownlint-cli2 and remark into $work/node (npm)..." >&2
  (cd "$work" && mkdir node && cd node && npm init -y >/dev/null && \
    npm install --silent --no-audit --no-fund markdownlint-cli2 remark-cli remark-frontmatter remark-validate-links >/dev/null 2>&1) \
    && node_tools=1 || echo "bench: npm install failed; Node tools skipped" >&2
fi

printf '%-28s %7s %7s %9s %9s %8s %9s %4s\n' "tool / corpus" files MB "wall s" "files/s" "MB/s" "RSS MB" runs
for scale in $scales; do
  time_runs "contentlint x$scale" "$work/x$scale" "$here/contentlint" "$work/x$scale" --format json --fail-on never
  if [ -n "$node_tools" ] && [[ " $node_scales " == *" $scale "* ]]; then
    runs="$node_runs" time_runs "markdownlint-cli2 x$scale" "$work/x$scale" \
      bash -c "cd '$work/x$scale' && '$work/node/node_modules/.bin/markdownlint-cli2' '_data/**/*.md'"
  fi
  if [ -n "$node_tools" ] && [[ " $remark_scales " == *" $scale "* ]]; then
    runs="$node_runs" time_runs "remark+validate-links x$scale" "$work/x$scale" \
      bash -c "cd '$work/x$scale' && '$work/node/node_modules/.bin/remark' --quiet --frail --use remark-frontmatter --use remark-validate-links _data"
  fi
done

#!/usr/bin/env bash
# Score question sets with ../shared/eval/score.py, two at a time, one report per set.
#
#   scripts/score-sets.sh OUTDIR INDEX [SET ...]
#
# SET is a name under eval/ without .jsonl (e.g. wide22-tune) or "dev" for the shared dev questions;
# with no SET, every set under eval/ and dev. Each report is OUTDIR/SET.txt (score.py --show); the last
# line printed is one summary line per set. Run from the repository root; uses .venv/bin/python.
set -euo pipefail
out=${1:?OUTDIR}; index=${2:?INDEX}; shift 2
mkdir -p "$out"
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=(dev); for f in eval/*.jsonl; do b=$(basename "$f" .jsonl); [ "$b" = paraphrase ] || sets+=("$b"); done
fi
score_one() {
  local set=$1 out=$2 index=$3 file
  if [ "$set" = dev ]; then file=../shared/eval/dev-questions.jsonl; else file=eval/$set.jsonl; fi
  ../shared/eval/score.py "$file" --ask-args "--index $index" --show > "$out/$set.txt" 2>&1 || true
}
export -f score_one
printf '%s\n' "${sets[@]}" | xargs -P 2 -I{} bash -c 'score_one "$@"' _ {} "$out" "$index"
for s in "${sets[@]}"; do tail -1 "$out/$s.txt"; done

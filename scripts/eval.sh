#!/usr/bin/env bash
# Scores the analyzer on the shared gold data with the shared scorer.
# Usage: scripts/eval.sh [conll-dev|conll-test|crossner-dev|tempeval|meantime-dev|polnear-dev|polnear-train|numbers|all]
#        (default: all)
# Outputs go to target/eval/; the CoNLL test split is for reporting only, never tuning.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/data" ]; then
  echo "skipped: evaluation (needs the gold data and scorer in $shared, which this clone does not have)"
  exit 0
fi
cargo build --release -p article-analyzer-cli --bin analyze -q
mkdir -p target/eval

score() { # name gold tasks
  local name=$1 gold=$2 tasks=$3
  ./target/release/analyze --jsonl "$gold" > "target/eval/$name.jsonl"
  printf '\n### %s (%s)\n' "$name" "$gold"
  python3 "$shared/eval/score.py" "$gold" "target/eval/$name.jsonl" --tasks "$tasks"
}

what=${1:-all}
case $what in conll-dev|all) score conll-dev "$shared/data/conll2003/dev.jsonl" ner ;; esac
case $what in conll-test|all) score conll-test "$shared/data/conll2003/test.jsonl" ner ;; esac
case $what in crossner-dev|all) score crossner-dev "$shared/data/crossner_politics/dev.jsonl" ner ;; esac
case $what in tempeval|all) score tempeval-train "$shared/data/tempeval3/train.jsonl" timex ;; esac
case $what in meantime-dev|all) score meantime-dev "$shared/data/meantime/dev.jsonl" timex ;; esac
case $what in polnear-dev|all) score polnear-dev "$shared/data/polnear_quotes/dev.jsonl" quotes ;; esac
case $what in polnear-train) score polnear-train "$shared/data/polnear_quotes/train.jsonl" quotes ;; esac
case $what in numbers|all)
  python3 eval/numbers/score.py texts --shared "$shared" > target/eval/numbers-docs.jsonl
  ./target/release/analyze --jsonl target/eval/numbers-docs.jsonl > target/eval/numbers.jsonl
  printf '\n### numbers (eval/numbers/gold.tsv)\n'
  python3 eval/numbers/score.py score target/eval/numbers.jsonl --shared "$shared"
  python3 eval/numbers/score.py texts --gold eval/numbers/heldout.tsv --shared "$shared" > target/eval/numbers-heldout-docs.jsonl
  ./target/release/analyze --jsonl target/eval/numbers-heldout-docs.jsonl > target/eval/numbers-heldout.tsv
  printf '\n### numbers, held-out (eval/numbers/heldout.tsv)\n'
  python3 eval/numbers/score.py score target/eval/numbers-heldout.tsv --gold eval/numbers/heldout.tsv --shared "$shared" ;;
esac

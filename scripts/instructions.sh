#!/usr/bin/env bash
# Benchmark (not a test): instructions per input character, in all and by step of the
# analysis, for `analyze --jsonl --jobs 1` (one thread, so one word cache) over the
# CoNLL-2003 test texts, counted by valgrind's callgrind. Counts, unlike seconds, repeat
# exactly on a busy shared machine, so two builds compare in one number each. Set
# BENCH_DATA to count another JSONL file.
# Usage: scripts/instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

data=${BENCH_DATA:-../shared/data/conll2003/test.jsonl}
if [ ! -f "$data" ]; then
  echo "skipped: instruction counts ($data is absent: it is the team's gold data; set BENCH_DATA to a JSONL file of {\"id\", \"text\"} lines)"
  exit 0
fi
command -v valgrind >/dev/null || { echo "skipped: instruction counts (valgrind is not installed)"; exit 0; }

cargo build --release -q -p article-analyzer-cli
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" target/release/analyze --jsonl --jobs 1 < "$data" > /dev/null 2> "$out/valgrind.log"
callgrind_annotate --inclusive=yes --threshold=100 "$out/callgrind.out" > "$out/inclusive.txt"

python3 - "$data" "$out/inclusive.txt" <<'EOF'
import json, re, sys

data, annotated = sys.argv[1], sys.argv[2]
chars = sum(len(json.loads(line).get("text", "")) for line in open(data, encoding="utf-8") if line.strip())
inclusive = {}
for line in open(annotated, encoding="utf-8"):
    m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(.+?)(?: \[.*\])?$", line)
    if m:
        # "???:name" or "file:name": the function's name only.
        name = re.sub(r"^(\?\?\?|[^:\s]+):(?!:)", "", m.group(2).strip())
        inclusive.setdefault(name, int(m.group(1).replace(",", "")))
total = next(v for k, v in inclusive.items() if k.endswith("PROGRAM TOTALS"))

def count(function):
    return inclusive.get(f"article_analyzer::{function}", 0)

# The CLI calls try_analyze, into which the release build inlines the pipeline.
analysis = count("Analyzer::try_analyze") or count("Analyzer::analyze_with_progress")
startup = count("Analyzer::try_new")
tag, decode = count("entities::tagger::Tagger::tag"), count("entities::tagger::viterbi::decode_into")
steps = [
    ("tokenizing (text::Document::new)", count("text::Document::new")),
    ("names, all (entities::recognize)", count("entities::recognize")),
    ("  tagger: features and emission sums", tag - decode),
    ("  tagger: Viterbi decoding", decode),
    ("  rules, lexicon context, joining, linking", count("entities::recognize") - tag),
    ("reference date", count("dates::reference::choose")),
    ("dates", count("dates::extract")),
    ("quotes and sources", count("quotes::extract")),
    ("salience", count("entities::salience::score")),
    ("numbers", count("numbers::extract")),
    ("the analyzer's start-up (lexicons, model), once", startup),
    ("the CLI around the analyses (JSON in and out)", total - analysis - startup),
]
print(f"{data}: {chars:,} characters; {total / 1e6:,.1f} M instructions in all, {total / chars:,.0f} per character")
print(f"{'step':58} {'M instr.':>9} {'per char':>9} {'share':>6}")
for name, n in steps:
    print(f"{name:58} {n / 1e6:9.1f} {n / chars:9.0f} {100 * n / total:5.1f}%")
EOF

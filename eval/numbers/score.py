#!/usr/bin/env python3
"""Scorer for the hand-annotated numbers gold sets (eval/numbers/gold.tsv and
the held-out eval/numbers/heldout.tsv).

Python 3 standard library only.  Offsets are Unicode code points (Python str
indices), end exclusive.  The gold file holds no text: texts are read at run
time from the shared data directory (default: ../shared relative to the repo
root).

  python3 eval/numbers/score.py texts [--gold PATH] [--shared ../shared] > docs.jsonl
  python3 eval/numbers/score.py score SYSTEM.jsonl [--gold PATH] [--shared ../shared]
                                      [--misses] [--spans-only]

--gold defaults to eval/numbers/gold.tsv; a relative PATH is taken from the
current directory, else from the repo root.

See eval/numbers/README.md.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(HERE, "gold.tsv")
TYPES = ["MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"]
SOURCES = {
    "polnear-train": "data/polnear_quotes/train.jsonl",
    "conll-train": "data/conll2003/train.jsonl",
    "polnear-dev": "data/polnear_quotes/dev.jsonl",
    "conll-dev": "data/conll2003/dev.jsonl",
}


def shared_dir(arg):
    # relative paths are taken relative to the repo root
    return arg if os.path.isabs(arg) else os.path.normpath(os.path.join(REPO, arg))


def gold_path(arg):
    # None -> the default gold; relative paths: from the current directory, else from the repo root
    if arg is None:
        return GOLD
    if os.path.isabs(arg) or os.path.exists(arg):
        return arg
    alt = os.path.join(REPO, arg)
    return alt if os.path.exists(alt) else arg


def load_gold(path=GOLD):
    """Reads a gold TSV (one row per number; a document without numbers has one row with
    the number's columns empty) into one dict per document, in file order."""
    docs, by_id = [], {}
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        sys.exit("cannot read gold file %s: %s" % (path, e))
    with f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            doc = by_id.get(row["id"])
            if doc is None:
                doc = {"id": row["id"], "set": row["set"], "chars": int(row["chars"]), "numbers": []}
                by_id[row["id"]] = doc
                docs.append(doc)
            if row["start"] == "":
                continue
            number = {"start": int(row["start"]), "end": int(row["end"]), "type": row["type"],
                      "value": float(row["value"]), "unit": row["unit"] or None}
            if row.get("approximate"):
                number["approximate"] = row["approximate"] == "true"
            for bound in ("low", "high"):
                if row.get(bound):
                    number[bound] = float(row[bound])
            doc["numbers"].append(number)
    for g in docs:
        if g.get("set") not in SOURCES:
            sys.exit("GOLD CHECK FAILED: %s: unknown set %r (known: %s)"
                     % (g.get("id"), g.get("set"), ", ".join(sorted(SOURCES))))
    return docs


def load_texts(gold, shared):
    """Return {id: record} for gold docs, or None if the shared data is missing.
    Verifies chars == len(text) and span bounds."""
    want = {}
    for g in gold:
        want.setdefault(g["set"], set()).add(g["id"])
    # only the source files this gold uses need to exist
    paths = {s: os.path.join(shared, SOURCES[s]) for s in want}
    if not all(os.path.exists(p) for p in paths.values()):
        return None
    recs = {}
    for s, p in paths.items():
        if s not in want:
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["id"] in want[s]:
                    recs[d["id"]] = d
    problems = []
    for g in gold:
        d = recs.get(g["id"])
        if d is None:
            problems.append("gold doc %s not found in %s" % (g["id"], paths[g["set"]]))
            continue
        if len(d["text"]) != g["chars"]:
            problems.append("gold doc %s: chars %d != len(text) %d"
                            % (g["id"], g["chars"], len(d["text"])))
        for n in g["numbers"]:
            if not (0 <= n["start"] < n["end"] <= len(d["text"])):
                problems.append("gold doc %s: bad span %d-%d" % (g["id"], n["start"], n["end"]))
    if problems:
        for p in problems:
            print("GOLD CHECK FAILED: " + p, file=sys.stderr)
        sys.exit(2)
    return recs


def check_gold_static(gold):
    for g in gold:
        for n in g["numbers"]:
            if not (0 <= n["start"] < n["end"] <= g["chars"]):
                sys.exit("GOLD CHECK FAILED: %s: bad span %d-%d" % (g["id"], n["start"], n["end"]))
            if n["type"] not in TYPES:
                sys.exit("GOLD CHECK FAILED: %s: bad type %r" % (g["id"], n["type"]))


def cmd_texts(args):
    gold = load_gold(gold_path(args.gold))
    shared = shared_dir(args.shared)
    recs = load_texts(gold, shared)
    if recs is None:
        print("score.py texts: shared data not found under %s; skipped writing %d documents"
              % (shared, len(gold)), file=sys.stderr)
        return 0
    for g in gold:
        d = recs[g["id"]]
        sys.stdout.write(json.dumps({"id": d["id"], "text": d["text"], "dct": d.get("dct")},
                                    ensure_ascii=False) + "\n")
    return 0


def as_float(v):
    if isinstance(v, bool) or v is None:
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def value_ok(g, s):
    a, b = as_float(g), as_float(s)
    if a is None or b is None:
        return False
    if a == 0 or b == 0:
        return a == b
    return abs(a - b) <= 0.005 * abs(a)


def load_system(path, gold_ids):
    sysd = {}
    ignored_types = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                sys.exit("%s:%d: not JSON" % (path, ln))
            if d.get("id") not in gold_ids:
                continue
            seen = set()
            out = []
            for n in d.get("numbers") or []:
                t = n.get("type")
                if t not in TYPES:
                    ignored_types += 1
                    continue
                key = (int(n["start"]), int(n["end"]), t)
                if key in seen:
                    continue
                seen.add(key)
                out.append({"start": key[0], "end": key[1], "type": t,
                            "value": n.get("value"), "unit": n.get("unit")})
            sysd.setdefault(d["id"], []).extend(out)
    return sysd, ignored_types


def prf(tp_p, n_sys, tp_r, n_gold):
    p = 100.0 * tp_p / n_sys if n_sys else 0.0
    r = 100.0 * tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def cmd_score(args):
    gpath = gold_path(args.gold)
    gold = load_gold(gpath)
    check_gold_static(gold)
    shared = shared_dir(args.shared)
    recs = load_texts(gold, shared)
    if recs is None:
        print("note: shared data not found under %s; gold not verified against texts%s"
              % (shared, ", --misses shows no context" if args.misses else ""), file=sys.stderr)
    gold_ids = {g["id"] for g in gold}
    sysd, ignored = load_system(args.system, gold_ids)
    missing_docs = [g["id"] for g in gold if g["id"] not in sysd]

    keys = TYPES + ["all"]
    c = {k: dict(gold=0, sys=0, tp=0, val=0, unit=0, both=0, rtp_p=0, rtp_r=0) for k in keys}
    fns, fps, wrong = [], [], []

    for g in gold:
        gs = g["numbers"]
        ss = sysd.get(g["id"], [])
        for n in gs:
            c[n["type"]]["gold"] += 1
            c["all"]["gold"] += 1
        for n in ss:
            c[n["type"]]["sys"] += 1
            c["all"]["sys"] += 1
        sidx = {(n["start"], n["end"], n["type"]): n for n in ss}
        gkeys = set()
        for n in gs:
            k = (n["start"], n["end"], n["type"])
            gkeys.add(k)
            s = sidx.get(k)
            if s is None:
                fns.append((g, n))
                continue
            for t in (n["type"], "all"):
                c[t]["tp"] += 1
            vok = value_ok(n["value"], s["value"])
            uok = n.get("unit") == s.get("unit")
            for t in (n["type"], "all"):
                c[t]["val"] += vok
                c[t]["unit"] += uok
                c[t]["both"] += vok and uok
            if not args.spans_only and not (vok and uok):
                wrong.append((g, n, s, vok, uok))
        for s in ss:
            if (s["start"], s["end"], s["type"]) not in gkeys:
                fps.append((g, s))
        # relaxed: one-to-one, overlapping spans of the same type, exact matches first
        used_s = set()
        matched_g = set()
        order = sorted(range(len(gs)), key=lambda i: gs[i]["start"])
        for exact_pass in (True, False):
            for i in order:
                if i in matched_g:
                    continue
                n = gs[i]
                for j, s in enumerate(ss):
                    if j in used_s or s["type"] != n["type"]:
                        continue
                    if exact_pass:
                        hit = s["start"] == n["start"] and s["end"] == n["end"]
                    else:
                        hit = s["start"] < n["end"] and n["start"] < s["end"]
                    if hit:
                        used_s.add(j)
                        matched_g.add(i)
                        for t in (n["type"], "all"):
                            c[t]["rtp_p"] += 1
                            c[t]["rtp_r"] += 1
                        break

    def pct(a, b):
        return "%6.1f" % (100.0 * a / b) if b else "     -"

    dash = "     -"
    gname = "" if args.gold is None else " (%s)" % gpath
    print("numbers gold%s: %d documents, %d numbers; system: %s" % (gname, len(gold), c["all"]["gold"], args.system))
    if missing_docs:
        print("note: %d gold documents absent from the system file (counted as misses)" % len(missing_docs))
    if ignored:
        print("note: %d system entries with other types ignored" % ignored)
    print()
    print("exact span + type                                    |  among exact matches        | value+unit")
    print("%-9s %5s %5s %6s %6s %6s  | %6s %6s              | %%of gold" % ("type", "gold", "sys", "P", "R", "F1", "value", "unit"))
    for k in keys:
        x = c[k]
        p, r, f = prf(x["tp"], x["sys"], x["tp"], x["gold"])
        if args.spans_only:
            va = ua = bo = dash
        else:
            va, ua, bo = pct(x["val"], x["tp"]), pct(x["unit"], x["tp"]), pct(x["both"], x["gold"])
        print("%-9s %5d %5d %6.1f %6.1f %6.1f  | %s %s              | %s" % (k, x["gold"], x["sys"], p, r, f, va, ua, bo))
    print()
    print("relaxed (overlapping span, same type, one-to-one)")
    print("%-9s %6s %6s %6s" % ("type", "P", "R", "F1"))
    for k in keys:
        x = c[k]
        p, r, f = prf(x["rtp_p"], x["sys"], x["rtp_r"], x["gold"])
        print("%-9s %6.1f %6.1f %6.1f" % (k, p, r, f))

    if args.misses:
        def ctx(doc_id, a, b):
            if recs is None:
                return ""
            t = recs[doc_id]["text"]
            return ("  ...%s[[%s]]%s..." % (t[max(0, a - 40):a], t[a:b], t[b:b + 40])).replace("\n", " ")
        print()
        print("== false negatives (gold not matched exactly): %d" % len(fns))
        for g, n in fns:
            print("FN %s %d-%d %s value=%s unit=%s%s" % (g["id"], n["start"], n["end"], n["type"],
                                                      n["value"], n["unit"], ctx(g["id"], n["start"], n["end"])))
        print()
        print("== false positives (system not matched exactly): %d" % len(fps))
        for g, s in fps:
            print("FP %s %d-%d %s value=%s unit=%s%s" % (g["id"], s["start"], s["end"], s["type"],
                                                      s["value"], s["unit"], ctx(g["id"], s["start"], s["end"])))
        if not args.spans_only:
            print()
            print("== exact span matches with wrong value or unit: %d" % len(wrong))
            for g, n, s, vok, uok in wrong:
                print("WRONG %s %d-%d %s gold value=%s unit=%s | system value=%s unit=%s%s"
                      % (g["id"], n["start"], n["end"], n["type"], n["value"], n["unit"],
                         s["value"], s["unit"], ctx(g["id"], n["start"], n["end"])))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd")
    t = sub.add_parser("texts", help="write the gold documents as {id,text,dct} JSONL to stdout")
    t.add_argument("--gold", default=None, help="gold TSV (default eval/numbers/gold.tsv)")
    t.add_argument("--shared", default="../shared", help="shared data dir (relative to repo root)")
    s = sub.add_parser("score", help="score a system output against the gold")
    s.add_argument("system")
    s.add_argument("--gold", default=None, help="gold TSV (default eval/numbers/gold.tsv)")
    s.add_argument("--shared", default="../shared", help="shared data dir (relative to repo root)")
    s.add_argument("--misses", action="store_true", help="list false negatives/positives and wrong values/units")
    s.add_argument("--spans-only", action="store_true", help="system gives no values/units: print '-' for them")
    args = ap.parse_args()
    if args.cmd == "texts":
        return cmd_texts(args)
    if args.cmd == "score":
        return cmd_score(args)
    ap.print_help()
    return 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        sys.exit(0)

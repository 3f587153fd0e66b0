//! Named entities: finds names of people, organizations, places and other things, and
//! links the mentions of one entity together.
//!
//! Recognition works in three steps:
//! 1. [`runs`]: candidate names are runs of capitalized words (with connectors such as
//!    "of" or "bin" inside), split at titles ("U.S. President Donald Trump" gives "U.S."
//!    and "Donald Trump") and stripped of sentence-initial common words ("According").
//! 2. [`classify`]: each run gets a kind from lexicons and context (a title before it, an
//!    organization word after it, a known first name, a place preposition), together
//!    with a confidence.
//! 3. [`linking`]: the same name gets the same kind everywhere in the article, and a
//!    surname or first name alone joins the full name it shortens.

mod classify;
mod compounds;
mod dateline;
mod headline;
mod known_names;
mod linking;
mod runs;
pub(crate) mod salience;
pub mod tagger;

use crate::analysis::{Entity, EntityKind};
use crate::lexicon::Lexicon;
use crate::progress::Meter;
use crate::text::{Document, TokenKind};
use crate::vocabulary::names::{NAME_TITLES, PERSONAL_HONORIFICS};

/// A name found in the text, before linking: a token range with its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub first_token: usize,
    pub end_token: usize,
    pub kind: EntityKind,
    /// How sure the classification is: higher wins when mentions of one name disagree.
    pub confidence: u8,
    /// The name is the first word of its sentence, where capitals say little.
    pub starts_sentence: bool,
}

/// Finds the named entities of a document, each with all its mentions: with the
/// trained tagger when one is given, else with the rules alone.
#[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
pub(crate) fn recognize(
    doc: &Document,
    lexicon: &Lexicon,
    tagger: Option<&tagger::Tagger>,
    meter: &mut Meter,
) -> Vec<Entity> {
    let rules = rule_candidates(doc, lexicon);
    let candidates = match tagger {
        Some(tagger) => {
            let mut tagged = tagger.tag(doc, lexicon, &rules, meter);
            // Names the tagger never learned to see (titles of works such as "60
            // Minutes") come from confident rules, where the tagger found nothing.
            // The tagger's names, and the rules' names added below, are each in text order
            // and never overlap among themselves: the ones a rule overlaps are found by
            // binary search, so that a long article costs no rules x names.
            let from_tagger = tagged.len();
            for rule in rules.iter().filter(|r| r.confidence >= classify::LIKELY) {
                let overlaps = |t: &Candidate| {
                    t.first_token < rule.end_token && rule.first_token < t.end_token
                };
                let overlapping_in = |from: usize, to: usize| {
                    let start = from
                        + tagged[from..to].partition_point(|t| t.end_token <= rule.first_token);
                    (start..to)
                        .take_while(|&t| tagged[t].first_token < rule.end_token)
                        .filter(|&t| overlaps(&tagged[t]))
                };
                let mut overlapping =
                    overlapping_in(0, from_tagger).chain(overlapping_in(from_tagger, tagged.len()));
                let first = overlapping.next();
                let only = first.filter(|_| overlapping.next().is_none());
                let extends = only.is_some_and(|only| {
                    let t = tagged[only];
                    rule.first_token <= t.first_token
                        && t.end_token <= rule.end_token
                        && (rule.end_token - rule.first_token) > (t.end_token - t.first_token)
                });
                match first {
                    None => tagged.push(*rule),
                    Some(first) if extends && doc.is_kind(rule.first_token, TokenKind::Number) => {
                        // "60 Minutes": the tagger sees "Minutes", the rules the title.
                        tagged[first] = *rule;
                    }
                    Some(_) => {}
                }
            }
            if let Some(place) = dateline::place(doc, lexicon) {
                with_dateline_place(&mut tagged, place);
            }
            tagged.sort_by_key(|c| c.first_token);
            propagate_names(doc, &mut tagged);
            for candidate in tagged
                .iter_mut()
                .filter(|c| after_personal_honorific(doc, c.first_token))
            {
                candidate.kind = EntityKind::Person;
            }
            let tagged: Vec<Candidate> = tagged
                .into_iter()
                .filter(|c| !in_party_tag(doc, c))
                .filter_map(|c| without_titles(doc, c))
                .collect();
            let tagged = with_nicknames_joined(doc, tagged);
            let tagged = without_capitalized_common_words(doc, lexicon, tagged);
            let tagged = compounds::joined(doc, lexicon, tagged);
            let tagged = known_names::with_quoted_titles_as_works(doc, tagged);
            let tagged = known_names::with_known_organizations(doc, lexicon, tagged);
            headline::with_headlines_read(doc, lexicon, tagged)
        }
        None => rules,
    };
    linking::link(doc, with_furniture(doc, candidates))
}

/// The candidates with page furniture read as such: nothing found inside a byline, a
/// credit, a stamp or a share line stands, and the persons and places the furniture
/// names take its place ("Reporting by Jeff Mason; Editing by …" names Jeff Mason, not
/// "Jeff Mason; Editing").
fn with_furniture(doc: &Document, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    if doc.furniture().is_empty() {
        return candidates;
    }
    let in_furniture =
        |c: &Candidate| (c.first_token..c.end_token).any(|i| doc.furniture_at(i).is_some());
    candidates.retain(|c| !in_furniture(c));
    for furniture in doc.furniture() {
        let named = furniture
            .persons
            .iter()
            .map(|&name| (name, EntityKind::Person))
            .chain(
                furniture
                    .places
                    .iter()
                    .map(|&place| (place, EntityKind::Place)),
            );
        for ((first_token, end_token), kind) in named {
            candidates.push(Candidate {
                first_token,
                end_token,
                kind,
                confidence: classify::LIKELY,
                starts_sentence: doc.starts_sentence(first_token),
            });
        }
    }
    candidates.sort_by_key(|c| c.first_token);
    candidates
}

/// Makes the dateline's place in capitals (`first..end`) a place: the names inside it
/// become one place, or the place is added when nothing was found there.
fn with_dateline_place(candidates: &mut Vec<Candidate>, (first, end): (usize, usize)) {
    let inside = |c: &Candidate| first <= c.first_token && c.end_token <= end;
    let crossing = |c: &Candidate| c.first_token < end && first < c.end_token && !inside(c);
    if candidates.iter().any(crossing) {
        return; // a longer name the dateline's capitals are part of: left to the tagger
    }
    // At least likely, not certain: the same name elsewhere (a club named after its city)
    // may say otherwise.
    let confidence = candidates
        .iter()
        .filter(|c| inside(c))
        .map(|c| c.confidence)
        .max()
        .unwrap_or(0)
        .max(classify::LIKELY);
    candidates.retain(|c| !inside(c));
    candidates.push(Candidate {
        first_token: first,
        end_token: end,
        kind: EntityKind::Place,
        confidence,
        starts_sentence: true,
    });
}

/// Whether the name starting at token `first` follows "Mr.", "Mrs.", "Ms." or "Dr.",
/// which only people carry (the tagger can misread "Mr. Smith said" at the start of a
/// short text).
fn after_personal_honorific(doc: &Document, first: usize) -> bool {
    let mut before = first as isize - 1;
    if doc.word_at(before) == "." {
        before -= 1;
    }
    PERSONAL_HONORIFICS.contains(&doc.word_at(before).trim_end_matches('.'))
}

/// The candidates without one-word names that are common words capitalized only because
/// they open a sentence or a quotation ("‘Hey, moderators …’", "“Meh, …”"), wherever the
/// word appears in the article, unless a lexicon knows it as a name.
fn without_capitalized_common_words(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    let opens = |c: &Candidate| doc.opens_clause(c.first_token);
    let suspect = |c: &Candidate| {
        let word = doc.word(c.first_token);
        c.end_token == c.first_token + 1
            && lexicon.is_common_word(word)
            && !lexicon.is_first_name(word)
            && !lexicon.is_surname(word)
            && !lexicon.places.contains(word)
            && !lexicon.organizations.contains(word)
            && !lexicon.nationalities.contains(word)
    };
    let named_elsewhere: crate::lexicon::FastSet<&str> = candidates
        .iter()
        .filter(|c| !opens(c))
        .map(|c| doc.word(c.first_token))
        .collect();
    candidates
        .into_iter()
        .filter(|c| !(suspect(c) && opens(c) && !named_elsewhere.contains(doc.word(c.first_token))))
        .collect()
}

/// Whether token `k` is a capitalized word (the part of a name around a nickname).
fn is_name_word(doc: &Document, k: usize) -> bool {
    k < doc.token_count()
        && doc.is_kind(k, TokenKind::Word)
        && doc.word(k).starts_with(char::is_uppercase)
}

/// The end of a name with a quoted nickname inside that starts at token `i`:
/// `Robert C. “Bobby” Scott`, `Thomas “Tip” O'Neill` (first name, optional initial,
/// the nickname in quotation marks, surname), if there is one.
fn nickname_name_end(doc: &Document, i: usize) -> Option<usize> {
    let is_name_word = |k: usize| is_name_word(doc, k);
    if !is_name_word(i) {
        return None;
    }
    let mut k = i + 1;
    // An initial: "C." (one token) or "C" "."
    if is_name_word(k) && doc.word(k).trim_end_matches('.').chars().count() == 1 {
        k += if doc.word(k).ends_with('.') {
            1
        } else if doc.word_at(k as isize + 1) == "." {
            2
        } else {
            1
        };
    }
    let quoted = doc.is_kind(k, TokenKind::Quote)
        && is_name_word(k + 1)
        && doc.is_kind(k + 2, TokenKind::Quote)
        && is_name_word(k + 3);
    quoted.then_some(k + 4)
}

/// After a name that ends before token `end`: a quoted nickname of one to four words and
/// the surname after it ("Hector “Macho” Camacho", `Roberto "Hands of Stone" Duran`); the
/// index after the surname's first word, if so.
fn nickname_after(doc: &Document, end: usize) -> Option<usize> {
    let is_quote = |k: usize| doc.is_kind(k, TokenKind::Quote);
    let is_name_word = |k: usize| is_name_word(doc, k);
    if !is_quote(end) {
        return None;
    }
    let mut k = end + 1;
    while k - end <= 4
        && (is_name_word(k)
            || k > end + 1 && matches!(doc.word_at(k as isize), "of" | "the" | "de" | "da" | "del"))
    {
        k += 1;
    }
    (k > end + 1 && is_name_word(k - 1) && is_quote(k) && is_name_word(k + 1)).then_some(k + 2)
}

/// Joins the pieces the tagger makes of a name with a quoted nickname inside ("Robert"
/// and "Bobby” Scott" from `Robert C. “Bobby” Scott`) into one person.
fn with_nicknames_joined(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut rest = candidates.into_iter().peekable();
    while let Some(candidate) = rest.next() {
        let joined = (candidate.kind == EntityKind::Person)
            .then(|| {
                nickname_name_end(doc, candidate.first_token)
                    .or_else(|| nickname_after(doc, candidate.end_token))
            })
            .flatten();
        match joined {
            Some(mut end) if end >= candidate.end_token => {
                // The nickname and the surname may have been read as names of their own;
                // the surname may run on ("Camacho Jr.").
                while let Some(next) = rest.next_if(|next| next.first_token < end) {
                    if next.kind == EntityKind::Person {
                        end = end.max(next.end_token);
                    }
                }
                out.push(Candidate {
                    end_token: end,
                    ..candidate
                });
            }
            _ => out.push(candidate),
        }
    }
    out
}

/// Token `i` is an abbreviated title with its full stop (in the token or the next one):
/// the index after it, if so.
fn title_at(doc: &Document, i: usize) -> Option<usize> {
    let word = doc.word(i);
    let bare = word.strip_suffix('.').unwrap_or(word);
    if !NAME_TITLES.contains(&bare) {
        return None;
    }
    if word.ends_with('.') {
        Some(i + 1)
    } else if doc.word_at(i as isize + 1) == "." {
        Some(i + 2)
    } else {
        None
    }
}

/// The candidate without the abbreviated titles it starts with ("Gen. Mattis" is the
/// person "Mattis"); none when it was only titles ("Sen", "Col").
fn without_titles(doc: &Document, mut candidate: Candidate) -> Option<Candidate> {
    let mut first = candidate.first_token;
    while first < candidate.end_token {
        match title_at(doc, first) {
            Some(next) => first = next,
            None => break,
        }
    }
    if first == candidate.first_token {
        return Some(candidate);
    }
    if first >= candidate.end_token {
        return None;
    }
    candidate.first_token = first;
    candidate.kind = EntityKind::Person;
    Some(candidate)
}

/// Whether the candidate lies inside a party-and-state tag after a legislator's name:
/// "(R-N.C.)", "(D-Calif.)", "(R)", or between commas as in "Lindsey Graham, R-S.C., said".
/// The tag names no entity of its own.
fn in_party_tag(doc: &Document, candidate: &Candidate) -> bool {
    let text = doc.text.as_bytes();
    let (start, end) = (
        doc.start(candidate.first_token),
        doc.end(candidate.end_token - 1),
    );
    let is_break = |b: u8| b.is_ascii_whitespace() || matches!(b, b'(' | b')' | b',' | b';');
    // The whitespace-delimited chunk around the candidate ("R-S.C." around "C.").
    let mut from = start;
    while from > 0 && start - from < 12 && !is_break(text[from - 1]) {
        from -= 1;
    }
    let is_tag = text
        .get(from)
        .is_some_and(|b| matches!(b, b'R' | b'D' | b'I'))
        && (text.get(from + 1).is_none_or(|&b| is_break(b) || b == b'-')
            || text[from + 1..].starts_with("–".as_bytes()));
    if !is_tag || from == 0 {
        return false;
    }
    let closing = text[end..]
        .iter()
        .take(16)
        .position(|&b| matches!(b, b')' | b'(' | b',' | b'\n'));
    let closes_with = |mark: u8| closing.is_some_and(|k| text[end + k] == mark);
    match text[from - 1] {
        b'(' => closes_with(b')'),
        b' ' => doc.text[..from].trim_end().ends_with(',') && closes_with(b','),
        _ => false,
    }
}

/// The names the rule-based recognizer finds (runs of capitalized words, classified).
pub(crate) fn rule_candidates(doc: &Document, lexicon: &Lexicon) -> Vec<Candidate> {
    runs::find(doc, lexicon)
        .iter()
        .filter_map(|run| classify::classify(doc, lexicon, run))
        .collect()
}

/// Whether a person entity's name starts with a known female given name, a known male
/// one, or neither: used to resolve "he" and "she".
pub fn person_gender(entity: &Entity, lexicon: &Lexicon) -> Option<Gender> {
    if entity.kind != EntityKind::Person {
        return None;
    }
    let first = entity.name.split_whitespace().next()?;
    let male = lexicon.male_first_names.contains(first);
    let female = lexicon.female_first_names.contains(first);
    match (male, female) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Grammatical gender, as far as a first name tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Tags every other occurrence of a name found somewhere in the document ("Trump" in
/// "the first Trump envoy" once "Trump" is a person elsewhere): one article, one
/// reading of a name.
fn propagate_names(doc: &Document, found: &mut Vec<Candidate>) {
    let mut known: crate::lexicon::FastMap<&str, Vec<(usize, EntityKind)>> = Default::default();
    for c in found.iter() {
        let capitalized = (c.first_token..c.end_token).all(|i| {
            !doc.is_kind(i, TokenKind::Word)
                || doc.word(i).starts_with(char::is_uppercase)
                || doc.word(i).contains('-')
        });
        if capitalized && doc.word(c.first_token).starts_with(char::is_uppercase) {
            let entry = known.entry(doc.word(c.first_token)).or_default();
            let len = c.end_token - c.first_token;
            if !entry.iter().any(|&(l, _)| l == len) {
                entry.push((len, c.kind));
            }
        }
    }
    let names: crate::lexicon::FastSet<&str> = found
        .iter()
        .map(|c| doc.text_of(c.first_token, c.end_token))
        .collect();
    let mut covered = vec![false; doc.token_count()];
    for c in found.iter() {
        covered[c.first_token..c.end_token]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.token_count() {
        // Every known first word is capitalized: most tokens need no lookup.
        let lookup = !covered[i] && doc.word(i).starts_with(char::is_uppercase);
        let Some(options) = lookup.then(|| known.get(doc.word(i))).flatten() else {
            i += 1;
            continue;
        };
        let sentence_end = doc.sentence_of(i).end_token;
        let matched = options
            .iter()
            .filter(|&&(len, _)| i + len <= sentence_end && !covered[i..i + len].iter().any(|&c| c))
            .find(|&&(len, _)| names.contains(doc.text_of(i, i + len)));
        match matched {
            Some(&(len, kind)) => {
                added.push(Candidate {
                    first_token: i,
                    end_token: i + len,
                    kind,
                    confidence: classify::LIKELY,
                    starts_sentence: doc.starts_sentence(i),
                });
                i += len;
            }
            None => i += 1,
        }
    }
    found.extend(added);
    found.sort_by_key(|c| c.first_token);
}

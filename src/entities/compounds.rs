//! Names the tagger cuts in pieces, joined again: an organization with its "of" part
//! ("Christian Democratic Union" + "of Germany"), a nationality before an organization
//! ("Italian" + "Socialist Party"), and named elections ("the 2001 Italian general
//! election"), which are one event, not a nationality and a common noun.

use super::{classify, Candidate};
use crate::analysis::EntityKind;
use crate::lexicon::Lexicon;
use crate::text::furniture::is_name_particle;
use crate::text::{Document, TokenKind};
use crate::vocabulary::names::{
    ELECTION_MODIFIERS, ELECTION_NOUNS, FOREIGN_PARTICLES, HEADS_AFTER_NATIONALITY, HEADS_WITH_OF,
};

/// The candidates with the pieces of one name joined.
pub(super) fn joined(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    let candidates = with_nationality_joined(doc, lexicon, candidates);
    let candidates = with_of_parts_joined(doc, candidates);
    let candidates = with_leading_particles(doc, candidates);
    with_named_elections(doc, candidates)
}

/// Replaces the candidates overlapping any of `new` (in text order, not overlapping one
/// another) by them, in one pass: a long article may join thousands.
fn replace_all(candidates: Vec<Candidate>, new: Vec<Candidate>) -> Vec<Candidate> {
    if new.is_empty() {
        return candidates;
    }
    let overlaps_new = |c: &Candidate| {
        let k = new.partition_point(|n| n.end_token <= c.first_token);
        new.get(k).is_some_and(|n| n.first_token < c.end_token)
    };
    let mut out: Vec<Candidate> = candidates
        .into_iter()
        .filter(|c| !overlaps_new(c))
        .collect();
    out.extend(new);
    out.sort_by_key(|c| c.first_token);
    out
}

/// Whether token `i` is a capitalized word.
fn capitalized(doc: &Document, i: usize) -> bool {
    doc.is_kind(i, TokenKind::Word) && doc.word(i).starts_with(char::is_uppercase)
}

/// "Italian" + "Socialist Party" → "Italian Socialist Party".
fn with_nationality_joined(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    // Built anew rather than removing in place, which would shift the rest at each join.
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut rest = candidates.into_iter().peekable();
    while let Some(a) = rest.next() {
        let joins = |b: &Candidate| {
            a.end_token == b.first_token
                && a.kind == EntityKind::Other
                && matches!(b.kind, EntityKind::Organization | EntityKind::Other)
                && HEADS_AFTER_NATIONALITY.contains(&doc.word(b.end_token - 1))
                && lexicon
                    .nationalities
                    .contains(doc.text_of(a.first_token, a.end_token))
        };
        match rest.next_if(joins) {
            Some(b) => out.push(Candidate {
                end_token: b.end_token,
                kind: EntityKind::Organization,
                ..a
            }),
            None => out.push(a),
        }
    }
    out
}

/// "Christian Democratic Union" + "of" + "Germany" → one organization: a head that takes
/// an "of" part, then "of" or "for", maybe "the", and capitalized words to a name's end.
fn with_of_parts_joined(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut joins: Vec<Candidate> = Vec::new();
    let mut k = 0;
    while k < candidates.len() {
        let c = candidates[k];
        let mut i = c.end_token;
        let joinable = matches!(doc.word(i), "of" | "for")
            && matches!(
                c.kind,
                EntityKind::Organization | EntityKind::Other | EntityKind::Place
            )
            && HEADS_WITH_OF.contains(&doc.word(c.end_token - 1));
        if !joinable {
            k += 1;
            continue;
        }
        let sentence_end = doc.sentence_of(c.first_token).end_token;
        i += 1;
        if doc.word(i) == "the" {
            i += 1;
        }
        let start = i;
        while i < sentence_end
            && (capitalized(doc, i)
                || i > start
                    && matches!(doc.word(i), "of" | "and" | "the")
                    && capitalized(doc, i + 1))
            && i - start < 6
        {
            i += 1;
        }
        // The part must end where a name ends, and be no name of its own but a place
        // ("of Germany"): "the Energy Ministry for Bre-X and Barrick" names three. The
        // candidates are in text order: those after this one are looked at, up to the
        // part's end.
        let after: Vec<&Candidate> = candidates[k + 1..]
            .iter()
            .take_while(|o| o.first_token < i)
            .collect();
        let crosses = after
            .iter()
            .any(|o| o.first_token < i && i < o.end_token && o.first_token >= start);
        let inside: Vec<&&Candidate> = after.iter().filter(|o| start < o.end_token).collect();
        let names_of_its_own =
            inside.len() > 1 || inside.first().is_some_and(|o| o.kind != EntityKind::Place);
        let after_last = joins
            .last()
            .is_none_or(|j: &Candidate| j.end_token <= c.first_token);
        if i > start && !crosses && !names_of_its_own && after_last {
            joins.push(Candidate {
                end_token: i,
                kind: EntityKind::Organization,
                ..c
            });
        }
        k += 1;
    }
    replace_all(candidates, joins)
}

/// The most tokens of a person's name whose tails are looked up ("Maria da Graça Foster").
const MAX_NAME_TOKENS: usize = 8;

/// A person's name with the lowercase particles before it ("von der" + "Leyen"): the
/// particles join when none of them is an English word, or when the article writes the
/// same words inside a longer name ("bin Salman" after "Mohammed bin Salman").
fn with_leading_particles(doc: &Document, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    let tails: crate::lexicon::FastSet<&str> = candidates
        .iter()
        .filter(|c| {
            // A name has a few words: a run of thousands (a repeated name with no full stop)
            // would make as many tails, each as long.
            let words = c.end_token - c.first_token;
            c.kind == EntityKind::Person && words > 2 && words <= MAX_NAME_TOKENS
        })
        .flat_map(|c| {
            (c.first_token + 1..c.end_token - 1)
                .filter(|&i| is_name_particle(doc.word(i)))
                .map(|i| doc.text_of(i, c.end_token))
        })
        .collect();
    for k in 0..candidates.len() {
        let c = candidates[k];
        if c.kind != EntityKind::Person {
            continue;
        }
        let mut first = c.first_token;
        while first > 0 && c.first_token - first < 3 && is_name_particle(doc.word(first - 1)) {
            first -= 1;
        }
        let previous_end = k.checked_sub(1).map_or(0, |p| candidates[p].end_token);
        if first == c.first_token || first < previous_end {
            continue;
        }
        let foreign = (first..c.first_token).all(|i| FOREIGN_PARTICLES.contains(&doc.word(i)));
        if foreign || tails.contains(doc.text_of(first, c.end_token)) {
            candidates[k].first_token = first;
            candidates[k].starts_sentence = doc.starts_sentence(first);
        }
    }
    candidates
}

/// Whether token `i` is a year (1600–2099), or a season of two ("2019–20").
fn is_year(doc: &Document, i: usize) -> bool {
    let word = doc.word(i);
    let year = word.split(['-', '–']).next().unwrap_or("");
    doc.is_kind(i, TokenKind::Number)
        && year.len() == 4
        && year.parse::<u32>().is_ok_and(|y| (1600..2100).contains(&y))
}

/// "the 2001 Italian general election": a year, a proper name (of one or more capitalized
/// words), maybe modifiers, and an election noun is one event. A year and a noun alone
/// ("the 2016 election") name nothing.
fn with_named_elections(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut events = Vec::new();
    for (i, token) in doc.tokens().enumerate() {
        let word = doc.word(i);
        let could_be = word.len() >= 5
            && matches!(word.as_bytes()[0] | 0x20, b'e' | b'r' | b'p' | b'b' | b'c');
        if token.kind != TokenKind::Word
            || !could_be
            || !ELECTION_NOUNS
                .iter()
                .any(|noun| noun.eq_ignore_ascii_case(word))
        {
            continue;
        }
        let sentence_start = doc.sentence_of(i).first_token;
        let mut k = i;
        while k > sentence_start && ELECTION_MODIFIERS.contains(&doc.word(k - 1)) {
            k -= 1;
        }
        while k > sentence_start
            && i - k < 8
            && (capitalized(doc, k - 1)
                || matches!(doc.word(k - 1), "of" | "and") && capitalized(doc, k))
        {
            k -= 1;
        }
        let proper = (k..i).filter(|&j| capitalized(doc, j)).count();
        if proper > 0 && k > sentence_start && is_year(doc, k - 1) {
            events.push((k - 1, i + 1));
        }
    }
    let events = events
        .into_iter()
        .map(|(first_token, end_token)| Candidate {
            first_token,
            end_token,
            kind: EntityKind::Other,
            confidence: classify::LIKELY,
            starts_sentence: doc.starts_sentence(first_token),
        })
        .collect();
    replace_all(candidates, events)
}

#[cfg(test)]
mod tests {
    use crate::analysis::EntityKind;
    use crate::Analyzer;

    fn entities(text: &str) -> Vec<(String, EntityKind)> {
        let analyzer = Analyzer::new();
        let analysis = analyzer.analyze(text, &Default::default());
        let mut found: Vec<(String, EntityKind)> = analysis
            .entities
            .into_iter()
            .flat_map(|e| e.mentions.into_iter().map(move |m| (m.text, e.kind)))
            .collect();
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    }

    #[test]
    fn a_named_election_is_one_event() {
        let found = entities("At the 2001 Italian general election the Greens formed a list.");
        assert!(
            found.contains(&("2001 Italian general election".into(), EntityKind::Other)),
            "{found:?}"
        );
        let found = entities("He won the 2009 European Parliament election in Italy.");
        assert!(
            found.contains(&(
                "2009 European Parliament election".into(),
                EntityKind::Other
            )),
            "{found:?}"
        );
        // A year and a noun name no event.
        let found = entities("Before the 2016 election, Trump spoke in Ohio.");
        assert!(
            found.iter().all(|(name, _)| !name.contains("election")),
            "{found:?}"
        );
    }

    #[test]
    fn an_organization_keeps_its_of_part() {
        let found = entities("He led the Christian Democratic Union of Germany for years.");
        assert!(
            found.contains(&(
                "Christian Democratic Union of Germany".into(),
                EntityKind::Organization
            )),
            "{found:?}"
        );
    }
}

//! The dateline at the top of a news article ("LAS VEGAS (Reuters) -", "KYIV, Ukraine
//! (AP) —", "LONDON 1996-08-30"): its place in capitals is a place. The tagger learned
//! capitals from CoNLL's sports tables, where "NEW YORK" is a team, and can read a
//! dateline's city as an organization.

use crate::lexicon::Lexicon;
use crate::text::{is_all_caps, Document, TokenKind};

/// How many lines from the top a dateline may start (after a headline and a byline).
const DATELINE_LINES: usize = 5;

/// Words in capitals a dateline's place takes at most ("RIO DE JANEIRO").
const PLACE_WORDS: usize = 4;

/// The token range of the dateline's place in capitals, if the article has a dateline.
pub(crate) fn place(doc: &Document, lexicon: &Lexicon) -> Option<(usize, usize)> {
    let mut lines = 0;
    let mut last_paragraph = None;
    for sentence in doc.sentences().filter(|s| s.first_token < s.end_token) {
        if last_paragraph == Some(sentence.paragraph) {
            continue;
        }
        last_paragraph = Some(sentence.paragraph);
        lines += 1;
        if lines > DATELINE_LINES {
            return None;
        }
        if let Some(place) = place_at(doc, lexicon, sentence.first_token) {
            return Some(place);
        }
    }
    None
}

/// The place in capitals of a dateline starting at token `first`, if one starts there.
fn place_at(doc: &Document, lexicon: &Lexicon, first: usize) -> Option<(usize, usize)> {
    let word = |i: usize| {
        if i < doc.token_count() {
            doc.word(i)
        } else {
            ""
        }
    };
    let in_capitals = |i: usize| doc.is_kind(i, TokenKind::Word) && is_all_caps(word(i));
    let mut end = first;
    while end - first < PLACE_WORDS && in_capitals(end) {
        end += 1;
    }
    if end == first {
        return None;
    }
    // "KYIV, Ukraine", "BATON ROUGE, La.": a region after a comma.
    let mut next = end;
    if word(next) == "," {
        next += 1;
        let region_start = next;
        let is_month = |k: usize| crate::dates::words::month_number(word(k)).is_some();
        while next - region_start < 5
            && (word(next).starts_with(char::is_uppercase) && !is_month(next) || word(next) == ".")
        {
            next += 1;
        }
        if next == region_start && !is_month(next) {
            return None;
        }
        if word(next) == "," {
            next += 1; // "NEW DELHI, Nov 5 (Reuters)": a date follows.
        }
    }
    let agency = doc.agency_credit_at(next);
    // "LONDON 1996-08-30", "NEW DELHI, Nov 5": a date, not a figure ("PROFIT 6.3 MLN").
    let is_date = |w: &str| {
        w.len() >= 8
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == '-' || c == '/')
            && w.matches(['-', '/']).count() == 2
    };
    let dated = is_date(word(next))
        || crate::dates::words::month_number(word(next))
            .is_some_and(|_| word(next).starts_with(char::is_uppercase));
    let name = words_in_title_case(doc, first, end);
    let dash_after_region = next > end && doc.dash_at(next);
    // "WASHINGTON —" alone: only a place the lexicon knows ("SOCCER -" opens a headline).
    let known_place = doc.dash_at(next) && lexicon.places.contains(name.as_str());
    // "UNITED NATIONS 1996-08-29": an organization's seat, still the organization.
    let organization = lexicon.organizations.contains(name.as_str());
    ((agency || dated || dash_after_region || known_place) && !organization).then_some((first, end))
}

/// The words `first..end` in title case, joined by spaces ("LAS VEGAS" gives "Las Vegas").
fn words_in_title_case(doc: &Document, first: usize, end: usize) -> String {
    let words: Vec<String> = (first..end)
        .map(|i| {
            let lower = doc.word(i).to_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    words.join(" ")
}

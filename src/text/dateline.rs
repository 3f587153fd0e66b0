//! The dateline at the top of a news article ("LAS VEGAS (Reuters) -", "KYIV, Ukraine
//! (AP) —", "LONDON 1996-08-30", "NEW DELHI, Nov 5 (Reuters) -"), found once per document
//! from the text alone: a place in capitals opening one of the first lines, maybe a
//! region after a comma, then a news agency's credit, a date or a dash. The entities read
//! its place (with their lexicons' say on "SOCCER -"), the reference date its date.

use super::{is_all_caps, Document, TokenKind};

/// How many lines from the top a dateline may start (after a headline and a byline).
const DATELINE_LINES: usize = 5;

/// Words in capitals a dateline's place takes at most ("RIO DE JANEIRO").
const PLACE_WORDS: usize = 4;

/// One line of the top of an article that has a dateline's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The tokens of the place in capitals.
    pub place: (usize, usize),
    /// Whether a region followed the place after a comma ("KYIV, Ukraine").
    pub region: bool,
    /// The token after the place, its region and a comma: where an agency's credit, a
    /// date or a dash stands.
    pub after: usize,
    /// Whether a news agency's credit stands there ("(Reuters)").
    pub agency: bool,
    /// Whether a date starts there ("1996-08-30", "Nov 5").
    pub dated: bool,
    /// Whether a dash stands there.
    pub dash: bool,
}

/// Every line among the first few whose opening has a dateline's shape, top first: the
/// entity code takes the first its lexicons do not reject.
pub(super) fn find(doc: &Document) -> Vec<Dateline> {
    let mut out = Vec::new();
    let mut lines = 0;
    let mut last_paragraph = None;
    for sentence in doc.sentences().filter(|s| s.first_token < s.end_token) {
        if last_paragraph == Some(sentence.paragraph) {
            continue;
        }
        last_paragraph = Some(sentence.paragraph);
        lines += 1;
        if lines > DATELINE_LINES {
            break;
        }
        out.extend(shape_at(doc, sentence.first_token));
    }
    out
}

/// The dateline's shape starting at token `first`, if the line has one.
fn shape_at(doc: &Document, first: usize) -> Option<Dateline> {
    let word = |i: usize| doc.word(i);
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
    let shape = Dateline {
        place: (first, end),
        region: next > end,
        after: next,
        agency: doc.agency_credit_at(next),
        dated,
        dash: doc.dash_at(next),
    };
    (shape.agency || shape.dated || shape.dash).then_some(shape)
}

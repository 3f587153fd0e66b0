//! The recognizers of time expressions, in one table: each says what it recognizes, the
//! words it may start at and its examples, and the table's order is their priority.
//!
//! Spans follow TimeML: no leading preposition ("on Friday" gives "Friday"), but a
//! leading modifier or article that is part of the expression stays ("earlier this
//! year", "the past two years", "the third quarter"). A recognizer says what the words
//! mean (a [`Meaning`]); `resolve` alone places it on the calendar.
//!
//! Which recognizers may start at a token is derived from the table (see [`Starts`]), so
//! no list of starting words is kept anywhere else: a recognizer whose start words miss
//! one of its examples fails the examples test.

mod clock;
mod cursor;
mod days;
mod durations;
mod holiday;
mod periods;
mod relative;
mod sets;
mod years;

use super::{words, Found, Meaning};
use crate::analysis::TimexType;
use crate::lexicon::{FastMap, FirstByteAndLength};
use crate::text::{Document, TokenKind};
use cursor::{year_number, Cursor};
use std::sync::OnceLock;

/// A recognizer of one family of time expressions.
#[cfg_attr(not(test), allow(dead_code))] // `name` is read by the tests
pub(crate) struct Recognizer {
    /// A name for tests and the docs: what it recognizes.
    pub name: &'static str,
    /// The tokens it may start at.
    pub starts: Starts,
    /// The expression starting at a token, if any.
    pub find: fn(&Cursor, usize) -> Option<Found>,
    /// Its examples, one per line: `DCT | a sentence with [the expression] | TYPE value`
    /// (`#` starts a comment line); compiled into the tests only.
    #[cfg(test)]
    pub examples: &'static str,
}

/// The tokens a recognizer may start at: words (in lowercase) and classes of tokens.
pub(crate) struct Starts {
    pub words: &'static [&'static str],
    pub classes: u16,
}

impl Starts {
    /// Words only.
    pub const fn words(words: &'static [&'static str]) -> Starts {
        Starts { words, classes: 0 }
    }

    /// Words and classes.
    pub const fn with(words: &'static [&'static str], classes: u16) -> Starts {
        Starts { words, classes }
    }
}

/// A token the tokenizer reads as a number ("8", "2025", "1990s", "3:30", "7/8/07").
pub(crate) const NUMBER: u16 = 1;
/// A word with a hyphen ("two-year", "mid-March", "third-quarter").
pub(crate) const HYPHENATED: u16 = 2;
/// A month name or abbreviation ([`words::month_number`]).
pub(crate) const MONTH_NAME: u16 = 4;
/// A weekday name or abbreviation ([`words::weekday_number`]).
pub(crate) const WEEKDAY_NAME: u16 = 8;
/// A fiscal year in shorthand ("FY2025").
pub(crate) const FISCAL_YEAR: u16 = 16;
/// A number word ([`words::NUMBER_WORDS`]).
pub(crate) const NUMBER_WORD: u16 = 32;
/// A unit of time ([`words::UNITS`]).
pub(crate) const UNIT_WORD: u16 = 64;
/// The first word of a holiday's name ([`crate::vocabulary::time::HOLIDAY_FIRST_WORDS`]).
pub(crate) const HOLIDAY_WORD: u16 = 128;
/// An ordinal that names a quarter ([`cursor::ORDINALS`]).
pub(crate) const ORDINAL: u16 = 256;
/// The first word of a qualifier of an amount of time ([`durations::APPROXIMATORS`]).
pub(crate) const APPROXIMATOR: u16 = 512;
/// A weekday name in the plural ("Mondays").
pub(crate) const PLURAL_WEEKDAY: u16 = 1024;
/// A season's name ([`periods::SEASONS`]).
pub(crate) const SEASON_NAME: u16 = 2048;

/// The weekday named in the plural ("Mondays" is 1).
pub(crate) fn plural_weekday(word: &str) -> Option<u32> {
    word.strip_suffix('s')
        .filter(|w| w.len() > 5 && w.starts_with(char::is_uppercase))
        .and_then(words::weekday_number)
}

/// Every recognizer, in priority order: at each token the first that matches wins. The
/// qualified form ("the end of 1990") comes first and wraps the others.
pub(crate) const REGISTRY: [Recognizer; 24] = [
    QUALIFIED,
    periods::QUARTER_OF_YEAR,
    periods::HALF_YEAR,
    years::NAMED_YEAR,
    periods::REPORTING_PERIOD,
    relative::RELATIVE,
    periods::SEASON,
    holiday::HOLIDAY,
    relative::DAY_OFFSET,
    relative::REFERENCE_WORD,
    sets::SET,
    days::NUMERIC_DATE,
    days::MONTH_FIRST,
    days::DAY_FIRST,
    days::SECOND_DAY,
    days::WEEKDAY,
    periods::QUARTER,
    periods::PERIOD_SHORTHAND,
    durations::QUALIFIED_DURATION,
    durations::DURATION_OR_AGO,
    years::DECADE,
    years::YEAR,
    clock::CLOCK_TIME,
    durations::VAGUE_AMOUNT,
];

/// "the end of 1990", "the middle of October", "early 1991": the expression qualified,
/// widened to take in its qualifier (TimeML's span), with the value it has alone.
const QUALIFIED: Recognizer = Recognizer {
    name: "qualified",
    starts: Starts::words(&["the", "early", "late"]),
    find: qualified,
    #[cfg(test)]
    examples: include_str!("examples/qualified.txt"),
};

/// Bit `r` set: recognizer `r` of [`REGISTRY`].
type Mask = u32;

/// Which recognizers may start at which token, derived from the registry once.
struct StartTable {
    /// By word in ASCII lowercase.
    by_word: FastMap<String, Mask>,
    /// By class bit (the index of the bit).
    by_class: [Mask; 16],
    /// Whether a word may be in `by_word`: most tokens need no lookup.
    filter: FirstByteAndLength,
}

fn start_table() -> &'static StartTable {
    static TABLE: OnceLock<StartTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_word: FastMap<String, Mask> = FastMap::default();
        let mut by_class = [0; 16];
        let class_words: [(u16, Vec<&'static str>); 6] = [
            (
                SEASON_NAME,
                periods::SEASONS.iter().map(|&(w, _)| w).collect(),
            ),
            (
                NUMBER_WORD,
                words::NUMBER_WORDS.iter().map(|&(w, _)| w).collect(),
            ),
            (UNIT_WORD, words::UNITS.iter().map(|&(w, _)| w).collect()),
            (
                HOLIDAY_WORD,
                crate::vocabulary::time::HOLIDAY_FIRST_WORDS.to_vec(),
            ),
            (ORDINAL, cursor::ORDINALS.iter().map(|&(w, _)| w).collect()),
            (
                APPROXIMATOR,
                durations::APPROXIMATORS
                    .iter()
                    .map(|words| words[0])
                    .collect(),
            ),
        ];
        for (r, recognizer) in REGISTRY.iter().enumerate() {
            let bit: Mask = 1 << r;
            for word in recognizer.starts.words {
                *by_word.entry(word.to_string()).or_default() |= bit;
            }
            for (class, words) in &class_words {
                if recognizer.starts.classes & class != 0 {
                    for word in words {
                        *by_word.entry(word.to_ascii_lowercase()).or_default() |= bit;
                    }
                }
            }
            for (k, mask) in by_class.iter_mut().enumerate() {
                if recognizer.starts.classes & (1 << k) != 0 {
                    *mask |= bit;
                }
            }
        }
        let filter = FirstByteAndLength::of(by_word.keys().map(String::as_str));
        StartTable {
            by_word,
            by_class,
            filter,
        }
    })
}

/// The recognizers that may start at token `i`.
fn starting_at(doc: &Document, i: usize) -> Mask {
    let table = start_table();
    let word = doc.word(i);
    let class = |bit: u16| table.by_class[bit.trailing_zeros() as usize];
    let mut mask = if table.filter.may_hold(word) {
        table.by_word.get(doc.lowercase(i)).copied().unwrap_or(0)
    } else {
        0
    };
    if doc.is_kind(i, TokenKind::Number) {
        mask |= class(NUMBER);
    }
    // A byte loop, not `contains('-')`: a search call costs more than most words are long.
    if word.bytes().any(|b| b == b'-') {
        mask |= class(HYPHENATED);
    }
    // Month and weekday names, plural weekdays and "FY" all begin with an ASCII capital:
    // most words are done with one test.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return mask;
    }
    if words::month_number(word).is_some() {
        mask |= class(MONTH_NAME);
    }
    if words::weekday_number(word).is_some() {
        mask |= class(WEEKDAY_NAME);
    }
    if plural_weekday(word).is_some() {
        mask |= class(PLURAL_WEEKDAY);
    }
    if word.starts_with("FY") {
        mask |= class(FISCAL_YEAR);
    }
    mask
}

/// The time expression starting at token `i`, if any.
pub(crate) fn match_at(doc: &Document, i: usize) -> Option<Found> {
    let mask = starting_at(doc, i);
    if mask == 0 {
        return None;
    }
    let limit = doc.sentence_of(i).end_token;
    first_match(&Cursor { doc, limit }, i, mask)
}

/// The first recognizer of `mask`, in priority order, that matches at `i`.
fn first_match(c: &Cursor, i: usize, mut mask: Mask) -> Option<Found> {
    while mask != 0 {
        let r = mask.trailing_zeros() as usize;
        if let Some(found) = (REGISTRY[r].find)(c, i) {
            return Some(found);
        }
        mask &= mask - 1;
    }
    None
}

fn qualified(c: &Cursor, i: usize) -> Option<Found> {
    let inner_at = if c.is(i, &["the"])
        && c.is(i + 1, &["end", "middle", "beginning", "start", "close"])
        && c.is(i + 2, &["of"])
    {
        i + 3
    } else if c.is(i, &["early", "late"])
        && c.is_number(i + 1)
        && year_number(c.word(i + 1)).is_some()
    {
        i + 1
    } else {
        return None;
    };
    // Not the qualified form again: "the end of the end of …" must not recurse once per
    // word.
    if inner_at >= c.limit {
        return None;
    }
    // "the end of the month": the unit that holds the reference date.
    if c.is(inner_at, &["the"]) && c.is(inner_at + 1, &["month", "week", "decade", "century"]) {
        let unit = words::Unit::from_word(&c.lower(inner_at + 1))?;
        let meaning = Meaning::UnitOffset { unit, offset: 0 };
        return c.found(i, inner_at + 2, TimexType::Date, meaning);
    }
    let inner = first_match(c, inner_at, starting_at(c.doc, inner_at) & !1)
        .filter(|f| matches!(f.kind, TimexType::Date))?;
    c.found(i, inner.end_token, inner.kind, inner.meaning)
}

#[cfg(test)]
mod tests;

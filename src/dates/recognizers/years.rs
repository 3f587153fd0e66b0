//! Years, decades and centuries: "in 2024", "fiscal 1989", "FY2025", "the year 2000",
//! "nineteen ninety-six", "the 1990s", "the nineties", "the 20th century", "year-end".

use super::cursor::{spelled_year, year_end_may_follow, year_number, Cursor};
use super::{Recognizer, Starts, FISCAL_YEAR, HYPHENATED, NUMBER};
use crate::analysis::TimexType;
use crate::dates::words::{number_value, Unit};
use crate::dates::{Found, Meaning};
pub(super) use crate::vocabulary::time::DECADE_WORDS;
use crate::vocabulary::time::{
    COUNTED, COUNT_MARKERS, OLD_YEAR_PREPOSITIONS, YEAR_NOUNS_AND_VERBS,
};

/// "the year 2000", "the year nineteen ninety", "the year two thousand (and five)".
pub(super) const NAMED_YEAR: Recognizer = Recognizer {
    name: "named_year",
    starts: Starts::words(&["the"]),
    find: named_year,
    #[cfg(test)]
    examples: include_str!("examples/named_year.txt"),
};

/// "the 1990s", "the mid-1990s", "the nineties" — a decade; "the 20th century".
pub(super) const DECADE: Recognizer = Recognizer {
    name: "decade",
    starts: Starts::with(
        &[
            "the",
            "early",
            "late",
            "mid",
            "eighteenth",
            "nineteenth",
            "twentieth",
            "twenty-first",
        ],
        NUMBER | HYPHENATED,
    ),
    find: decade,
    #[cfg(test)]
    examples: include_str!("examples/decade.txt"),
};

/// A year on its own, such as "in 2024", "the 2024 election", "mid-1996" or "nineteen
pub(super) const YEAR: Recognizer = Recognizer {
    name: "year",
    starts: Starts::with(
        &["eighteen", "nineteen", "year-end", "year"],
        NUMBER | HYPHENATED | FISCAL_YEAR,
    ),
    find: year,
    #[cfg(test)]
    examples: include_str!("examples/year.txt"),
};

/// "the 1990s", "the mid-1990s", "the nineties" — a decade; "the 20th century".
pub(super) fn decade(c: &Cursor, i: usize) -> Option<Found> {
    let the = c.is(i, &["the"]);
    let mut start = if the { i + 1 } else { i };
    if c.is(start, &["early", "late", "mid"]) {
        start += 1;
    }
    if let Some(&(_, decade)) = DECADE_WORDS.iter().find(|(w, _)| the && c.is(start, &[w])) {
        return c.found(i, start + 1, TimexType::Date, Meaning::Decade(decade));
    }
    if let Some(number) = century_ordinal(c.word(start)).filter(|_| c.is(start + 1, &["century"])) {
        return c.found(
            i,
            start + 2,
            TimexType::Date,
            Meaning::Century(number as i32 - 1),
        );
    }
    let word = c.word(start);
    let word = word.strip_prefix("mid-").unwrap_or(word);
    // "the '90s", "the 90s": a decade of the last century.
    let (word, short) = match word.strip_prefix(['\'', '’']) {
        // "'90s" as one token, or the apostrophe apart.
        Some("") => (c.word(start + 1), true),
        Some(rest) => (rest, true),
        None => (word, false),
    };
    let start = if short && c.word(start).chars().count() == 1 {
        start + 1
    } else {
        start
    };
    let digits = word.strip_suffix('s')?;
    if digits.len() == 2 && (short || the) && digits.ends_with('0') {
        let tens: u32 = digits.parse().ok().filter(|t| (30..=90).contains(t))?;
        return c.found(
            i,
            start + 1,
            TimexType::Date,
            Meaning::Decade(190 + tens as i32 / 10),
        );
    }
    if digits.len() == 4 && digits.ends_with('0') && year_number(digits).is_some() {
        // "the 1800s" and "the 1900s" are centuries; "the 2000s" the decade.
        let year: i32 = digits.parse().ok()?;
        let meaning = if digits.ends_with("00") && year < 2000 {
            Meaning::Century(year / 100)
        } else {
            Meaning::Decade(year / 10)
        };
        return c.found(i, start + 1, TimexType::Date, meaning);
    }
    None
}

/// The century ordinals written in words, and their numbers.
const CENTURY_WORDS: [(&str, u32); 4] = [
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
];

/// The number of a century ordinal: "20th", "twenty-first".
pub(super) fn century_ordinal(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    if !digits.is_empty() && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th") {
        return digits.parse().ok().filter(|n| (1..=30).contains(n));
    }
    CENTURY_WORDS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// "the year 2000", "the year nineteen ninety", "the year two thousand (and five)".
/// "two thousand" alone is a count, so it is a year only here.
pub(super) fn named_year(c: &Cursor, i: usize) -> Option<Found> {
    let (year, end) = year_after_the_year(c, i)?;
    c.found(i, end, TimexType::Date, Meaning::Year(year))
}

/// The year named after "the year" at token `i`, and the token after it.
pub(super) fn year_after_the_year(c: &Cursor, i: usize) -> Option<(i32, usize)> {
    if !(c.is(i, &["the"]) && c.is(i + 1, &["year"])) {
        return None;
    }
    let at = i + 2;
    if let Some(year) = year_number(c.word(at)).filter(|_| c.is_number(at)) {
        return Some((year, at + 1));
    }
    if let Some(year) = spelled_year(c, at) {
        return Some((year, at + 2));
    }
    if !(c.is(at, &["two"]) && c.is(at + 1, &["thousand"])) {
        return None;
    }
    let units_at = if c.is(at + 2, &["and"]) {
        at + 3
    } else {
        at + 2
    };
    match number_value(&c.lower(units_at)).filter(|n| (1..=99).contains(n)) {
        Some(units) => Some((2000 + units as i32, units_at + 1)),
        None => Some((2000, at + 2)),
    }
}

/// A year on its own, such as "in 2024", "the 2024 election", "mid-1996" or "nineteen
/// ninety-six"; "year-end" is the last day of the year.
pub(super) fn year(c: &Cursor, i: usize) -> Option<Found> {
    if let Some(year) = spelled_year(c, i) {
        return c.found(i, i + 2, TimexType::Date, Meaning::Year(year));
    }
    if let Some(year) = c.word(i).strip_prefix("mid-").and_then(year_number) {
        return c.found(i, i + 1, TimexType::Date, Meaning::Year(year));
    }
    if c.is(i, &["year-end"]) {
        return c.found(
            i,
            i + 1,
            TimexType::Date,
            Meaning::Day {
                year: None,
                month: 12,
                day: 31,
            },
        );
    }
    // "FY2025", "FY25": a fiscal year, written as the year that names it (as "fiscal 2025").
    if let Some(digits) = c
        .word(i)
        .strip_prefix("FY")
        .filter(|d| (d.len() == 4 || d.len() == 2) && d.bytes().all(|b| b.is_ascii_digit()))
    {
        let year = if digits.len() == 2 {
            2000 + digits.parse::<i32>().ok()?
        } else {
            year_number(digits)?
        };
        return c.found(i, i + 1, TimexType::Date, Meaning::Year(year));
    }
    // "by year's end", "at year end": the year (TimeBank's value for the end of a year).
    if c.is(i, &["year"]) && year_end_may_follow(c.doc, i) {
        if c.is(i + 1, &["'s", "’s"]) && c.is(i + 2, &["end"]) {
            return c.found(
                i,
                i + 3,
                TimexType::Date,
                Meaning::UnitOffset {
                    unit: Unit::Year,
                    offset: 0,
                },
            );
        }
        if c.is(i + 1, &["end"]) {
            return c.found(
                i,
                i + 2,
                TimexType::Date,
                Meaning::UnitOffset {
                    unit: Unit::Year,
                    offset: 0,
                },
            );
        }
    }
    if !c.is_number(i) {
        return None;
    }
    let year = year_number(c.word(i))?;
    if !(1800..2100).contains(&year) {
        return None;
    }
    let before = c.lower_before(i);
    let after = c.word(i + 1);
    // A count, not a year: "$2000", "2000%", "2000 troops", "more than 2000 people".
    let counted = after.ends_with('s')
        && after.chars().all(char::is_lowercase)
        && !c.is(i + 1, YEAR_NOUNS_AND_VERBS)
        || COUNTED.contains(&after)
        || COUNT_MARKERS.contains(&&*before)
            && after.chars().next().is_some_and(char::is_lowercase);
    // "1984-85" is a span of seasons, "1984 -- part of" a year before a dash.
    let hyphenated = after == "-"
        && c.doc
            .token(i + 1)
            .is_some_and(|dash| dash.start == c.doc.end(i));
    if counted
        || before == "$"
        || after == "%"
        || hyphenated
        || c.word(i + 1) == "to" && c.is_number(i + 2) && !year_range(c, i, year)
    {
        return None;
    }
    // Years before 1900 only after a preposition ("in 1898").
    if year < 1900 && !OLD_YEAR_PREPOSITIONS.contains(&&*before) {
        return None;
    }
    if before == "fiscal" {
        // TimeBank writes a fiscal year as the calendar year that names it.
        return c.found(i - 1, i + 1, TimexType::Date, Meaning::Year(year));
    }
    c.found(i, i + 1, TimexType::Date, Meaning::Year(year))
}

/// Whether "1991 to 1997" at `i` is a range of years, not of counts ("1500 to 2000
/// people"): the second is a later year and no noun counts it.
pub(super) fn year_range(c: &Cursor, i: usize, year: i32) -> bool {
    let Some(second) = year_number(c.word(i + 2)).filter(|&y| y > year && y - year <= 100) else {
        return false;
    };
    let after = c.word(i + 3);
    second >= 1900
        && !COUNTED.contains(&after)
        && !(after.ends_with('s') && after.chars().all(char::is_lowercase))
}

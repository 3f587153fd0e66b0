//! Recognizes time expressions at a token and says what they mean.
//!
//! Spans follow TimeML: no leading preposition ("on Friday" gives "Friday"), but a
//! leading modifier or article that is part of the expression stays ("earlier this
//! year", "the past two years", "the third quarter").

use super::holidays::{self, Holiday};
use super::words::{compound_number, month_number, number_value, weekday_number, Unit};
use super::{Found, Meaning, YearRef};
use crate::analysis::TimexType;
use crate::text::{Document, TokenKind};
use std::borrow::Cow;

/// Words before a bare month name that make it a date ("in March", not "March on").
const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "early",
    "late",
    "mid",
    "of",
    "through",
    "from",
    "before",
    "after",
    "last",
    "next",
    "this",
    "between",
    "and",
    "to",
    "around",
    "throughout",
    "for",
    "that",
    "every",
    "each",
];

/// Parts of a day: the word and its TIMEX3 code.
const PARTS_OF_DAY: &[(&str, &str)] = &[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
];

/// Ordinals for quarters.
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("final", 4),
    ("last", 4),
];

/// A view of the tokens of one sentence, so no pattern runs past its end.
struct Cursor<'d, 't> {
    doc: &'d Document<'t>,
    limit: usize,
}

impl<'d, 't> Cursor<'d, 't> {
    fn word(&self, i: usize) -> &'t str {
        if i < self.limit {
            self.doc.word(i)
        } else {
            ""
        }
    }

    /// Token `i` in lowercase, borrowed when it already is (most words are).
    fn lower(&self, i: usize) -> Cow<'t, str> {
        let w = self.word(i);
        if w.chars().any(char::is_uppercase) {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    }

    /// Whether token `i` is one of `words` (given in lowercase), in any case.
    fn is(&self, i: usize, words: &[&str]) -> bool {
        let w = self.word(i);
        words
            .iter()
            .any(|candidate| candidate.eq_ignore_ascii_case(w))
    }

    fn is_number(&self, i: usize) -> bool {
        i < self.limit && self.doc.is_kind(i, TokenKind::Number)
    }

    fn found(&self, first: usize, end: usize, kind: TimexType, meaning: Meaning) -> Option<Found> {
        Some(Found {
            first_token: first,
            end_token: end,
            kind,
            meaning,
        })
    }
}

/// How many tokens `Cursor::sentence_mentions` looks through at most.
const MENTION_WINDOW: usize = 400;

/// Whether a lowercase word can begin a time expression; every pattern below starts with
/// one of these, a number, a capitalized word (month, weekday, "Earlier") or a
/// hyphenated word ("two-year", "third-quarter"). A `match` rather than a list scan:
/// this test runs at every token of the text.
fn is_starter(lowercase: &[u8]) -> bool {
    matches!(
        lowercase,
        b"the"
            | b"last"
            | b"next"
            | b"this"
            | b"past"
            | b"previous"
            | b"coming"
            | b"current"
            | b"earlier"
            | b"later"
            | b"early"
            | b"late"
            | b"mid"
            | b"yesterday"
            | b"today"
            | b"tomorrow"
            | b"tonight"
            | b"overnight"
            | b"q1"
            | b"q2"
            | b"q3"
            | b"q4"
            | b"h1"
            | b"h2"
            | b"now"
            | b"currently"
            | b"nowadays"
            | b"recently"
            | b"soon"
            | b"lately"
            | b"daily"
            | b"nightly"
            | b"weekly"
            | b"monthly"
            | b"annually"
            | b"yearly"
            | b"annual"
            | b"quarterly"
            | b"every"
            | b"each"
            | b"recent"
            | b"days"
            | b"weeks"
            | b"months"
            | b"years"
            | b"decades"
            | b"hours"
            | b"minutes"
            | b"centuries"
            | b"nearly"
            | b"almost"
            | b"about"
            | b"around"
            | b"approximately"
            | b"roughly"
            | b"over"
            | b"more"
            | b"less"
            | b"fewer"
            | b"up"
            | b"at"
            | b"no"
            | b"a"
            | b"an"
            | b"some"
            | b"several"
            | b"few"
            | b"many"
            | b"noon"
            | b"midday"
            | b"midnight"
            | b"first"
            | b"second"
            | b"third"
            | b"fourth"
            | b"final"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"half"
            | b"these"
            | b"that"
            | b"christmas"
            | b"eighteenth"
            | b"nineteenth"
            | b"twentieth"
            | b"twenty-first"
            | b"year-end"
            | b"new"
            | b"thanksgiving"
            | b"halloween"
            | b"valentine"
            | b"independence"
            | b"veterans"
            | b"memorial"
            | b"labor"
            | b"easter"
            | b"election"
            | b"martin"
            | b"presidents"
            | b"president's"
            | b"columbus"
            | b"mother"
            | b"father"
            | b"boxing"
            | b"st"
            | b"st."
            | b"saint"
            | b"bastille"
            | b"canada"
            | b"australia"
            | b"remembrance"
            | b"armistice"
            | b"good"
            | b"hundred"
            | b"dozen"
    )
}

/// `word` in ASCII lowercase, copied into `buffer`; `None` for words longer than any
/// starter or not ASCII (no starter is either).
fn ascii_lowercase<'b>(word: &str, buffer: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    if bytes.len() > buffer.len() || !word.is_ascii() {
        return None;
    }
    let copy = &mut buffer[..bytes.len()];
    copy.copy_from_slice(bytes);
    copy.make_ascii_lowercase();
    Some(copy)
}

/// Whether a time expression can start at token `i` (a cheap test before the patterns).
fn could_start(doc: &Document, i: usize) -> bool {
    let word = doc.word(i);
    doc.is_kind(i, TokenKind::Number)
        || word.contains('-')
        || ascii_lowercase(word, &mut [0; 16]).is_some_and(is_starter)
        || month_number(word).is_some()
        || weekday_number(word).is_some()
        || word.starts_with("FY")
        // Not every "year", which is frequent: only where "year's end" can follow.
        || word == "year" && year_end_may_follow(doc, i)
}

/// Whether the word before token `i` can introduce "year's end" or "year end" ("by",
/// "at", "around" …).
fn year_end_may_follow(doc: &Document, i: usize) -> bool {
    let before = doc.word_at(i as isize - 1);
    ["by", "at", "around", "until", "before", "through"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(before))
}

/// The time expression starting at token `i`, if any.
pub(crate) fn match_at(doc: &Document, i: usize) -> Option<Found> {
    if !could_start(doc, i) {
        return None;
    }
    let limit = doc.sentence_of(i).end_token;
    let c = Cursor { doc, limit };
    qualified(&c, i).or_else(|| unqualified(&c, i))
}

/// The time expression starting at token `i` that is not itself qualified (no "the end of").
fn unqualified(c: &Cursor, i: usize) -> Option<Found> {
    quarter_of_year(c, i)
        .or_else(|| half_year(c, i))
        .or_else(|| named_year(c, i))
        .or_else(|| reporting_period(c, i))
        .or_else(|| relative(c, i))
        .or_else(|| season(c, i))
        .or_else(|| holiday(c, i))
        .or_else(|| day_offset(c, i))
        .or_else(|| reference_word(c, i))
        .or_else(|| set(c, i))
        .or_else(|| numeric_date(c, i))
        .or_else(|| month_first(c, i))
        .or_else(|| day_first(c, i))
        .or_else(|| second_day(c, i))
        .or_else(|| weekday(c, i))
        .or_else(|| quarter(c, i))
        .or_else(|| period_shorthand(c, i))
        .or_else(|| qualified_duration(c, i))
        .or_else(|| duration_or_ago(c, i))
        .or_else(|| decade(c, i))
        .or_else(|| year(c, i))
        .or_else(|| clock_time(c, i))
        .or_else(|| vague_amount(c, i))
}

/// "the end of 1990", "the middle of October", "early 1991": the expression qualified,
/// widened to take in its qualifier (TimeML's span), with the value it has alone.
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
    // Not `match_at`: "the end of the end of …" must not recurse once per word.
    let inner = (inner_at < c.limit && could_start(c.doc, inner_at))
        .then(|| unqualified(c, inner_at))
        .flatten()
        .filter(|f| matches!(f.kind, TimexType::Date))?;
    c.found(i, inner.end_token, inner.kind, inner.meaning)
}

/// "last week", "next month", "this year", "earlier this year", "the past two years",
/// "last Tuesday", "late last year".
fn relative(c: &Cursor, i: usize) -> Option<Found> {
    let mut j = i;
    let mut first = i;
    // "the next day", "the following day", "the previous day": a day counted from the last
    // one the article named (a count makes it a duration: "the next two days").
    if c.is(j, &["the"]) && c.is(j + 1, &["next", "following", "previous"]) && c.is(j + 2, &["day"])
    {
        let offset = if c.is(j + 1, &["previous"]) { -1 } else { 1 };
        return c.found(
            j,
            j + 3,
            TimexType::Date,
            Meaning::Anaphoric {
                unit: Unit::Day,
                offset,
            },
        );
    }
    if c.is(j, &["the"])
        && c.is(
            j + 1,
            &["past", "last", "next", "previous", "coming", "first"],
        )
    {
        // "the past two years", "the past week": a duration reaching to the reference.
        let (count, after) = match number_value(c.word(j + 2)) {
            Some(n) if c.word(j + 2) != "a" && c.word(j + 2) != "an" => (Some(n), j + 3),
            _ => (Some(1), j + 2),
        };
        let (count, after) = if c.is(after - 1, &["few", "several"]) {
            (None, after)
        } else {
            (count, after)
        };
        let (count, after) = if c.is(j + 2, &["few", "several", "many"]) {
            (None, j + 3)
        } else {
            (count, after)
        };
        if c.word(j + 1) == "coming" {
            return coming(c, j, j + 2);
        }
        if let Some(unit) = Unit::from_word(c.word(after)) {
            return c.found(
                j,
                after + 1,
                TimexType::Duration,
                Meaning::Fixed(unit.duration(count)),
            );
        }
        return None;
    }
    // "that year", "later that month", "that same day", "the following year": counted
    // from the last one named.
    let anaphor_at = if c.is(j, &["earlier", "later", "early", "late"]) {
        j + 1
    } else {
        j
    };
    let anaphor = if c.is(anaphor_at, &["that"]) && c.is(anaphor_at + 1, &["same"]) {
        Some((0, anaphor_at + 2))
    } else if c.is(anaphor_at, &["that"]) {
        Some((0, anaphor_at + 1))
    } else if c.is(anaphor_at, &["the"]) && c.is(anaphor_at + 1, &["following"]) {
        Some((1, anaphor_at + 2))
    } else {
        None
    };
    if let Some((offset, unit_at)) = anaphor {
        let unit = Unit::from_word(c.word(unit_at))
            .filter(|u| matches!(u, Unit::Year | Unit::Month | Unit::Day))?;
        if unit == Unit::Day && c.word(unit_at) != "day" {
            return None; // "that days" is no phrase; "those days" is vague
        }
        return c.found(
            j,
            unit_at + 1,
            TimexType::Date,
            Meaning::Anaphoric { unit, offset },
        );
    }
    if c.is(j, &["earlier", "later", "early", "late", "mid"])
        && c.is(j + 1, &["this", "last", "next"])
    {
        j += 1;
    } else {
        first = j;
    }
    if c.is(j, &["coming"]) {
        return coming(c, first, j + 1);
    }
    let offset = match c.lower(j).as_ref() {
        "last" | "previous" | "past" => -1,
        "this" | "current" => 0,
        "next" => 1,
        _ => return None,
    };
    let target = c.word(j + 1);
    if let Some(unit) = Unit::from_word(target) {
        if matches!(
            unit,
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Decade | Unit::Century
        ) {
            return None;
        }
        return c.found(
            first,
            j + 2,
            TimexType::Date,
            Meaning::UnitOffset { unit, offset },
        );
    }
    if let Some(weekday) = weekday_number(target).filter(|_| target.len() > 3) {
        return c.found(
            first,
            j + 2,
            TimexType::Date,
            Meaning::Weekday {
                weekday,
                shift: Some(offset),
                part_of_day: None,
            },
        );
    }
    if month_number(target).is_some() && target.starts_with(char::is_uppercase) {
        // "last April", "last Oct. 23"; a year given outright wins ("last May 2024").
        let found = month_first(c, j + 1).or_else(|| {
            c.found(
                j + 1,
                j + 2,
                TimexType::Date,
                Meaning::Month {
                    year: None,
                    month: month_number(target)?,
                },
            )
        })?;
        let meaning = match found.meaning {
            Meaning::Month { year: None, month } => Meaning::ShiftedMonth {
                month,
                day: None,
                shift: offset,
            },
            Meaning::Day {
                year: None,
                month,
                day,
            } => Meaning::ShiftedMonth {
                month,
                day: Some(day),
                shift: offset,
            },
            other => other,
        };
        return c.found(first, found.end_token, TimexType::Date, meaning);
    }
    if offset == -1 && c.is(j, &["last"]) && c.is(j + 1, &["night"]) {
        return c.found(
            first,
            j + 2,
            TimexType::Time,
            Meaning::DayOffset {
                days: -1,
                part_of_day: Some("NI"),
            },
        );
    }
    if offset == 0 && c.is(j, &["this"]) {
        if let Some(&(_, code)) = PARTS_OF_DAY.iter().find(|(w, _)| *w == target) {
            return c.found(
                first,
                j + 2,
                TimexType::Time,
                Meaning::DayOffset {
                    days: 0,
                    part_of_day: Some(code),
                },
            );
        }
    }
    None
}

/// A quarter with its year in front: "the 1988 second quarter", "the 1989 period",
/// "last year's third quarter", "this year's quarter".
fn quarter_of_year(c: &Cursor, i: usize) -> Option<Found> {
    let (year, mut j) = if c.is(i, &["the"]) {
        (YearRef::Absolute(year_number(c.word(i + 1))?), i + 2)
    } else {
        let offset = match c.lower(i).as_ref() {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        if !(c.is(i + 1, &["year"]) && matches!(c.word(i + 2), "'s" | "’s")) {
            return None;
        }
        (YearRef::Offset(offset), i + 3)
    };
    let ordinal = ORDINALS
        .iter()
        .find(|(w, _)| c.is(j, &[w]))
        .map(|&(_, q)| q);
    if ordinal.is_some() {
        j += 1;
    }
    let named = c.is(j, &["quarter"]) || ordinal.is_none() && c.is(j, &["period"]);
    if !named {
        return None;
    }
    c.found(
        i,
        j + 1,
        TimexType::Date,
        Meaning::QuarterIn {
            year,
            quarter: ordinal,
        },
    )
}

/// "the coming week" (the next one) and "coming months" (some time ahead), the unit
/// word at `unit_at`.
fn coming(c: &Cursor, first: usize, unit_at: usize) -> Option<Found> {
    let word = c.word(unit_at);
    let unit = Unit::from_word(word)?;
    if word.ends_with('s') {
        return c.found(
            first,
            unit_at + 1,
            TimexType::Date,
            Meaning::Fixed("FUTURE_REF".into()),
        );
    }
    c.found(
        first,
        unit_at + 1,
        TimexType::Date,
        Meaning::UnitOffset { unit, offset: 1 },
    )
}

/// "the first half of 2025", "the second half of this year", "the first two quarters
/// of 1990": half-years (`2025-H1`).
fn half_year(c: &Cursor, i: usize) -> Option<Found> {
    let mut j = if c.is(i, &["the"]) { i + 1 } else { i };
    let half = match c.lower(j).as_ref() {
        "first" if c.is(j + 1, &["two"]) && c.is(j + 2, &["quarters"]) => {
            j += 1;
            1
        }
        "first" => 1,
        "second" | "last" | "latter" => 2,
        _ => return None,
    };
    if !(c.is(j + 1, &["half", "quarters"]) && c.is(j + 2, &["of"])) {
        return None;
    }
    let year = if let Some(year) = year_number(c.word(j + 3)) {
        YearRef::Absolute(year)
    } else if c.is(j + 3, &["this", "last", "next"]) && c.is(j + 4, &["year"]) {
        YearRef::Offset(match c.lower(j + 3).as_ref() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        })
    } else {
        return None;
    };
    let end = if matches!(year, YearRef::Absolute(_)) {
        j + 4
    } else {
        j + 5
    };
    c.found(i, end, TimexType::Date, Meaning::HalfYear { year, half })
}

/// Financial reporting periods: "the quarter", "the latest quarter", "the year-ago
/// quarter", "year-earlier" (the last completed quarter, or the same one a year
/// before), "the year", "the fiscal year", "the week", "the weekend".
fn reporting_period(c: &Cursor, i: usize) -> Option<Found> {
    let lower = c.lower(i);
    if matches!(lower.as_ref(), "year-earlier" | "year-ago") {
        let in_quarters = c.sentence_mentions("quarter");
        let end = if c.is(i + 1, &["quarter", "period", "level", "levels"]) {
            i + 2
        } else {
            i + 1
        };
        let meaning = if in_quarters {
            Meaning::ReportedQuarter { years_back: 1 }
        } else {
            Meaning::UnitOffset {
                unit: Unit::Year,
                offset: -1,
            }
        };
        return c.found(i, end, TimexType::Date, meaning);
    }
    if !c.is(i, &["the"]) {
        return None;
    }
    let mut j = i + 1;
    let mut years_back = 0;
    if c.is(j, &["current"]) && c.is(j + 1, &["quarter"]) {
        return c.found(
            i,
            j + 2,
            TimexType::Date,
            Meaning::UnitOffset {
                unit: Unit::Quarter,
                offset: 0,
            },
        );
    }
    if c.is(j, &["latest", "recent", "fiscal", "full", "current"]) {
        j += 1;
    } else if c.is(j, &["year-ago", "year-earlier"]) {
        years_back = 1;
        j += 1;
    }
    let after_of = c.is(j + 1, &["of"]) || c.word(j + 1) == "'s" || c.word(j + 1) == "’s";
    match c.lower(j).as_ref() {
        "quarter" | "period"
            if !after_of && (c.word(j) == "quarter" || years_back > 0 || j > i + 1) =>
        {
            c.found(
                i,
                j + 1,
                TimexType::Date,
                Meaning::ReportedQuarter { years_back },
            )
        }
        // "the year ended June 30" is a twelve-month period, not a calendar year.
        "year" if !after_of && years_back == 0 && c.is(j + 1, &["ended", "ending"]) => {
            c.found(i, j + 1, TimexType::Duration, Meaning::Fixed("P1Y".into()))
        }
        "year" if !after_of && years_back == 0 => c.found(
            i,
            j + 1,
            TimexType::Date,
            Meaning::UnitOffset {
                unit: Unit::Year,
                offset: 0,
            },
        ),
        "week" | "weekend" if !after_of && j == i + 1 => {
            let unit = Unit::from_word(c.word(j))?;
            c.found(
                i,
                j + 1,
                TimexType::Date,
                Meaning::UnitOffset { unit, offset: 0 },
            )
        }
        _ => None,
    }
}

/// Seasons: "this summer", "last fall", "next spring".
fn season(c: &Cursor, i: usize) -> Option<Found> {
    if c.is(i, &["the"]) {
        return named_season(c, i);
    }
    // "this past spring" is last spring.
    let (first, at) = if c.is(i, &["this"]) && c.is(i + 1, &["past"]) {
        (i, i + 1)
    } else {
        (i, i)
    };
    let offset = match c.lower(at).as_ref() {
        "this" => 0,
        "last" | "past" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    let code = season_code(&c.lower(at + 1))?;
    c.found(
        first,
        at + 2,
        TimexType::Date,
        Meaning::Season { code, offset },
    )
}

/// The TIMEX3 code of a season's name.
fn season_code(word: &str) -> Option<&'static str> {
    match word {
        "spring" => Some("SP"),
        "summer" => Some("SU"),
        "fall" | "autumn" => Some("FA"),
        "winter" => Some("WI"),
        _ => None,
    }
}

/// "the winter of 1994", and "the summer", "the early summer" after a preposition of time
/// ("well into the summer", "over the summer"): the season of the reference year. Not
/// "the fall of the Berlin Wall" nor "the spring in his step".
fn named_season(c: &Cursor, i: usize) -> Option<Found> {
    let at = if c.is(i + 1, &["early", "late"]) {
        i + 2
    } else {
        i + 1
    };
    let code = season_code(&c.lower(at))?;
    if c.is(at + 1, &["of"]) {
        let year = year_number(c.word(at + 2))
            .filter(|_| c.is_number(at + 2))
            .map(|y| (y, at + 3))
            .or_else(|| spelled_year(c, at + 2).map(|y| (y, at + 4)));
        let (year, end) = year?;
        return c.found(
            i,
            end,
            TimexType::Date,
            Meaning::Fixed(format!("{year:04}-{code}")),
        );
    }
    let before = c.doc.word_at(i as isize - 1).to_lowercase();
    let temporal = matches!(
        before.as_str(),
        "in" | "during" | "over" | "since" | "until" | "by" | "into" | "through" | "throughout"
    );
    let clause_ends = !c.is_word(at + 1) || c.is(at + 1, &["and", "when", "as", "after", "before"]);
    if !(temporal && clause_ends) {
        return None;
    }
    c.found(
        i,
        at + 1,
        TimexType::Date,
        Meaning::Season { code, offset: 0 },
    )
}

/// "Thanksgiving", "Christmas Eve", "last Easter".
fn holiday(c: &Cursor, i: usize) -> Option<Found> {
    let shift = match c.lower(i).as_ref() {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    };
    let at = if shift.is_some() { i + 1 } else { i };
    let words: [&str; holidays::LONGEST_NAME] = std::array::from_fn(|k| c.word(at + k));
    let (holiday, length) = Holiday::named(&words)?;
    c.found(
        i,
        at + length,
        TimexType::Date,
        Meaning::Holiday { holiday, shift },
    )
}

/// "years", "weeks", "hours" on their own: an amount of time of unknown size.
fn vague_amount(c: &Cursor, i: usize) -> Option<Found> {
    let word = c.word(i);
    if !word.ends_with('s') {
        return None;
    }
    let unit = Unit::from_word(word)?;
    if matches!(unit, Unit::Second | Unit::Weekend | Unit::Quarter) {
        return None;
    }
    // After a count the counted pattern has already declined ("37 years old" is an age).
    if c.is(i + 1, &["old"]) || i > 0 && c.doc.is_kind(i - 1, TokenKind::Number) {
        return None;
    }
    c.found(
        i,
        i + 1,
        TimexType::Duration,
        Meaning::Fixed(unit.duration(None)),
    )
}

/// "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "late yesterday".
fn day_offset(c: &Cursor, i: usize) -> Option<Found> {
    const QUALIFIERS: &[&str] = &["late", "early", "earlier", "later"];
    // One qualifier only, so that a run of them costs no more than one.
    if c.is(i, QUALIFIERS) && !c.is(i + 1, QUALIFIERS) {
        let found = day_offset(c, i + 1)?;
        return c.found(i, found.end_token, found.kind, found.meaning);
    }
    let (days, part) = match c.lower(i).as_ref() {
        "yesterday" => (-1, None),
        "today" => (0, None),
        "tomorrow" => (1, None),
        "tonight" => (0, Some("NI")),
        // The night before the reference day; not the adjective of "overnight rates".
        "overnight"
            if !c.is(
                i + 1,
                &[
                    "rate", "rates", "lending", "loan", "loans", "index", "repo", "stay", "stays",
                    "trip", "trips", "flight", "flights", "success", "bag", "shift", "shifts",
                ],
            ) =>
        {
            (-1, Some("NI"))
        }
        _ => return None,
    };
    if let Some(&(_, code)) = PARTS_OF_DAY.iter().find(|(w, _)| *w == c.word(i + 1)) {
        return c.found(
            i,
            i + 2,
            TimexType::Time,
            Meaning::DayOffset {
                days,
                part_of_day: Some(code),
            },
        );
    }
    let kind = if part.is_some() {
        TimexType::Time
    } else {
        TimexType::Date
    };
    c.found(
        i,
        i + 1,
        kind,
        Meaning::DayOffset {
            days,
            part_of_day: part,
        },
    )
}

/// "now", "recently", "currently": TIMEX3 reference values.
fn reference_word(c: &Cursor, i: usize) -> Option<Found> {
    let value = match c.lower(i).as_ref() {
        "now" | "currently" | "nowadays" => "PRESENT_REF",
        "recently" | "lately" => "PAST_REF",
        // "current" and "recent" as adjectives ("current account" excepted), "recent years".
        "current"
            if !c.is(
                i + 1,
                &[
                    "account", "accounts", "affairs", "events", "issue", "issues",
                ],
            ) =>
        {
            "PRESENT_REF"
        }
        "recent" => {
            return match Unit::from_word(c.word(i + 1)) {
                // TimeBank reads "recent weeks" and "recent months" as a vague span up to
                // now, "recent years" and "recent days" as the past.
                Some(unit @ (Unit::Week | Unit::Month)) => c.found(
                    i,
                    i + 2,
                    TimexType::Duration,
                    Meaning::Fixed(unit.duration(None)),
                ),
                Some(Unit::Day | Unit::Year | Unit::Decade) => {
                    c.found(i, i + 2, TimexType::Date, Meaning::Fixed("PAST_REF".into()))
                }
                _ => c.found(i, i + 1, TimexType::Date, Meaning::Fixed("PAST_REF".into())),
            };
        }
        // "will soon move", "may soon seek", "to soon grow", "it soon will": a future the
        // verb next to it says; not "as soon as", "soon after", "the rebels soon took".
        "soon" if soon_is_future(c, i) => "FUTURE_REF",
        "the"
            if c.is(i + 1, &["past"])
                && !c.is_number(i + 2)
                && number_value(c.word(i + 2)).is_none()
                && Unit::from_word(c.word(i + 2)).is_none()
                && !c.is(i + 2, &["few", "several", "many"]) =>
        {
            return c.found(i, i + 2, TimexType::Date, Meaning::Fixed("PAST_REF".into()));
        }
        "these" if c.is(i + 1, &["days"]) => {
            return c.found(
                i,
                i + 2,
                TimexType::Date,
                Meaning::Fixed("PRESENT_REF".into()),
            )
        }
        "the" if c.is(i + 1, &["future"]) && !c.is(i + 2, &["of"]) => {
            return c.found(
                i,
                i + 2,
                TimexType::Date,
                Meaning::Fixed("FUTURE_REF".into()),
            )
        }
        _ => return None,
    };
    // "now" in "right now" and "just now" is still the present; "until now" too.
    c.found(i, i + 1, TimexType::Date, Meaning::Fixed(value.into()))
}

/// Whether "soon" at `i` is carried by a verb that looks ahead: a modal or "to" before it
/// ("may soon seek", "to soon grow", "healthy enough soon"), or "will" after it.
fn soon_is_future(c: &Cursor, i: usize) -> bool {
    let before = c.doc.word_at(i as isize - 1);
    let modal_before = matches!(
        before.to_ascii_lowercase().as_str(),
        "will"
            | "would"
            | "may"
            | "might"
            | "could"
            | "should"
            | "shall"
            | "must"
            | "can"
            | "to"
            | "be"
            | "enough"
    ) || before.ends_with("'ll")
        || before.ends_with("’ll");
    modal_before || c.is(i + 1, &["will", "would", "may", "could", "should"])
}

/// "every week", "each Monday", "daily", "annually", "twice a year".
fn set(c: &Cursor, i: usize) -> Option<Found> {
    let simple = match c.lower(i).as_ref() {
        "daily" | "nightly" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "annually" | "yearly" | "annual" => Some("P1Y"),
        "quarterly" => Some("P3M"),
        _ => None,
    };
    if let Some(value) = simple {
        // Adjectives ("annual report") are not expressions of their own, but TimeBank
        // marks "daily" and "weekly" before a noun ("his daily life", "a weekly address").
        if c.word(i).chars().all(|ch| ch.is_lowercase())
            && (!c.is_word(i + 1) || matches!(c.word(i), "daily" | "weekly"))
        {
            return c.found(i, i + 1, TimexType::Set, Meaning::Fixed(value.into()));
        }
        return None;
    }
    if c.is(i, &["every", "each"]) {
        let target = c.word(i + 1);
        if let Some(unit) = Unit::from_word(target) {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Fixed(unit.duration(Some(1))),
            );
        }
        if let Some(weekday) = weekday_number(target).filter(|_| target.len() > 3) {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Fixed(format!("XXXX-WXX-{weekday}")),
            );
        }
        if let Some(month) = month_number(target)
            .filter(|_| target.starts_with(char::is_uppercase) && !target.ends_with('.'))
        {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Fixed(format!("XXXX-{month:02}")),
            );
        }
        if let (Some(n), Some(unit)) = (number_value(target), Unit::from_word(c.word(i + 2))) {
            if c.word(i + 1) != "a" {
                return c.found(
                    i,
                    i + 3,
                    TimexType::Set,
                    Meaning::Fixed(unit.duration(Some(n))),
                );
            }
        }
    }
    None
}

impl Cursor<'_, '_> {
    /// Whether the sentence around the cursor, or the one before, mentions `word`
    /// (alone or as the end of a hyphenated word: "third-quarter").
    fn sentence_mentions(&self, word: &str) -> bool {
        let s = self.doc.sentence_index(self.limit.saturating_sub(1));
        let first = self.doc.sentence(s.saturating_sub(1)).first_token;
        let end = self.doc.sentence(s).end_token;
        // At most the last few hundred tokens, so that an endless sentence full of
        // "year-earlier" does not make this quadratic.
        let first = first.max(end.saturating_sub(MENTION_WINDOW));
        (first..end).any(|k| {
            let w = self.doc.word(k).as_bytes();
            let tail = w.len().wrapping_sub(word.len());
            w.eq_ignore_ascii_case(word.as_bytes())
                || w.len() > word.len()
                    && w[tail - 1] == b'-'
                    && w[tail..].eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// Whether token `i` is a lowercase word (the next word of a noun phrase).
    fn is_word(&self, i: usize) -> bool {
        i < self.limit
            && self.doc.is_kind(i, TokenKind::Word)
            && self.word(i).chars().next().is_some_and(char::is_lowercase)
    }
}

/// "2025-11-06", "11/06/2025".
fn numeric_date(c: &Cursor, i: usize) -> Option<Found> {
    if !c.is_number(i) {
        return None;
    }
    let w = c.word(i);
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let (year, month, day) = if parts[0].len() == 4 && w.contains('-') {
        (n[0], n[1], n[2])
    } else if parts[2].len() == 4 && w.contains('/') {
        (n[2], n[0], n[1])
    } else {
        return None;
    };
    super::calendar::CalendarDate::new(year as i32, month, day)?;
    c.found(
        i,
        i + 1,
        TimexType::Date,
        Meaning::Day {
            year: Some(year as i32),
            month,
            day,
        },
    )
}

/// A day of month such as "8", "8th" or "22nd".
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !(suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th"))
        || digits.is_empty()
        || digits.len() > 2
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year such as "2025" (1000-2199).
fn year_number(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1000..2200).contains(y))
}

/// "October 8", "Oct. 8, 2025", "March 2024", "in March", "early March", "mid-March".
fn month_first(c: &Cursor, i: usize) -> Option<Found> {
    let first = i;
    let mut j = i;
    let mut word = c.word(j);
    if c.is(j, &["early", "late"]) && month_number(c.word(j + 1)).is_some() {
        j += 1;
        word = c.word(j);
    } else if let Some(rest) = ["mid-", "early-", "late-"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))
    {
        word = rest;
    }
    let month = month_number(word)?;
    if word.starts_with(char::is_lowercase) {
        return None;
    }
    let abbreviated = word.len() <= 4 && word != "May" && word != "June" && word != "July";
    let mut end = j + 1;
    if c.word(end) == "." && abbreviated {
        end += 1;
    }
    if let Some(day) = day_number(c.word(end)).filter(|_| c.is_number(end)) {
        let mut after = end + 1;
        if c.word(after) == "," && year_number(c.word(after + 1)).is_some() {
            after += 1;
        }
        if let Some(year) = year_number(c.word(after)) {
            return c.found(
                first,
                after + 1,
                TimexType::Date,
                Meaning::Day {
                    year: Some(year),
                    month,
                    day,
                },
            );
        }
        return c.found(
            first,
            end + 1,
            TimexType::Date,
            Meaning::Day {
                year: None,
                month,
                day,
            },
        );
    }
    if let Some(year) = year_number(c.word(end)) {
        return c.found(
            first,
            end + 1,
            TimexType::Date,
            Meaning::Month {
                year: Some(year),
                month,
            },
        );
    }
    if let Some(year) = spelled_year(c, end) {
        return c.found(
            first,
            end + 2,
            TimexType::Date,
            Meaning::Month {
                year: Some(year),
                month,
            },
        );
    }
    // "January this year", "June last year".
    if c.is(end, &["this", "last", "next"]) && c.is(end + 1, &["year"]) {
        let offset = match c.lower(end).as_ref() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return c.found(
            first,
            end + 2,
            TimexType::Date,
            Meaning::MonthOfYearOffset { month, offset },
        );
    }
    if abbreviated {
        return None;
    }
    // A bare month name ("March" the walk, "May" the verb) needs a modifier or a
    // preposition before it in the same sentence.
    let has_modifier = j > first || word != c.word(j);
    if !has_modifier {
        let before = c.doc.word_at(i as isize - 1).to_lowercase();
        let same_sentence = i > 0 && c.doc.sentence_index(i - 1) == c.doc.sentence_index(i);
        if !same_sentence || !MONTH_CONTEXT.contains(&before.as_str()) && !modifies_noun(c, i) {
            return None;
        }
    }
    c.found(
        first,
        end,
        TimexType::Date,
        Meaning::Month { year: None, month },
    )
}

/// Whether the month name at `i` modifies the noun after it: "a June agreement", "the
/// October slaying", "his March visit" (not "the March on Washington").
fn modifies_noun(c: &Cursor, i: usize) -> bool {
    let before = c.doc.word_at(i as isize - 1);
    let after = c.word(i + 1);
    // "May" before a noun is most often the name ("the May government").
    matches!(
        before,
        "a" | "an" | "the" | "The" | "its" | "his" | "her" | "their" | "our"
    ) && c.word(i) != "May"
        && c.is_word(i + 1)
        && after.len() > 3
        && after.chars().all(|ch| ch.is_lowercase())
        && !c.is(
            i + 1,
            &[
                "with", "from", "into", "over", "were", "have", "will", "would", "that", "which",
                "when", "where", "said", "says",
            ],
        )
}

/// "8 October", "6 November 2025".
fn day_first(c: &Cursor, i: usize) -> Option<Found> {
    if !c.is_number(i) {
        return None;
    }
    let day = day_number(c.word(i))?;
    let month_word = c.word(i + 1);
    let month = month_number(month_word).filter(|_| month_word.starts_with(char::is_uppercase))?;
    let mut end = i + 2;
    if c.word(end) == "." {
        end += 1;
    }
    if let Some(year) = year_number(c.word(end)) {
        return c.found(
            i,
            end + 1,
            TimexType::Date,
            Meaning::Day {
                year: Some(year),
                month,
                day,
            },
        );
    }
    c.found(
        i,
        i + 2,
        TimexType::Date,
        Meaning::Day {
            year: None,
            month,
            day,
        },
    )
}

/// "Wednesday", "Monday morning", "Wednesday, Nov. 5".
fn weekday(c: &Cursor, i: usize) -> Option<Found> {
    const QUALIFIERS: &[&str] = &["late", "early", "earlier", "later"];
    // "late Tuesday", "earlier Sunday" (TimeML keeps the qualifier); one qualifier only.
    if c.is(i, QUALIFIERS) && !c.is(i + 1, QUALIFIERS) {
        let found = weekday(c, i + 1)?;
        return c.found(i, found.end_token, found.kind, found.meaning);
    }
    let word = c.word(i);
    let weekday =
        weekday_number(word).filter(|_| word.len() > 3 && word.starts_with(char::is_uppercase))?;
    // "Sunday Times" and "Super Tuesday"-like names: a capitalized word right after.
    let next = c.word(i + 1);
    if next.starts_with(char::is_uppercase) && month_number(next).is_none() {
        return None;
    }
    // "Friday, Oct. 13" and "Friday Oct. 13": the date names the day.
    let date_at = if c.word(i + 1) == "," { i + 2 } else { i + 1 };
    if let Some(found) =
        month_first(c, date_at).filter(|f| matches!(f.meaning, Meaning::Day { .. }))
    {
        return c.found(i, found.end_token, TimexType::Date, found.meaning);
    }
    if let Some(&(_, code)) = PARTS_OF_DAY.iter().find(|(w, _)| *w == next) {
        return c.found(
            i,
            i + 2,
            TimexType::Time,
            Meaning::Weekday {
                weekday,
                shift: None,
                part_of_day: Some(code),
            },
        );
    }
    c.found(
        i,
        i + 1,
        TimexType::Date,
        Meaning::Weekday {
            weekday,
            shift: None,
            part_of_day: None,
        },
    )
}

/// The second day of "April 24 and 25": a day of the month just named.
fn second_day(c: &Cursor, i: usize) -> Option<Found> {
    let day = day_number(c.word(i)).filter(|_| c.is_number(i) && i >= 3)?;
    if !(c.is(i - 1, &["and", "or"]) && c.is_number(i - 2) && day_number(c.word(i - 2)).is_some()) {
        return None;
    }
    let month_at = if c.word(i - 3) == "." && i >= 4 {
        i - 4
    } else {
        i - 3
    };
    let month = month_number(c.word(month_at))
        .filter(|_| c.word(month_at).starts_with(char::is_uppercase))?;
    // Not "April 24 and 25 percent".
    if c.word(i + 1).starts_with(char::is_alphanumeric)
        && !c.word(i + 1).starts_with(char::is_uppercase)
        || c.word(i + 1) == "%"
    {
        return None;
    }
    c.found(
        i,
        i + 1,
        TimexType::Date,
        Meaning::Day {
            year: None,
            month,
            day,
        },
    )
}

/// "Q3", "Q3 2024", "H1 2025": the quarter or half in business shorthand, with its year
/// when one follows.
fn period_shorthand(c: &Cursor, i: usize) -> Option<Found> {
    let word = c.word(i);
    let (letter, digit) = (
        word.as_bytes().first().copied()?,
        word.as_bytes().get(1).copied()?,
    );
    if word.len() != 2 || !matches!((letter, digit), (b'Q', b'1'..=b'4') | (b'H', b'1'..=b'2')) {
        return None;
    }
    let number = u32::from(digit - b'0');
    let year = year_number(c.word(i + 1)).filter(|_| c.is_number(i + 1));
    let end = if year.is_some() { i + 2 } else { i + 1 };
    // "H1" alone is too often something else (a visa, a chip); "Q3" alone is a quarter.
    match (letter, year) {
        (b'Q', year) => c.found(
            i,
            end,
            TimexType::Date,
            Meaning::Quarter {
                year,
                quarter: number,
            },
        ),
        (_, Some(year)) => c.found(
            i,
            end,
            TimexType::Date,
            Meaning::HalfYear {
                year: YearRef::Absolute(year),
                half: number,
            },
        ),
        _ => None,
    }
}

/// "the third quarter", "the first quarter of 2025".
fn quarter(c: &Cursor, i: usize) -> Option<Found> {
    // "third-quarter profit": an adjective naming the quarter.
    if let Some((ordinal, "quarter")) = c.lower(i).split_once('-') {
        let &(_, quarter) = ORDINALS.iter().find(|(w, _)| *w == ordinal)?;
        return c.found(
            i,
            i + 1,
            TimexType::Date,
            Meaning::Quarter {
                year: None,
                quarter,
            },
        );
    }
    let start = if c.is(i, &["the"]) { i + 1 } else { i };
    let ordinal = c.lower(start);
    let &(_, quarter) = ORDINALS.iter().find(|(w, _)| *w == ordinal.as_ref())?;
    if !c.is(start + 1, &["quarter"]) {
        return None;
    }
    if c.is(start + 2, &["of"]) {
        if let Some(year) = year_number(c.word(start + 3)) {
            return c.found(
                i,
                start + 4,
                TimexType::Date,
                Meaning::Quarter {
                    year: Some(year),
                    quarter,
                },
            );
        }
    }
    c.found(
        i,
        start + 2,
        TimexType::Date,
        Meaning::Quarter {
            year: None,
            quarter,
        },
    )
}

/// Words before an amount of time that TimeML keeps in the expression ("nearly two
/// years", "more than four hours", "the nine months").
const APPROXIMATORS: &[&[&str]] = &[
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["over"],
    &["the"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["at", "least"],
    &["no", "more", "than"],
    &["a", "few"],
    &["a", "couple", "of"],
    &["some"],
];

/// An amount of time with the words that qualify it in front.
fn qualified_duration(c: &Cursor, i: usize) -> Option<Found> {
    for words in APPROXIMATORS {
        if !words.iter().enumerate().all(|(k, w)| c.is(i + k, &[w])) {
            continue;
        }
        let inner = i + words.len();
        let found = if words.ends_with(&["few"]) || words.ends_with(&["of"]) {
            // "a few years", "a couple of weeks": an amount without a number.
            let unit = Unit::from_word(c.word(inner))?;
            let count = if words.ends_with(&["of"]) {
                Some(2)
            } else {
                None
            };
            if c.is(inner + 1, &["ago"]) {
                return c.found(
                    i,
                    inner + 2,
                    TimexType::Date,
                    Meaning::Ago {
                        unit,
                        count: -(count.unwrap_or(1) as i64),
                    },
                );
            }
            return c.found(
                i,
                inner + 1,
                TimexType::Duration,
                Meaning::Fixed(unit.duration(count)),
            );
        } else {
            duration_or_ago(c, inner)?
        };
        if words == &["the"]
            && (!matches!(found.meaning, Meaning::Fixed(_)) || c.word(inner).contains('-'))
        {
            return None;
        }
        return c.found(i, found.end_token, found.kind, found.meaning);
    }
    None
}

/// "three years", "a decade", "two weeks ago", "22 years old", "a two-year deal".
fn duration_or_ago(c: &Cursor, i: usize) -> Option<Found> {
    // Hyphenated adjective: "two-year", "60-day", "twenty-four-hour".
    if let Some((number, unit)) = c.word(i).rsplit_once('-') {
        // "three-quarters" is a fraction, "8-month-old" an age.
        if let (Some(n), Some(unit)) = (
            number_value(number),
            Unit::from_word(unit).filter(|&u| u != Unit::Quarter),
        ) {
            return c.found(
                i,
                i + 1,
                TimexType::Duration,
                Meaning::Fixed(unit.duration(Some(n))),
            );
        }
        return None;
    }
    // "half an hour", "half a century".
    if c.is(i, &["half"]) && c.is(i + 1, &["a", "an"]) {
        let value = Unit::from_word(c.word(i + 2))?.half()?;
        return c.found(
            i,
            i + 3,
            TimexType::Duration,
            Meaning::Fixed(value.to_string()),
        );
    }
    let word = c.word(i);
    let vague = c.is(i, &["several", "few", "many"]);
    let count = if vague { None } else { number_value(word) };
    if count.is_none() && !vague {
        return None;
    }
    let is_article = c.is(i, &["a", "an"]);
    let mut unit_at = i + 1;
    // "twenty four hours": tens and units written apart.
    let count = match (count, number_value(c.word(unit_at))) {
        (Some(tens), Some(units)) if !c.is_number(i) => compound_number(tens, units)
            .inspect(|_| unit_at += 1)
            .or(Some(tens)),
        _ => count,
    };
    // "2 1/2 years", "two and a half hours".
    let half = if c.word(unit_at) == "1/2" || c.word(unit_at) == "½" {
        1
    } else if c.is(unit_at, &["and"]) && c.is(unit_at + 1, &["a"]) && c.is(unit_at + 2, &["half"]) {
        3
    } else {
        0
    };
    if half > 0 && !vague {
        let unit = Unit::from_word(c.word(unit_at + half))?;
        let value = unit.duration_and_a_half(count?)?;
        return c.found(
            i,
            unit_at + half + 1,
            TimexType::Duration,
            Meaning::Fixed(value),
        );
    }
    if c.is(unit_at, &["more", "full", "half"]) && !is_article {
        unit_at += 1;
    }
    let unit_word = c.word(unit_at);
    let unit = Unit::from_word(unit_word)?;
    if unit == Unit::Quarter && unit_word == "quarter" && c.is(unit_at + 1, &["of"]) {
        return None; // a fraction: "less than a quarter of the donors"
    }
    if count.is_some_and(|n| n >= 1000) && !unit_word.ends_with('s') {
        return None; // a year before a noun, not a count: "the 1988 second quarter"
    }
    let after = unit_at + 1;
    if vague && c.is(after, &["ago"]) {
        // "several years ago": some time back, no telling when.
        return c.found(
            i,
            after + 1,
            TimexType::Date,
            Meaning::Fixed("PAST_REF".into()),
        );
    }
    // ("from a week earlier", "than a day earlier" still compare with a date).
    let compared = || {
        ["from", "than", "with", "since", "to"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(c.doc.word_at(i as isize - 1)))
    };
    if c.is(after, &["earlier", "later"])
        && matches!(
            unit,
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week
        )
        && !compared()
    {
        // "three days later", "an hour earlier" count from the event just told, not from
        // the reference date: the span is the duration (as TimeBank marks it).
        return c.found(
            i,
            after,
            TimexType::Duration,
            Meaning::Fixed(unit.duration(count)),
        );
    }
    // "two weeks from now", "a year from today": counted ahead of the reference date.
    if c.is(after, &["from"]) && c.is(after + 1, &["now", "today"]) && count.is_some() {
        return c.found(
            i,
            after + 2,
            TimexType::Date,
            Meaning::Ago {
                unit,
                count: count.unwrap_or(1) as i64,
            },
        );
    }
    if c.is(after, &["ago", "earlier", "later"]) && count.is_some() {
        let n = count.unwrap_or(1) as i64;
        if unit == Unit::Year
            && n == 1
            && c.word(after) != "later"
            && c.sentence_mentions("quarter")
        {
            // "profit rose from a year earlier" in a quarterly report: that quarter.
            return c.found(
                i,
                after + 1,
                TimexType::Date,
                Meaning::ReportedQuarter { years_back: 1 },
            );
        }
        let count = if c.word(after) == "later" { n } else { -n };
        return c.found(i, after + 1, TimexType::Date, Meaning::Ago { unit, count });
    }
    if is_article {
        // "a year" alone is too often not a duration ("once a year", "a year-end").
        let before = c.doc.word_at(i as isize - 1).to_lowercase();
        if !matches!(
            before.as_str(),
            "for"
                | "over"
                | "within"
                | "nearly"
                | "almost"
                | "about"
                | "than"
                | "in"
                | "after"
                | "took"
                | "spent"
                | "lasted"
                | "past"
                | "barely"
                | "just"
                | "only"
        ) {
            return None;
        }
        // "Just a second", "only a minute": a manner of speaking.
        if matches!(before.as_str(), "just" | "only") && matches!(unit, Unit::Second | Unit::Minute)
        {
            return None;
        }
    }
    // "52 years old" is an age, not a time expression (TimeBank leaves ages out).
    if c.is(after, &["old"]) {
        return None;
    }
    let end = after;
    c.found(
        i,
        end,
        TimexType::Duration,
        Meaning::Fixed(unit.duration(count)),
    )
}

/// Decades of the last century said in words.
const DECADE_WORDS: &[(&str, &str)] = &[
    ("thirties", "193"),
    ("forties", "194"),
    ("fifties", "195"),
    ("sixties", "196"),
    ("seventies", "197"),
    ("eighties", "198"),
    ("nineties", "199"),
];

/// "the 1990s", "the mid-1990s", "the nineties" — a decade; "the 20th century".
fn decade(c: &Cursor, i: usize) -> Option<Found> {
    let the = c.is(i, &["the"]);
    let mut start = if the { i + 1 } else { i };
    if c.is(start, &["early", "late", "mid"]) {
        start += 1;
    }
    if let Some(&(_, value)) = DECADE_WORDS.iter().find(|(w, _)| the && c.is(start, &[w])) {
        return c.found(
            i,
            start + 1,
            TimexType::Date,
            Meaning::Fixed(value.to_string()),
        );
    }
    if let Some(number) = century_ordinal(c.word(start)).filter(|_| c.is(start + 1, &["century"])) {
        return c.found(
            i,
            start + 2,
            TimexType::Date,
            Meaning::Fixed(format!("{:02}", number - 1)),
        );
    }
    let word = c.word(start);
    let word = word.strip_prefix("mid-").unwrap_or(word);
    let digits = word.strip_suffix('s')?;
    if digits.len() == 4 && digits.ends_with('0') && year_number(digits).is_some() {
        return c.found(
            i,
            start + 1,
            TimexType::Date,
            Meaning::Fixed(digits[..3].to_string()),
        );
    }
    None
}

/// The number of a century ordinal: "20th", "twenty-first".
fn century_ordinal(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    if !digits.is_empty() && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th") {
        return digits.parse().ok().filter(|n| (1..=30).contains(n));
    }
    let number = match word.to_ascii_lowercase().as_str() {
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "twenty-first" => 21,
        _ => return None,
    };
    Some(number)
}

/// A year said in words, as broadcast transcripts write it: "nineteen ninety-six".
fn spelled_year(c: &Cursor, i: usize) -> Option<i32> {
    let century = match c.lower(i).as_ref() {
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    };
    let rest = number_value(&c.lower(i + 1)).filter(|n| (10..=99).contains(n))?;
    Some(century * 100 + rest as i32)
}

/// "the year 2000", "the year nineteen ninety", "the year two thousand (and five)".
/// "two thousand" alone is a count, so it is a year only here.
fn named_year(c: &Cursor, i: usize) -> Option<Found> {
    let (year, end) = year_after_the_year(c, i)?;
    c.found(
        i,
        end,
        TimexType::Date,
        Meaning::Fixed(format!("{year:04}")),
    )
}

/// The year named after "the year" at token `i`, and the token after it.
fn year_after_the_year(c: &Cursor, i: usize) -> Option<(i32, usize)> {
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
fn year(c: &Cursor, i: usize) -> Option<Found> {
    if let Some(year) = spelled_year(c, i) {
        return c.found(
            i,
            i + 2,
            TimexType::Date,
            Meaning::Fixed(format!("{year:04}")),
        );
    }
    if let Some(year) = c.word(i).strip_prefix("mid-").and_then(year_number) {
        return c.found(
            i,
            i + 1,
            TimexType::Date,
            Meaning::Fixed(format!("{year:04}")),
        );
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
        return c.found(
            i,
            i + 1,
            TimexType::Date,
            Meaning::Fixed(format!("{year:04}")),
        );
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
    let before = c.doc.word_at(i as isize - 1).to_lowercase();
    let after = c.word(i + 1);
    // A count, not a year: "$2000", "2000%", "2000 troops", "more than 2000 people".
    let counted = after.ends_with('s')
        && after.chars().all(char::is_lowercase)
        && !c.is(
            i + 1,
            &[
                "levels",
                "results",
                "earnings",
                "sales",
                "figures",
                "elections",
                "olympics",
            ],
        )
        || COUNTED.contains(&after)
        || matches!(
            before.as_str(),
            "than"
                | "about"
                | "nearly"
                | "some"
                | "approximately"
                | "almost"
                | "roughly"
                | "$"
                | "£"
                | "€"
        ) && after.chars().next().is_some_and(char::is_lowercase);
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
    if year < 1900
        && !matches!(
            before.as_str(),
            "in" | "since" | "by" | "until" | "from" | "of" | "during" | "before" | "after"
        )
    {
        return None;
    }
    if before == "fiscal" {
        // TimeBank writes a fiscal year as the calendar year that names it.
        return c.found(
            i - 1,
            i + 1,
            TimexType::Date,
            Meaning::Fixed(format!("{year:04}")),
        );
    }
    c.found(
        i,
        i + 1,
        TimexType::Date,
        Meaning::Fixed(format!("{year:04}")),
    )
}

/// Whether "1991 to 1997" at `i` is a range of years, not of counts ("1500 to 2000
/// people"): the second is a later year and no noun counts it.
fn year_range(c: &Cursor, i: usize, year: i32) -> bool {
    let Some(second) = year_number(c.word(i + 2)).filter(|&y| y > year && y - year <= 100) else {
        return false;
    };
    let after = c.word(i + 3);
    second >= 1900
        && !COUNTED.contains(&after)
        && !(after.ends_with('s') && after.chars().all(char::is_lowercase))
}

/// Nouns that, after a four-digit number, make it a count.
const COUNTED: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "police",
    "troops",
    "staff",
    "personnel",
    "feet",
    "metres",
    "meters",
    "km",
    "miles",
    "tons",
    "tonnes",
    "barrels",
    "acres",
    "hectares",
    "yen",
    "dollars",
    "points",
    "votes",
    "jobs",
    "cattle",
    "sheep",
    "fish",
];

/// "3:30 p.m.", "10 a.m. EST", "noon", "midnight".
fn clock_time(c: &Cursor, i: usize) -> Option<Found> {
    if c.is(i, &["noon", "midday"]) {
        return on_day(c, i, i + 1, 12, 0).or_else(|| {
            c.found(
                i,
                i + 1,
                TimexType::Time,
                Meaning::ClockTime {
                    hour: 12,
                    minute: 0,
                },
            )
        });
    }
    if c.is(i, &["midnight"]) {
        return on_day(c, i, i + 1, 24, 0).or_else(|| {
            c.found(
                i,
                i + 1,
                TimexType::Time,
                Meaning::ClockTime { hour: 0, minute: 0 },
            )
        });
    }
    if !c.is_number(i) {
        return None;
    }
    let word = c.word(i);
    let (hour, minute) = match word.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        Some(_) => return None,
        None => (word.parse::<u32>().ok()?, 0),
    };
    let marker = c.lower(i + 1);
    let pm = matches!(marker.as_ref(), "p.m." | "pm" | "p.m");
    let am = matches!(marker.as_ref(), "a.m." | "am" | "a.m");
    if !(am || pm) {
        return None;
    }
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    let hour = match (pm, hour) {
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, 12) => 0,
        (false, h) => h,
    };
    let mut end = i + 2;
    if matches!(
        c.word(end),
        "EST" | "EDT" | "ET" | "GMT" | "UTC" | "PST" | "PDT" | "PT" | "CST" | "CDT" | "CET" | "BST"
    ) {
        end += 1;
    }
    on_day(c, i, end, hour, minute)
        .or_else(|| c.found(i, end, TimexType::Time, Meaning::ClockTime { hour, minute }))
}

/// A clock time ending at `end` followed by the day it falls on: "10 p.m. Wednesday",
/// "5 p.m. EST, Nov. 6", "noon Thursday", "midnight on Dec. 31".
fn on_day(c: &Cursor, first: usize, end: usize, hour: u32, minute: u32) -> Option<Found> {
    let at = if c.word(end) == "," || c.word(end) == "on" {
        end + 1
    } else {
        end
    };
    let day = weekday(c, at)
        .filter(|f| {
            matches!(
                f.meaning,
                Meaning::Weekday {
                    part_of_day: None,
                    ..
                }
            )
        })
        .or_else(|| month_first(c, at).filter(|f| matches!(f.meaning, Meaning::Day { .. })))
        .or_else(|| day_first(c, at))?;
    c.found(
        first,
        day.end_token,
        TimexType::Time,
        Meaning::AtClock {
            day: Box::new(day.meaning),
            hour,
            minute,
        },
    )
}

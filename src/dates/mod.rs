//! Dates and time expressions: finds TIMEX3 expressions (DATE, TIME, DURATION, SET)
//! and resolves each to a normalized value against the reference date.
//!
//! [`recognizers`] recognizes an expression at a token and says what it means (a
//! [`Meaning`]); [`resolve`] turns the meaning into a TIMEX3 value given the reference
//! date and the [`tense`] of the clause.

pub mod calendar;
mod holidays;
pub mod readable;
mod recognizers;
pub mod reference;
mod resolve;
pub mod tense;
pub mod words;

use crate::analysis::{DayRange, TimeExpression, TimexType};
use crate::text::Document;
use calendar::CalendarDate;
use words::Unit;

/// What an expression says before it is placed on the calendar.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Meaning {
    /// The present, the past or the future with no date ("now", "recently", "soon").
    Vague(Direction),
    /// An amount of time: `count` units (unknown when None: "years"), and a half more
    /// with `and_a_half` ("two and a half hours"; "half an hour" is 0 and a half).
    Amount {
        unit: Unit,
        count: Option<u32>,
        and_a_half: bool,
    },
    /// A year named outright ("2025", "fiscal 1989", "the year 2000").
    Year(i32),
    /// A decade by the first three digits of its years ("the 1990s" is 199).
    Decade(i32),
    /// A century by the first two digits of its years ("the 20th century" is 19).
    Century(i32),
    /// A season of a given year ("the winter of 1994", "summer 2026").
    SeasonOfYear { year: i32, code: &'static str },
    /// How often something recurs (a TIMEX3 SET: "every week", "on Mondays").
    Every(Recurrence),
    /// A day, its year unknown when absent ("October 8").
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A month, its year unknown when absent ("in March", "March 2024").
    Month { year: Option<i32>, month: u32 },
    /// "last March" (-1: the latest March before this month), "this March" (0: this
    /// year's), "next March" (+1: the first March after this month); with a day,
    /// "last Oct. 23" is the latest October 23 before the reference date.
    ShiftedMonth {
        month: u32,
        day: Option<u32>,
        shift: i32,
    },
    /// A weekday; `shift` is -1 for "last", +1 for "next", 0 for "this", None for bare.
    Weekday {
        weekday: u32,
        shift: Option<i32>,
        part_of_day: Option<&'static str>,
    },
    /// A day counted from the reference date ("yesterday" is -1), maybe a part of it.
    DayOffset {
        days: i64,
        part_of_day: Option<&'static str>,
    },
    /// The unit containing the reference date, moved by `offset` ("last week" is -1).
    UnitOffset { unit: Unit, offset: i32 },
    /// `count` units before (negative) or after the reference date ("two weeks ago").
    Ago { unit: Unit, count: i64 },
    /// A quarter, its year unknown when absent ("the third quarter").
    Quarter { year: Option<i32>, quarter: u32 },
    /// A clock time on the reference day ("3:30 p.m." -> T15:30); `utc` when the text
    /// says the time is UTC or GMT ("08:30 UTC" -> T08:30Z).
    ClockTime { hour: u32, minute: u32, utc: bool },
    /// A clock time on a given day ("10 p.m. Wednesday", "5 p.m. EST Nov. 9",
    /// "midnight Friday", which is hour 24 of Friday).
    AtClock {
        day: Box<Meaning>,
        hour: u32,
        minute: u32,
        utc: bool,
    },
    /// A month in a year counted from the reference year ("June last year").
    MonthOfYearOffset { month: u32, offset: i32 },
    /// The last quarter completed before the reference date, `years_back` years
    /// earlier ("the quarter", "the year-ago quarter").
    ReportedQuarter { years_back: i32 },
    /// A quarter of a year given or counted from the reference year; the quarter
    /// last reported when not named ("the 1988 quarter", "last year's third quarter").
    QuarterIn { year: YearRef, quarter: Option<u32> },
    /// The first or second half of a year ("the second half of 2025" is `2025-H2`).
    HalfYear { year: YearRef, half: u32 },
    /// A holiday ("Thanksgiving"), `shift` as for weekdays ("last Christmas" is -1).
    Holiday {
        holiday: holidays::Holiday,
        shift: Option<i32>,
    },
    /// A season ("SU", "FA", ...) counted from the reference date's ("last fall" is -1).
    Season { code: &'static str, offset: i32 },
    /// A year, month or day counted from the last one the article named ("that year",
    /// "the following month", "the next day"); `unit` is Year, Month or Day.
    Anaphoric { unit: Unit, offset: i32 },
}

/// Which way a vague reference points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Past,
    Present,
    Future,
}

/// What recurs in a TIMEX3 SET.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Recurrence {
    /// Every `count` units ("every week", "every other week", "every few years": None).
    Units { unit: Unit, count: Option<u32> },
    /// A weekday, ISO-numbered ("each Monday", "on Mondays").
    Weekday(u32),
    /// A month ("every July").
    Month(u32),
    /// A season by its TIMEX3 code ("every spring").
    Season(&'static str),
    /// A part of the day by its TIMEX3 code ("every night").
    PartOfDay(&'static str),
    /// "every weekend".
    Weekend,
}

/// A year named outright or counted from the reference date's year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearRef {
    Absolute(i32),
    Offset(i32),
}

/// An expression found by the patterns: token range, type and meaning.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub first_token: usize,
    pub end_token: usize,
    pub kind: TimexType,
    pub meaning: Meaning,
}

/// Finds every time expression in the document, resolved against `reference` when
/// known (values keep `XXXX` parts or `*_REF` values otherwise).
#[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
pub fn extract(doc: &Document, reference: Option<CalendarDate>) -> Vec<TimeExpression> {
    let mut out = Vec::new();
    let mut i = 0;
    // The last calendar year (and month, and day) the article named, for "that year".
    let mut last_named: Option<resolve::Named> = None;
    // The last whole day named in the current sentence, for a clock time that names no
    // day ("Tuesday in Everett at 18:00 UTC").
    let mut day_in_sentence: Option<(usize, CalendarDate)> = None;
    while i < doc.token_count() {
        match recognizers::match_at(doc, i) {
            Some(found) => {
                let tense = tense::tense_around(doc, found.first_token, found.end_token);
                let sentence = doc.sentence_index(found.first_token);
                let day_named = day_in_sentence
                    .filter(|&(s, _)| s == sentence)
                    .map(|(_, day)| day);
                let value = match found.meaning {
                    Meaning::Anaphoric { unit, offset } => {
                        resolve::anaphoric(unit, offset, last_named, reference)
                    }
                    Meaning::ClockTime { .. } if day_named.is_some() => {
                        resolve::value(&found.meaning, day_named, tense)
                    }
                    _ => resolve::value(&found.meaning, reference, tense),
                };
                if let Some(named) = resolve::named_parts(&value) {
                    last_named = Some(named);
                }
                let range = match found.kind {
                    TimexType::Date | TimexType::Time => readable::day_range(&value),
                    TimexType::Duration | TimexType::Set => None,
                };
                // A value that covers one day names the day for the sentence's clock times.
                if let Some((day, _)) = range.filter(|(first, last)| first == last) {
                    day_in_sentence = Some((sentence, day));
                }
                let span = doc.span(found.first_token, found.end_token);
                out.push(TimeExpression {
                    span,
                    text: span.of(doc.text).to_string(),
                    kind: found.kind,
                    readable: readable::readable(&value, found.kind),
                    range: range.map(|(first, last)| DayRange { first, last }),
                    value,
                });
                i = found.end_token;
            }
            None => i += 1,
        }
    }
    out
}

//! Expressions counted from the reference date or from the last date named: "last
//! week", "earlier this year", "the past two years", "that year", "yesterday", "now".

use super::cursor::{Cursor, PARTS_OF_DAY};
use super::days::month_first;
use super::{Recognizer, Starts};
use crate::analysis::TimexType;
use crate::dates::words::{month_number, number_value, weekday_number, Unit};
use crate::dates::{Direction, Found, Meaning};
use crate::vocabulary::time::NOT_CURRENT_NOUNS;
use crate::vocabulary::time::NOT_OVERNIGHT_NOUNS;
use crate::vocabulary::{
    tense::{FUTURE_AFTER_SOON, FUTURE_BEFORE_SOON},
    time::DAY_QUALIFIERS,
};

/// "last week", "next month", "this year", "earlier this year", "the past two years",
pub(super) const RELATIVE: Recognizer = Recognizer {
    name: "relative",
    starts: Starts::words(&[
        "the", "earlier", "later", "early", "late", "mid", "that", "coming", "last", "previous",
        "past", "this", "current", "next",
    ]),
    find: relative,
    #[cfg(test)]
    examples: include_str!("examples/relative.txt"),
};

/// "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "late yesterday".
pub(super) const DAY_OFFSET: Recognizer = Recognizer {
    name: "day_offset",
    starts: Starts::words(&[
        "late",
        "early",
        "earlier",
        "later",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "overnight",
        "the",
    ]),
    find: day_offset,
    #[cfg(test)]
    examples: include_str!("examples/day_offset.txt"),
};

/// "now", "recently", "currently": TIMEX3 reference values.
pub(super) const REFERENCE_WORD: Recognizer = Recognizer {
    name: "reference_word",
    starts: Starts::words(&[
        "now",
        "currently",
        "nowadays",
        "recently",
        "lately",
        "current",
        "recent",
        "soon",
        "the",
        "these",
        "more",
        "most",
    ]),
    find: reference_word,
    #[cfg(test)]
    examples: include_str!("examples/reference_word.txt"),
};

/// "last week", "next month", "this year", "earlier this year", "the past two years",
/// "last Tuesday", "late last year".
pub(super) fn relative(c: &Cursor, i: usize) -> Option<Found> {
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
        let unit = Unit::from_word(c.word(after))?;
        let single = after == j + 2;
        if single && unit == Unit::Quarter {
            // "the first quarter" is a quarter of the year; "the last quarter" alone is
            // the one last reported ("the last quarter of 2008" is the fourth).
            return match c.lower(j + 1).as_ref() {
                "last" | "past" | "previous" if !c.is(after + 1, &["of"]) => c.found(
                    j,
                    after + 1,
                    TimexType::Date,
                    Meaning::ReportedQuarter { years_back: 0 },
                ),
                _ => None,
            };
        }
        if single && c.is(j + 1, &["previous"]) && matches!(unit, Unit::Year | Unit::Month) {
            // "the previous year": the one before the last named, as "the following year".
            return c.found(
                j,
                after + 1,
                TimexType::Date,
                Meaning::Anaphoric { unit, offset: -1 },
            );
        }
        return c.found(
            j,
            after + 1,
            TimexType::Duration,
            Meaning::Amount {
                unit,
                count,
                and_a_half: false,
            },
        );
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
        // Not "the last hour"; "this century" and "last decade" are calendar units, but
        // "past decade" is an amount of time.
        let long = matches!(unit, Unit::Decade | Unit::Century);
        if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
            || long && offset == -1 && !c.is(j, &["last"])
        {
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

/// "the coming week" (the next one) and "coming months" (some time ahead), the unit
/// word at `unit_at`.
pub(super) fn coming(c: &Cursor, first: usize, unit_at: usize) -> Option<Found> {
    let word = c.word(unit_at);
    let unit = Unit::from_word(word)?;
    if word.ends_with('s') {
        return c.found(
            first,
            unit_at + 1,
            TimexType::Date,
            Meaning::Vague(Direction::Future),
        );
    }
    c.found(
        first,
        unit_at + 1,
        TimexType::Date,
        Meaning::UnitOffset { unit, offset: 1 },
    )
}

/// "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "late yesterday".
pub(super) fn day_offset(c: &Cursor, i: usize) -> Option<Found> {
    // One qualifier only, so that a run of them costs no more than one.
    if c.is(i, DAY_QUALIFIERS) && !c.is(i + 1, DAY_QUALIFIERS) {
        let found = day_offset(c, i + 1)?;
        return c.found(i, found.end_token, found.kind, found.meaning);
    }
    // "the day before yesterday", "the day after tomorrow".
    if c.is(i, &["the"]) && c.is(i + 1, &["day"]) {
        let days = match (c.lower(i + 2).as_ref(), c.lower(i + 3).as_ref()) {
            ("before", "yesterday") => -2,
            ("after", "tomorrow") => 2,
            _ => return None,
        };
        return c.found(
            i,
            i + 4,
            TimexType::Date,
            Meaning::DayOffset {
                days,
                part_of_day: None,
            },
        );
    }
    let (days, part) = match c.lower(i).as_ref() {
        "yesterday" => (-1, None),
        "today" => (0, None),
        "tomorrow" => (1, None),
        "tonight" => (0, Some("NI")),
        // The night before the reference day; not the adjective of "overnight rates".
        "overnight" if !c.is(i + 1, NOT_OVERNIGHT_NOUNS) => (-1, Some("NI")),
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
pub(super) fn reference_word(c: &Cursor, i: usize) -> Option<Found> {
    // "more recently", "most recently": TimeML keeps the adverb's degree.
    if c.is(i, &["more", "most"]) && c.is(i + 1, &["recently"]) {
        return c.found(i, i + 2, TimexType::Date, Meaning::Vague(Direction::Past));
    }
    let direction = match c.lower(i).as_ref() {
        "now" | "currently" | "nowadays" => Direction::Present,
        "recently" | "lately" => Direction::Past,
        // "current" and "recent" as adjectives ("current account" excepted), "recent years".
        "current" if !c.is(i + 1, NOT_CURRENT_NOUNS) => Direction::Present,
        "recent" => {
            return match Unit::from_word(c.word(i + 1)) {
                // TimeBank reads "recent weeks" and "recent months" as a vague span up to
                // now, "recent years" and "recent days" as the past.
                Some(unit @ (Unit::Week | Unit::Month)) => c.found(
                    i,
                    i + 2,
                    TimexType::Duration,
                    Meaning::Amount {
                        unit,
                        count: None,
                        and_a_half: false,
                    },
                ),
                Some(Unit::Day | Unit::Year | Unit::Decade) => {
                    c.found(i, i + 2, TimexType::Date, Meaning::Vague(Direction::Past))
                }
                _ => c.found(i, i + 1, TimexType::Date, Meaning::Vague(Direction::Past)),
            };
        }
        // "will soon move", "may soon seek", "to soon grow", "it soon will": a future the
        // verb next to it says; not "as soon as", "soon after", "the rebels soon took".
        "soon" if soon_is_future(c, i) => Direction::Future,
        "the"
            if c.is(i + 1, &["past"])
                && !c.is_number(i + 2)
                && number_value(c.word(i + 2)).is_none()
                && Unit::from_word(c.word(i + 2)).is_none()
                && !c.is(i + 2, &["few", "several", "many"]) =>
        {
            return c.found(i, i + 2, TimexType::Date, Meaning::Vague(Direction::Past));
        }
        "these" if c.is(i + 1, &["days"]) => {
            return c.found(
                i,
                i + 2,
                TimexType::Date,
                Meaning::Vague(Direction::Present),
            )
        }
        "the" if c.is(i + 1, &["future"]) && !c.is(i + 2, &["of"]) => {
            return c.found(i, i + 2, TimexType::Date, Meaning::Vague(Direction::Future))
        }
        "the" if c.is(i + 1, &["near"]) && c.is(i + 2, &["future"]) => {
            return c.found(i, i + 3, TimexType::Date, Meaning::Vague(Direction::Future))
        }
        _ => return None,
    };
    // "now" in "right now" and "just now" is still the present; "until now" too.
    c.found(i, i + 1, TimexType::Date, Meaning::Vague(direction))
}

/// Whether "soon" at `i` is carried by a verb that looks ahead: a modal or "to" before it
/// ("may soon seek", "to soon grow", "healthy enough soon"), or "will" after it.
pub(super) fn soon_is_future(c: &Cursor, i: usize) -> bool {
    let before = c.doc.word_at(i as isize - 1);
    let modal_before = FUTURE_BEFORE_SOON.contains(&c.doc.lowercase_at(i as isize - 1))
        || before.ends_with("'ll")
        || before.ends_with("’ll");
    modal_before || c.is(i + 1, FUTURE_AFTER_SOON)
}

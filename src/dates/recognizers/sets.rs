//! Repeated times (TIMEX3 SET): "every week", "each Monday", "on Mondays", "every spring",
//! "daily", "annually", "twice a week".

use super::cursor::{Cursor, PARTS_OF_DAY};
use super::periods::season_code;
use super::{plural_weekday, Recognizer, Starts, PLURAL_WEEKDAY};
use crate::analysis::TimexType;
use crate::dates::words::{month_number, number_value, weekday_number, Unit};
use crate::dates::{Found, Meaning, Recurrence};
use crate::text::TokenKind;
use crate::vocabulary::time::NOT_RATE_FOLLOWERS;
use crate::vocabulary::time::RATE_AMOUNTS;

/// "every week", "each Monday", "daily", "annually", "15 a year", "twice a week".
pub(super) const SET: Recognizer = Recognizer {
    name: "set",
    starts: Starts::with(
        &[
            "daily",
            "nightly",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "annual",
            "quarterly",
            "every",
            "each",
            "a",
            "an",
            "per",
        ],
        PLURAL_WEEKDAY,
    ),
    find: set,
    #[cfg(test)]
    examples: include_str!("examples/set.txt"),
};

/// "every week", "each Monday", "daily", "annually", "15 a year", "twice a week".
pub(super) fn set(c: &Cursor, i: usize) -> Option<Found> {
    let every = |unit, count| Recurrence::Units {
        unit,
        count: Some(count),
    };
    let simple = match c.lower(i).as_ref() {
        "daily" | "nightly" => Some(every(Unit::Day, 1)),
        "weekly" => Some(every(Unit::Week, 1)),
        "monthly" => Some(every(Unit::Month, 1)),
        "annually" | "yearly" | "annual" => Some(every(Unit::Year, 1)),
        "quarterly" => Some(every(Unit::Month, 3)),
        _ => None,
    };
    if let Some(value) = simple {
        // Adjectives ("annual report") are not expressions of their own, but TimeBank
        // marks "daily" and "weekly" before a noun ("his daily life", "a weekly address").
        if c.word(i).chars().all(|ch| ch.is_lowercase())
            && (!c.is_word(i + 1) || matches!(c.word(i), "daily" | "weekly"))
        {
            return c.found(i, i + 1, TimexType::Set, Meaning::Every(value));
        }
        return None;
    }
    if c.is(i, &["a", "an", "per"]) {
        return rate(c, i);
    }
    if let Some(weekday) = plural_weekday(c.word(i)) {
        // "on Mondays": every Monday.
        if !c.doc.word_at(i as isize - 1).eq_ignore_ascii_case("on") {
            return None;
        }
        return c.found(
            i,
            i + 1,
            TimexType::Set,
            Meaning::Every(Recurrence::Weekday(weekday)),
        );
    }
    if c.is(i, &["every"]) && c.is(i + 1, &["other"]) {
        // "every other week": every second one.
        let unit = Unit::from_word(c.word(i + 2)).filter(|_| !c.word(i + 2).ends_with('s'))?;
        return c.found(
            i,
            i + 3,
            TimexType::Set,
            Meaning::Every(Recurrence::Units {
                unit,
                count: Some(2),
            }),
        );
    }
    if c.is(i, &["every"]) && c.is(i + 1, &["few", "several"]) {
        // "every few years": now and then, how often unknown.
        let unit = Unit::from_word(c.word(i + 2)).filter(|_| c.word(i + 2).ends_with('s'))?;
        return c.found(
            i,
            i + 3,
            TimexType::Set,
            Meaning::Every(Recurrence::Units { unit, count: None }),
        );
    }
    if c.is(i, &["every", "each"]) {
        let target = c.word(i + 1);
        if let Some(code) = season_code(&c.lower(i + 1)) {
            // "every spring": TimeML's value for a season every year.
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Every(Recurrence::Season(code)),
            );
        }
        if let Some(&(_, code)) = PARTS_OF_DAY.iter().find(|(w, _)| *w == target) {
            // "every night", "each morning".
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Every(Recurrence::PartOfDay(code)),
            );
        }
        if target == "weekend" {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Every(Recurrence::Weekend),
            );
        }
        if let Some(unit) = Unit::from_word(target) {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Every(Recurrence::Units {
                    unit,
                    count: Some(1),
                }),
            );
        }
        if let Some(weekday) = weekday_number(target).filter(|_| target.len() > 3) {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Every(Recurrence::Weekday(weekday)),
            );
        }
        if let Some(month) = month_number(target)
            .filter(|_| target.starts_with(char::is_uppercase) && !target.ends_with('.'))
        {
            return c.found(
                i,
                i + 2,
                TimexType::Set,
                Meaning::Every(Recurrence::Month(month)),
            );
        }
        if let (Some(n), Some(unit)) = (number_value(target), Unit::from_word(c.word(i + 2))) {
            if c.word(i + 1) != "a" {
                return c.found(
                    i,
                    i + 3,
                    TimexType::Set,
                    Meaning::Every(Recurrence::Units {
                        unit,
                        count: Some(n),
                    }),
                );
            }
        }
    }
    None
}

/// "a year", "per day" after an amount: how often (TimeBank's span is the unit with its
/// article, "a year" in "fifty thousand CDs a year"). Not "for a year", "a year ago",
/// "a year earlier", "a day's wages" or "a year of turmoil".
fn rate(c: &Cursor, i: usize) -> Option<Found> {
    let unit = Unit::from_word(c.word(i + 1)).filter(|u| {
        matches!(
            u,
            Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
        )
    })?;
    if c.word(i + 1).ends_with('s') || c.is(i + 2, NOT_RATE_FOLLOWERS) {
        return None;
    }
    let amount = |k: isize| {
        let word = c.doc.word_at(k);
        k >= 0 && c.doc.is_kind(k as usize, TokenKind::Number)
            || number_value(word).is_some_and(|_| !matches!(word, "a" | "an"))
            || RATE_AMOUNTS.iter().any(|w| w.eq_ignore_ascii_case(word))
    };
    let before = i as isize - 1;
    // The amount right before, or a counted noun after it: "fifty thousand CDs a year".
    let counted = c.doc.word_at(before).chars().all(char::is_lowercase)
        || c.doc.word_at(before).ends_with('s');
    if !(amount(before) || counted && amount(before - 1) && !c.doc.word_at(before).is_empty()) {
        return None;
    }
    c.found(
        i,
        i + 2,
        TimexType::Set,
        Meaning::Every(Recurrence::Units {
            unit,
            count: Some(1),
        }),
    )
}

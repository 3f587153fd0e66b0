//! Amounts of time: "three years", "a two-year deal", "decades-long", "nearly two decades", "two weeks
//! ago", "half an hour", "years" on their own.

use super::cursor::Cursor;
use super::{Recognizer, Starts, APPROXIMATOR, HYPHENATED, NUMBER, NUMBER_WORD, UNIT_WORD};
use crate::analysis::TimexType;
use crate::dates::words::{compound_number, number_value, Unit};
use crate::dates::{Direction, Found, Meaning};
use crate::text::TokenKind;
use crate::vocabulary::time::DURATION_OPENERS;

/// An amount of time with the words that qualify it in front.
pub(super) const QUALIFIED_DURATION: Recognizer = Recognizer {
    name: "qualified_duration",
    starts: Starts::with(&[], APPROXIMATOR),
    find: qualified_duration,
    #[cfg(test)]
    examples: include_str!("examples/qualified_duration.txt"),
};

/// "three years", "a decade", "two weeks ago", "22 years old", "a two-year deal".
pub(super) const DURATION_OR_AGO: Recognizer = Recognizer {
    name: "duration_or_ago",
    starts: Starts::with(
        &["half", "several", "few", "many"],
        NUMBER | NUMBER_WORD | HYPHENATED,
    ),
    find: duration_or_ago,
    #[cfg(test)]
    examples: include_str!("examples/duration_or_ago.txt"),
};

/// "years", "weeks", "hours" on their own: an amount of time of unknown size.
pub(super) const VAGUE_AMOUNT: Recognizer = Recognizer {
    name: "vague_amount",
    starts: Starts::with(&[], UNIT_WORD),
    find: vague_amount,
    #[cfg(test)]
    examples: include_str!("examples/vague_amount.txt"),
};

/// Words before an amount of time that TimeML keeps in the expression ("nearly two
/// years", "more than four hours", "the nine months").
pub(super) const APPROXIMATORS: &[&[&str]] = &[
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
pub(super) fn qualified_duration(c: &Cursor, i: usize) -> Option<Found> {
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
                // "a couple of weeks ago" is two weeks back; "a few days ago" some days
                // back, no telling which.
                let meaning = match count {
                    Some(n) => Meaning::Ago {
                        unit,
                        count: -(n as i64),
                    },
                    None => Meaning::Vague(Direction::Past),
                };
                return c.found(i, inner + 2, TimexType::Date, meaning);
            }
            return c.found(
                i,
                inner + 1,
                TimexType::Duration,
                Meaning::Amount {
                    unit,
                    count,
                    and_a_half: false,
                },
            );
        } else {
            duration_or_ago(c, inner)?
        };
        if words == &["the"]
            && (!matches!(found.meaning, Meaning::Amount { .. } | Meaning::Vague(_))
                || c.word(inner).contains('-'))
        {
            return None;
        }
        return c.found(i, found.end_token, found.kind, found.meaning);
    }
    None
}

/// "three years", "a decade", "two weeks ago", "22 years old", "a two-year deal".
pub(super) fn duration_or_ago(c: &Cursor, i: usize) -> Option<Found> {
    // "day-long", "decades-long", "a two-year-long fight": how long, as an adjective.
    if let Some(rest) = c.word(i).strip_suffix("-long") {
        let (unit, count) = match (Unit::from_word(rest), rest.rsplit_once('-')) {
            (Some(unit), _) => (unit, (!rest.ends_with('s')).then_some(1)),
            (None, Some((number, unit))) => (Unit::from_word(unit)?, Some(number_value(number)?)),
            (None, None) => return None,
        };
        let meaning = Meaning::Amount {
            unit,
            count,
            and_a_half: false,
        };
        return c.found(i, i + 1, TimexType::Duration, meaning);
    }
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
                Meaning::Amount {
                    unit,
                    count: Some(n),
                    and_a_half: false,
                },
            );
        }
        // A number word written with a hyphen ("twenty-five years") is read below.
        if number_value(c.word(i)).is_none() {
            return None;
        }
    }
    // "half an hour", "half a century".
    if c.is(i, &["half"]) && c.is(i + 1, &["a", "an"]) {
        let unit = Unit::from_word(c.word(i + 2)).filter(|u| u.halves())?;
        return c.found(
            i,
            i + 3,
            TimexType::Duration,
            Meaning::Amount {
                unit,
                count: Some(0),
                and_a_half: true,
            },
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
        let unit = Unit::from_word(c.word(unit_at + half)).filter(|u| u.halves())?;
        return c.found(
            i,
            unit_at + half + 1,
            TimexType::Duration,
            Meaning::Amount {
                unit,
                count: Some(count?),
                and_a_half: true,
            },
        );
    }
    if c.is(
        unit_at,
        &["more", "full", "half", "straight", "consecutive"],
    ) && !is_article
    {
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
    // "a year and a half": one and a half units.
    if is_article && c.is(after, &["and"]) && c.is(after + 1, &["a"]) && c.is(after + 2, &["half"])
    {
        if !unit.halves() {
            return None;
        }
        let meaning = Meaning::Amount {
            unit,
            count: Some(1),
            and_a_half: true,
        };
        return c.found(i, after + 3, TimexType::Duration, meaning);
    }
    if vague && c.is(after, &["ago"]) {
        // "several years ago": some time back, no telling when.
        return c.found(
            i,
            after + 1,
            TimexType::Date,
            Meaning::Vague(Direction::Past),
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
            Meaning::Amount {
                unit,
                count,
                and_a_half: false,
            },
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
        let before = c.lower_before(i);
        if !DURATION_OPENERS.contains(&&*before) {
            return None;
        }
        // "Just a second", "only a minute": a manner of speaking.
        if matches!(&*before, "just" | "only") && matches!(unit, Unit::Second | Unit::Minute) {
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
        Meaning::Amount {
            unit,
            count,
            and_a_half: false,
        },
    )
}

/// "years", "weeks", "hours" on their own: an amount of time of unknown size.
pub(super) fn vague_amount(c: &Cursor, i: usize) -> Option<Found> {
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
    if c.is(i + 1, &["ago"]) {
        // "years ago": some time back.
        return c.found(i, i + 2, TimexType::Date, Meaning::Vague(Direction::Past));
    }
    c.found(
        i,
        i + 1,
        TimexType::Duration,
        Meaning::Amount {
            unit,
            count: None,
            and_a_half: false,
        },
    )
}

//! Days, weekdays and months: "October 8", "8 October 2025", "2025-11-06", "in March",
//! "Wednesday", "Friday, Oct. 13", the second day of "April 24 and 25".

use super::cursor::{day_number, spelled_year, year_number, Cursor, PARTS_OF_DAY};
use super::{Recognizer, Starts, HYPHENATED, MONTH_NAME, NUMBER, WEEKDAY_NAME};
use crate::analysis::TimexType;
use crate::dates::calendar::CalendarDate;
use crate::dates::words::{month_number, weekday_number};
use crate::dates::{Found, Meaning};
use crate::vocabulary::grammar::DETERMINERS;
use crate::vocabulary::time::NOT_MONTH_MODIFIED;
use crate::vocabulary::time::{DAY_QUALIFIERS, MONTH_CONTEXT};

/// "2025-11-06", "11/06/2025", "7/8/07", "25/12/2024".
pub(super) const NUMERIC_DATE: Recognizer = Recognizer {
    name: "numeric_date",
    starts: Starts::with(&[], NUMBER),
    find: numeric_date,
    #[cfg(test)]
    examples: include_str!("examples/numeric_date.txt"),
};

/// "October 8", "Oct. 8, 2025", "March 2024", "in March", "early March", "mid-March".
pub(super) const MONTH_FIRST: Recognizer = Recognizer {
    name: "month_first",
    starts: Starts::with(&["early", "late"], MONTH_NAME | HYPHENATED),
    find: month_first,
    #[cfg(test)]
    examples: include_str!("examples/month_first.txt"),
};

/// "8 October", "6 November 2025", "the 15th of March".
pub(super) const DAY_FIRST: Recognizer = Recognizer {
    name: "day_first",
    starts: Starts::with(&["the"], NUMBER),
    find: day_first,
    #[cfg(test)]
    examples: include_str!("examples/day_first.txt"),
};

/// The second day of "April 24 and 25": a day of the month just named.
pub(super) const SECOND_DAY: Recognizer = Recognizer {
    name: "second_day",
    starts: Starts::with(&[], NUMBER),
    find: second_day,
    #[cfg(test)]
    examples: include_str!("examples/second_day.txt"),
};

/// "Wednesday", "Monday morning", "Wednesday, Nov. 5".
pub(super) const WEEKDAY: Recognizer = Recognizer {
    name: "weekday",
    starts: Starts::with(&["late", "early", "earlier", "later"], WEEKDAY_NAME),
    find: weekday,
    #[cfg(test)]
    examples: include_str!("examples/weekday.txt"),
};

/// "2025-11-06", "11/06/2025", "7/8/07", "25/12/2024".
pub(super) fn numeric_date(c: &Cursor, i: usize) -> Option<Found> {
    if !c.is_number(i) {
        return None;
    }
    let w = c.word(i);
    // Three parts need exactly two separators: most numbers have none, and skip the split.
    if w.bytes().filter(|&b| b == b'-' || b == b'/').count() != 2 {
        return None;
    }
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
    } else if parts[2].len() == 2 && w.contains('/') && parts[..2].iter().all(|p| p.len() <= 2) {
        // "7/8/07": a two-digit year, in this century up to 50 years on, else the last.
        let year = if n[2] < 50 { 2000 + n[2] } else { 1900 + n[2] };
        (year, n[0], n[1])
    } else {
        return None;
    };
    // Month first as American papers write it, else day first where the month cannot
    // come first ("25/12/2024").
    let (month, day) = if month > 12 && day <= 12 {
        (day, month)
    } else {
        (month, day)
    };
    CalendarDate::new(year as i32, month, day)?;
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

/// "October 8", "Oct. 8, 2025", "March 2024", "in March", "early March", "mid-March".
pub(super) fn month_first(c: &Cursor, i: usize) -> Option<Found> {
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
    // "January this year", "June last year", "January of last year".
    let of = usize::from(c.is(end, &["of"]));
    if c.is(end + of, &["this", "last", "next"]) && c.is(end + of + 1, &["year"]) {
        let offset = match c.lower(end + of).as_ref() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return c.found(
            first,
            end + of + 2,
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
        let before = c.lower_before(i);
        let same_sentence = i > 0 && c.doc.sentence_index(i - 1) == c.doc.sentence_index(i);
        if !same_sentence || !MONTH_CONTEXT.contains(&&*before) && !modifies_noun(c, i) {
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
pub(super) fn modifies_noun(c: &Cursor, i: usize) -> bool {
    let before = c.doc.word_at(i as isize - 1);
    let after = c.word(i + 1);
    // "May" before a noun is most often the name ("the May government").
    (DETERMINERS.contains(&before) || before == "The")
        && c.word(i) != "May"
        && c.is_word(i + 1)
        && after.len() > 3
        && after.chars().all(|ch| ch.is_lowercase())
        && !c.is(i + 1, NOT_MONTH_MODIFIED)
}

/// "8 October", "6 November 2025", "the 15th of March".
pub(super) fn day_first(c: &Cursor, i: usize) -> Option<Found> {
    // "the 15th of March": an ordinal day, "of", the month.
    let (at, month_at) = if c.is(i, &["the"]) && c.is(i + 2, &["of"]) {
        let ordinal = c.word(i + 1);
        if ordinal.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        (i + 1, i + 3)
    } else {
        (i, i + 1)
    };
    if !c.is_number(at) {
        return None;
    }
    let day = day_number(c.word(at))?;
    let month_word = c.word(month_at);
    let month = month_number(month_word).filter(|_| month_word.starts_with(char::is_uppercase))?;
    let mut end = month_at + 1;
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
        month_at + 1,
        TimexType::Date,
        Meaning::Day {
            year: None,
            month,
            day,
        },
    )
}

/// "Wednesday", "Monday morning", "Wednesday, Nov. 5".
pub(super) fn weekday(c: &Cursor, i: usize) -> Option<Found> {
    // "late Tuesday", "earlier Sunday" (TimeML keeps the qualifier); one qualifier only.
    if c.is(i, DAY_QUALIFIERS) && !c.is(i + 1, DAY_QUALIFIERS) {
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
pub(super) fn second_day(c: &Cursor, i: usize) -> Option<Found> {
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

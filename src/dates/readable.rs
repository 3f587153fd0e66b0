//! TIMEX3 values for a reader: the stretch of calendar a value covers (its first and last
//! day) and the value in words ("Wednesday, 5 November 2025", "the weekend of 8–9 November
//! 2025", "every Monday", "3 years"). Written once here, so that the page, the CLI and
//! any other user show the same words.

use super::calendar::{days_in_month, CalendarDate};
use crate::analysis::TimexType;
use crate::vocabulary::time::{MONTHS, ORDINALS, PARTS_OF_DAY, WEEKDAYS};

/// The ordinal word of a quarter's or a half's number ("2" is "second"): the first word
/// the recognizers' ordinal table gives that number.
fn ordinal_word(number: &str) -> Option<&'static str> {
    let number: u32 = number.parse().ok()?;
    ORDINALS
        .iter()
        .find(|&&(_, n)| n == number)
        .map(|&(word, _)| word)
}

/// Season codes, their words and the months they span (meteorological seasons of the
/// northern hemisphere: winter runs from December into the next year).
const SEASONS: &[(&str, &str, u32)] = &[
    ("SP", "spring", 3),
    ("SU", "summer", 6),
    ("FA", "autumn", 9),
    ("WI", "winter", 12),
];

/// Duration units: the TIMEX3 letters, the word and its plural; date units before "T",
/// clock units after it.
const DATE_UNITS: &[(&str, &str, &str)] = &[
    ("L", "millennium", "millennia"),
    ("CE", "century", "centuries"),
    ("DE", "decade", "decades"),
    ("Y", "year", "years"),
    ("Q", "quarter", "quarters"),
    ("M", "month", "months"),
    ("WE", "weekend", "weekends"),
    ("W", "week", "weeks"),
    ("D", "day", "days"),
];
const CLOCK_UNITS: &[(&str, &str, &str)] = &[
    ("H", "hour", "hours"),
    ("M", "minute", "minutes"),
    ("S", "second", "seconds"),
];

/// The word of a part of the day's TIMEX3 code ("NI" is "night"), from the table the
/// recognizers read.
fn part_of_day(code: &str) -> Option<&'static str> {
    PARTS_OF_DAY
        .iter()
        .find(|(_, c)| *c == code)
        .map(|&(word, _)| word)
}

/// The word of a season's code ("FA" is "autumn") and the month it begins.
fn season(code: &str) -> Option<(&'static str, u32)> {
    SEASONS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|&(_, word, first)| (word, first))
}

/// The name of month `number` ("03" is "March").
fn month_name(number: &str) -> Option<&'static str> {
    MONTHS
        .get(number.parse::<usize>().ok()?.wrapping_sub(1))
        .copied()
}

/// The name of ISO weekday `number` ("1" is "Monday").
fn weekday_name(number: &str) -> Option<&'static str> {
    WEEKDAYS
        .get(number.parse::<usize>().ok()?.wrapping_sub(1))
        .copied()
}

/// The first and last day of the calendar a date value covers ("2025-W45" is Monday 3 to
/// Sunday 9 November 2025), for days, weeks, weekends, months, quarters, halves, seasons,
/// years, decades and centuries; None for durations, sets, vague references and values
/// with unknown parts.
pub fn day_range(value: &str) -> Option<(CalendarDate, CalendarDate)> {
    let date = value.split('T').next().unwrap_or(value);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number = |s: &str| s.parse::<i32>().ok().filter(|_| digits(s));
    let month_range = |year: i32, first: u32, months: u32| {
        let last_month = first + months - 1;
        let (end_year, end_month) = (
            year + (last_month as i32 - 1) / 12,
            (last_month - 1) % 12 + 1,
        );
        Some((
            CalendarDate::new(year, first, 1)?,
            CalendarDate::new(end_year, end_month, days_in_month(end_year, end_month))?,
        ))
    };
    let parts: Vec<&str> = date.split('-').collect();
    match parts[..] {
        [century] if century.len() == 2 => {
            let c = number(century)?;
            Some((
                CalendarDate::new(c * 100, 1, 1)?,
                CalendarDate::new(c * 100 + 99, 12, 31)?,
            ))
        }
        [decade] if decade.len() == 3 => {
            let d = number(decade)?;
            Some((
                CalendarDate::new(d * 10, 1, 1)?,
                CalendarDate::new(d * 10 + 9, 12, 31)?,
            ))
        }
        [year] if year.len() == 4 => month_range(number(year)?, 1, 12),
        [year, part] if year.len() == 4 => {
            let year = number(year)?;
            if let Some(week) = part.strip_prefix('W').filter(|w| digits(w)) {
                let monday = iso_week_monday(year, number(week)? as u32)?;
                return Some((monday, monday.add_days(6)));
            }
            if let Some(q) = part.strip_prefix('Q') {
                let q = number(q).filter(|q| (1..=4).contains(q))? as u32;
                return month_range(year, 3 * q - 2, 3);
            }
            if let Some(h) = part.strip_prefix('H') {
                let h = number(h).filter(|h| (1..=2).contains(h))? as u32;
                return month_range(year, 6 * h - 5, 6);
            }
            if let Some((_, first)) = season(part) {
                return month_range(year, first, 3);
            }
            let month = number(part).filter(|_| part.len() == 2)? as u32;
            month_range(year, month, 1)
        }
        [year, week, "WE"] if week.starts_with('W') => {
            let monday = iso_week_monday(number(year)?, number(&week[1..])? as u32)?;
            Some((monday.add_days(5), monday.add_days(6)))
        }
        [year, month, day] if year.len() == 4 && month.len() == 2 && day.len() == 2 => {
            let date =
                CalendarDate::new(number(year)?, number(month)? as u32, number(day)? as u32)?;
            Some((date, date))
        }
        _ => None,
    }
}

/// The Monday of ISO week `week` of `year`.
fn iso_week_monday(year: i32, week: u32) -> Option<CalendarDate> {
    if !(1..=53).contains(&week) {
        return None;
    }
    let jan4 = CalendarDate::new(year, 1, 4)?;
    let monday = jan4.add_days(1 - jan4.weekday() as i64 + 7 * (week as i64 - 1));
    // Week 53 exists only in years that have it.
    (monday.iso_week() == (year, week)).then_some(monday)
}

/// A TIMEX3 value in words for a reader, given its type (a SET `P1W` is "every week", a
/// DURATION `P1W` "1 week"); the value itself when it has no reading here.
pub fn readable(value: &str, kind: TimexType) -> String {
    words(value, kind).unwrap_or_else(|| value.to_string())
}

fn words(value: &str, kind: TimexType) -> Option<String> {
    match value {
        "PRESENT_REF" => return Some("now".into()),
        "PAST_REF" => return Some("some time in the past".into()),
        "FUTURE_REF" => return Some("some time in the future".into()),
        _ => {}
    }
    if kind == TimexType::Set {
        return set_words(value);
    }
    if value.starts_with('P') {
        return duration_words(value);
    }
    let (date, time) = match value.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (value, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let unknown_year = parts.first() == Some(&"XXXX");
    let text = match parts[..] {
        ["XXXX", month, day] if month != "WXX" && day != "XX" => {
            format!(
                "{} {} (year unknown)",
                day.parse::<u32>().ok()?,
                month_name(month)?
            )
        }
        ["XXXX", "WXX", weekday] => {
            let weekday = weekday_name(weekday)?;
            return Some(format!(
                "a {weekday}{} (week unknown)",
                part_of_day_after(time)
            ));
        }
        ["XXXX", part] => match part.strip_prefix('Q') {
            Some(q) => format!("the {} quarter (year unknown)", ordinal_word(q)?),
            None => match season(part) {
                Some((season, _)) => format!("{season} (year unknown)"),
                None => format!("{} (year unknown)", month_name(part)?),
            },
        },
        [_, _, "WE"] => {
            let (first, last) = day_range(date)?;
            format!("the weekend of {}", day_span(first, last))
        }
        [_, week] if week.starts_with('W') && season(week).is_none() => {
            let (first, last) = day_range(date)?;
            format!("the week of {}", day_span(first, last))
        }
        [year, part] if !unknown_year => match (part.as_bytes().first(), part.get(1..)) {
            (Some(b'Q'), Some(q)) => format!("the {} quarter of {year}", ordinal_word(q)?),
            (Some(b'H'), Some(h)) => format!("the {} half of {year}", ordinal_word(h)?),
            _ => match season(part) {
                Some((season, _)) => format!("{season} {year}"),
                None => format!("{} {year}", month_name(part)?),
            },
        },
        [_, _, _] => {
            let (day, _) = day_range(date)?;
            long_day(day)
        }
        [year] if year.len() == 4 => format!("the year {year}"),
        [decade] if decade.len() == 3 && day_range(decade).is_some() => format!("the {decade}0s"),
        [century] if century.len() == 2 && day_range(century).is_some() => {
            format!("the {century}00s")
        }
        _ => return None,
    };
    Some(match time {
        None => text,
        Some(time) => format!("{text}, {}", clock_words(time)?),
    })
}

/// " morning" for a time of `MO`, nothing otherwise.
fn part_of_day_after(time: Option<&str>) -> String {
    time.and_then(part_of_day)
        .map_or(String::new(), |part| format!(" {part}"))
}

/// The time of day after "T": "15:30", "15:30 UTC", "midnight", "morning".
fn clock_words(time: &str) -> Option<String> {
    if let Some(part) = part_of_day(time) {
        return Some(part.to_string());
    }
    let (clock, utc) = match time.strip_suffix('Z') {
        Some(clock) => (clock, " UTC"),
        None => (time, ""),
    };
    let (hour, minute) = clock.split_once(':').unwrap_or((clock, "00"));
    let (hour, minute) = (hour.parse::<u32>().ok()?, minute.parse::<u32>().ok()?);
    if hour == 24 && minute == 0 {
        return Some(format!("midnight{utc}"));
    }
    (hour < 24 && minute < 60).then(|| format!("{hour:02}:{minute:02}{utc}"))
}

/// "Wednesday, 5 November 2025".
fn long_day(day: CalendarDate) -> String {
    let weekday = WEEKDAYS[(day.weekday() as usize + 6) % 7];
    format!(
        "{weekday}, {} {} {}",
        day.day,
        MONTHS[day.month as usize - 1],
        day.year
    )
}

/// "8–9 November 2025", "29 December 2025 – 4 January 2026".
fn day_span(first: CalendarDate, last: CalendarDate) -> String {
    let month = |d: CalendarDate| MONTHS[d.month as usize - 1];
    if first.year != last.year {
        format!(
            "{} {} {} – {} {} {}",
            first.day,
            month(first),
            first.year,
            last.day,
            month(last),
            last.year
        )
    } else if first.month != last.month {
        format!(
            "{} {} – {} {} {}",
            first.day,
            month(first),
            last.day,
            month(last),
            last.year
        )
    } else {
        format!("{}–{} {} {}", first.day, last.day, month(last), last.year)
    }
}

/// A duration in words: "3 years", "1 year, 6 months", "some months", "2 hours, 30 minutes".
fn duration_words(value: &str) -> Option<String> {
    let rest = value.strip_prefix('P')?;
    let (date, clock) = match rest.split_once('T') {
        Some((date, clock)) => (date, clock),
        None => (rest, ""),
    };
    let mut parts = amounts(date, DATE_UNITS)?;
    parts.extend(amounts(clock, CLOCK_UNITS)?);
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The amounts of one part of a duration ("3Y6M" gives "3 years", "6 months").
fn amounts(mut rest: &str, units: &[(&str, &str, &str)]) -> Option<Vec<String>> {
    let mut out = Vec::new();
    while !rest.is_empty() {
        let count_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'X'))?;
        let (count, after) = rest.split_at(count_len);
        let &(letters, one, many) = units
            .iter()
            .find(|(letters, _, _)| after.starts_with(letters))?;
        out.push(match count {
            "" => return None,
            "X" => format!("some {many}"),
            "1" => format!("1 {one}"),
            n => format!("{n} {many}"),
        });
        rest = &after[letters.len()..];
    }
    Some(out)
}

/// A SET value in words: "every Monday", "every July", "every week", "every 2 weeks",
/// "every night", "every spring", "every weekend".
fn set_words(value: &str) -> Option<String> {
    let (date, time) = match value.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (value, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    match parts[..] {
        ["XXXX", "WXX", "WE"] => Some("every weekend".into()),
        ["XXXX", "WXX", weekday] => {
            let weekday = weekday_name(weekday)?;
            Some(format!("every {weekday}{}", part_of_day_after(time)))
        }
        ["XXXX", "XX", "XX"] => Some(format!("every {}", part_of_day(time?)?)),
        ["XXXX", part] => match season(part) {
            Some((season, _)) => Some(format!("every {season}")),
            None => Some(format!("every {}", month_name(part)?)),
        },
        ["XXXX"] => Some("every year".into()),
        _ if value == "P3M" => Some("every quarter".into()),
        _ => {
            let duration = duration_words(value)?;
            Some(
                match (duration.strip_prefix("1 "), duration.strip_prefix("some ")) {
                    (Some(one), _) => format!("every {one}"),
                    (_, Some(few)) => format!("every few {few}"),
                    _ => format!("every {duration}"),
                },
            )
        }
    }
}

#[cfg(test)]
mod tests;

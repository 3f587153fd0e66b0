//! Clock times: "3:30 p.m.", "10 a.m. EST", "noon", "midnight Friday".

use super::cursor::Cursor;
use super::days::{day_first, month_first, weekday};
use super::{Recognizer, Starts, NUMBER};
use crate::analysis::TimexType;
use crate::dates::{Found, Meaning};
use crate::vocabulary::time::TIME_ZONES;

/// "3:30 p.m.", "10 a.m. EST", "noon", "midnight".
pub(super) const CLOCK_TIME: Recognizer = Recognizer {
    name: "clock_time",
    starts: Starts::with(&["noon", "midday", "midnight"], NUMBER),
    find: clock_time,
    #[cfg(test)]
    examples: include_str!("examples/clock_time.txt"),
};

/// "3:30 p.m.", "10 a.m. EST", "noon", "midnight".
pub(super) fn clock_time(c: &Cursor, i: usize) -> Option<Found> {
    if c.is(i, &["noon", "midday"]) {
        return on_day(c, i, i + 1, 12, 0, false).or_else(|| {
            c.found(
                i,
                i + 1,
                TimexType::Time,
                Meaning::ClockTime {
                    hour: 12,
                    minute: 0,
                    utc: false,
                },
            )
        });
    }
    if c.is(i, &["midnight"]) {
        return on_day(c, i, i + 1, 24, 0, false).or_else(|| {
            c.found(
                i,
                i + 1,
                TimexType::Time,
                Meaning::ClockTime {
                    hour: 0,
                    minute: 0,
                    utc: false,
                },
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
    let zone_at = if am || pm { i + 2 } else { i + 1 };
    let zone = TIME_ZONES.iter().find(|&&(z, _)| c.word(zone_at) == z);
    let hour = if am || pm {
        if !(1..=12).contains(&hour) {
            return None;
        }
        match (pm, hour) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        }
    } else if word.contains(':') && zone.is_some() && hour <= 23 {
        // A 24-hour clock with its zone: "08:30 UTC", "18:00 GMT".
        hour
    } else {
        return None;
    };
    if minute > 59 {
        return None;
    }
    let end = if zone.is_some() { zone_at + 1 } else { zone_at };
    let utc = zone.is_some_and(|&(_, utc)| utc);
    on_day(c, i, end, hour, minute, utc).or_else(|| {
        c.found(
            i,
            end,
            TimexType::Time,
            Meaning::ClockTime { hour, minute, utc },
        )
    })
}

/// A clock time ending at `end` followed by the day it falls on: "10 p.m. Wednesday",
/// "5 p.m. EST, Nov. 6", "noon Thursday", "midnight on Dec. 31".
pub(super) fn on_day(
    c: &Cursor,
    first: usize,
    end: usize,
    hour: u32,
    minute: u32,
    utc: bool,
) -> Option<Found> {
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
            utc,
        },
    )
}

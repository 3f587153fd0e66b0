//! Holidays news dates things by ("Thanksgiving", "Christmas Eve", "last Easter"): the
//! name and the day it falls on in a given year.

use super::calendar::{days_in_month, CalendarDate};
use crate::vocabulary::time::HOLIDAY_FIRST_WORDS;

/// A holiday by name; fixed-date ones carry their month and day, moving ones a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// The same day every year (Christmas: 12-25).
    Fixed { month: u32, day: u32 },
    /// The `nth` given weekday of a month (Thanksgiving: 4th Thursday of November);
    /// `nth` 5 means the last one.
    NthWeekday { month: u32, weekday: u32, nth: u32 },
    /// The first given weekday on or after a day of a month (US Election Day: the first
    /// Tuesday from November 2, that is the Tuesday after the first Monday).
    WeekdayFrom { month: u32, day: u32, weekday: u32 },
    /// Easter Sunday moved by `days` (Good Friday: -2).
    Easter { days: i64 },
    /// Thanksgiving (the fourth Thursday of November) moved by `days` (Black Friday: 1).
    AfterThanksgiving { days: i64 },
}

/// The most words a holiday's name takes, as the tokenizer splits them ("Martin Luther
/// King , Jr . Day"): how many words [`Holiday::named`] may read.
pub(crate) const LONGEST_NAME: usize = 7;

impl Holiday {
    /// The holiday named by the words starting at `words[0]` and how many words the name
    /// takes ("Christmas Eve" is two; "New Year 's Day" four, as the tokenizer splits);
    /// `words` holds up to [`LONGEST_NAME`] words.
    pub fn named(words: &[&str]) -> Option<(Holiday, usize)> {
        let word = |k: usize| words.get(k).copied().unwrap_or("");
        // Only names that begin with a word of the list, so that a holiday added below
        // without its first word there fails its own test rather than the recognizer's
        // start table silently.
        if !HOLIDAY_FIRST_WORDS.contains(&word(0)) {
            return None;
        }
        let day_after = |n: usize| if word(n) == "Day" { n + 1 } else { n };
        // "Mother's Day", "Presidents' Day", "Presidents Day": the length up to "Day".
        let day_named = |n: usize| match word(n) {
            "Day" => Some(n + 1),
            "'s" | "’s" | "'" | "’" if word(n + 1) == "Day" => Some(n + 2),
            _ => None,
        };
        let nth_weekday = |month, weekday, nth| Holiday::NthWeekday {
            month,
            weekday,
            nth,
        };
        let holiday = match word(0) {
            "Christmas" if word(1) == "Eve" => (Holiday::Fixed { month: 12, day: 24 }, 2),
            "Christmas" => (Holiday::Fixed { month: 12, day: 25 }, day_after(1)),
            "New" if word(1) == "Year" && matches!(word(2), "'s" | "’s") && word(3) == "Eve" => {
                (Holiday::Fixed { month: 12, day: 31 }, 4)
            }
            "New" if word(1) == "Year" && matches!(word(2), "'s" | "’s") && word(3) == "Day" => {
                (Holiday::Fixed { month: 1, day: 1 }, 4)
            }
            "Thanksgiving" => (
                Holiday::NthWeekday {
                    month: 11,
                    weekday: 4,
                    nth: 4,
                },
                day_after(1),
            ),
            "Halloween" => (Holiday::Fixed { month: 10, day: 31 }, 1),
            "Valentine" if matches!(word(1), "'s" | "’s") && word(2) == "Day" => {
                (Holiday::Fixed { month: 2, day: 14 }, 3)
            }
            "Independence" if word(1) == "Day" => (Holiday::Fixed { month: 7, day: 4 }, 2),
            "Veterans" if word(1) == "Day" => (Holiday::Fixed { month: 11, day: 11 }, 2),
            "Memorial" if word(1) == "Day" => (
                Holiday::NthWeekday {
                    month: 5,
                    weekday: 1,
                    nth: 5,
                },
                2,
            ),
            "Labor" if word(1) == "Day" => (
                Holiday::NthWeekday {
                    month: 9,
                    weekday: 1,
                    nth: 1,
                },
                2,
            ),
            "Easter" if word(1) == "Monday" => (Holiday::Easter { days: 1 }, 2),
            "Easter" => (
                Holiday::Easter { days: 0 },
                if word(1) == "Sunday" { 2 } else { 1 },
            ),
            "Black" if word(1) == "Friday" => (Holiday::AfterThanksgiving { days: 1 }, 2),
            "Cyber" if word(1) == "Monday" => (Holiday::AfterThanksgiving { days: 4 }, 2),
            "Fourth" if word(1) == "of" && word(2) == "July" => {
                (Holiday::Fixed { month: 7, day: 4 }, 3)
            }
            "Juneteenth" => (Holiday::Fixed { month: 6, day: 19 }, 1),
            "Good" if word(1) == "Friday" => (Holiday::Easter { days: -2 }, 2),
            "Election" if word(1) == "Day" => (
                Holiday::WeekdayFrom {
                    month: 11,
                    day: 2,
                    weekday: 2,
                },
                2,
            ),
            "Martin" if word(1) == "Luther" && word(2) == "King" => {
                // "Martin Luther King Day", "… King Jr. Day", "… King, Jr. Day".
                let mut k = 3;
                if word(k) == "," && matches!(word(k + 1), "Jr" | "Jr.") {
                    k += 1;
                }
                if matches!(word(k), "Jr" | "Jr.") {
                    k += 1 + usize::from(word(k + 1) == ".");
                }
                (nth_weekday(1, 1, 3), day_named(k)?)
            }
            "Presidents" | "President's" => (nth_weekday(2, 1, 3), day_named(1)?),
            "Columbus" => (nth_weekday(10, 1, 2), day_named(1)?),
            "Mother" => (nth_weekday(5, 7, 2), day_named(1)?),
            "Father" => (nth_weekday(6, 7, 3), day_named(1)?),
            "Boxing" => (Holiday::Fixed { month: 12, day: 26 }, day_named(1)?),
            "St" | "St." | "Saint" => {
                let patrick = if word(1) == "." { 2 } else { 1 };
                if word(patrick) != "Patrick" {
                    return None;
                }
                (
                    Holiday::Fixed { month: 3, day: 17 },
                    day_named(patrick + 1)?,
                )
            }
            "Bastille" => (Holiday::Fixed { month: 7, day: 14 }, day_named(1)?),
            "Canada" => (Holiday::Fixed { month: 7, day: 1 }, day_named(1)?),
            "Australia" => (Holiday::Fixed { month: 1, day: 26 }, day_named(1)?),
            "Remembrance" | "Armistice" => (Holiday::Fixed { month: 11, day: 11 }, day_named(1)?),
            _ => return None,
        };
        Some(holiday)
    }

    /// The day the holiday falls on in `year`.
    pub fn date_in(self, year: i32) -> Option<CalendarDate> {
        match self {
            Holiday::Fixed { month, day } => CalendarDate::new(year, month, day),
            Holiday::NthWeekday {
                month,
                weekday,
                nth,
            } => {
                let first = CalendarDate::new(year, month, 1)?;
                let first_match = 1 + (weekday as i64 - first.weekday() as i64).rem_euclid(7);
                let mut day = first_match + 7 * (nth.min(5) as i64 - 1);
                if day > days_in_month(year, month) as i64 {
                    day -= 7;
                }
                CalendarDate::new(year, month, day as u32)
            }
            Holiday::WeekdayFrom {
                month,
                day,
                weekday,
            } => {
                let from = CalendarDate::new(year, month, day)?;
                Some(from.add_days((weekday as i64 - from.weekday() as i64).rem_euclid(7)))
            }
            Holiday::Easter { days } => Some(easter_sunday(year)?.add_days(days)),
            Holiday::AfterThanksgiving { days } => Some(
                Holiday::NthWeekday {
                    month: 11,
                    weekday: 4,
                    nth: 4,
                }
                .date_in(year)?
                .add_days(days),
            ),
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm).
fn easter_sunday(year: i32) -> Option<CalendarDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    CalendarDate::new(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(holiday: Holiday, year: i32) -> String {
        holiday.date_in(year).unwrap().to_string()
    }

    #[test]
    fn moving_holidays_fall_on_their_days() {
        assert_eq!(
            date(Holiday::named(&["Thanksgiving"]).unwrap().0, 1999),
            "1999-11-25"
        );
        assert_eq!(
            date(Holiday::named(&["Thanksgiving"]).unwrap().0, 2025),
            "2025-11-27"
        );
        assert_eq!(
            date(Holiday::named(&["Memorial", "Day"]).unwrap().0, 2025),
            "2025-05-26"
        );
        assert_eq!(
            date(Holiday::named(&["Labor", "Day"]).unwrap().0, 2025),
            "2025-09-01"
        );
        assert_eq!(
            date(Holiday::named(&["Easter"]).unwrap().0, 2000),
            "2000-04-23"
        );
        assert_eq!(
            date(Holiday::named(&["Easter"]).unwrap().0, 2025),
            "2025-04-20"
        );
        assert_eq!(
            date(Holiday::named(&["Good", "Friday"]).unwrap().0, 2025),
            "2025-04-18"
        );
        assert_eq!(Holiday::named(&["New", "Year", "'s", "Eve"]).unwrap().1, 4);
        assert_eq!(
            date(Holiday::named(&["Election", "Day"]).unwrap().0, 1998),
            "1998-11-03"
        );
        assert_eq!(
            date(Holiday::named(&["Election", "Day"]).unwrap().0, 2026),
            "2026-11-03"
        );
        assert_eq!(
            date(Holiday::named(&["Election", "Day"]).unwrap().0, 2022),
            "2022-11-08",
            "Nov. 1 was a Tuesday"
        );
        assert_eq!(
            date(Holiday::named(&["Mother", "'s", "Day"]).unwrap().0, 2025),
            "2025-05-11"
        );
        assert_eq!(
            date(Holiday::named(&["Father", "’s", "Day"]).unwrap().0, 2025),
            "2025-06-15"
        );
        assert_eq!(
            date(
                Holiday::named(&["Martin", "Luther", "King", "Jr.", "Day"])
                    .unwrap()
                    .0,
                2025
            ),
            "2025-01-20"
        );
        assert_eq!(
            date(Holiday::named(&["Presidents", "Day"]).unwrap().0, 2025),
            "2025-02-17"
        );
        assert_eq!(
            Holiday::named(&["Martin", "Luther", "King", ",", "Jr", ".", "Day"]).map(|(_, n)| n),
            Some(7)
        );
        assert_eq!(
            Holiday::named(&["Martin", "Luther", "King", "Day"]).map(|(_, n)| n),
            Some(4)
        );
        assert_eq!(Holiday::named(&["Columbus", "Ohio"]), None);
        assert_eq!(Holiday::named(&["Canada", "said"]), None);
    }
}

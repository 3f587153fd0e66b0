//! Places a [`Meaning`] on the calendar: the TIMEX3 value given the reference date and
//! the tense of its clause.

use super::calendar::CalendarDate;
use super::tense::Tense;
use super::words::Unit;
use super::{Direction, Meaning, Recurrence, YearRef};

/// The TIMEX3 value of `meaning`.
pub(crate) fn value(meaning: &Meaning, reference: Option<CalendarDate>, tense: Tense) -> String {
    match (meaning, reference) {
        (&Meaning::Vague(direction), _) => match direction {
            Direction::Past => "PAST_REF",
            Direction::Present => "PRESENT_REF",
            Direction::Future => "FUTURE_REF",
        }
        .to_string(),
        (
            &Meaning::Amount {
                unit,
                count,
                and_a_half,
            },
            _,
        ) => amount(unit, count, and_a_half),
        (&Meaning::Year(year), _) => format!("{year:04}"),
        (&Meaning::Decade(decade), _) => format!("{decade:03}"),
        (&Meaning::Century(century), _) => format!("{century:02}"),
        (&Meaning::SeasonOfYear { year, code }, _) => format!("{year:04}-{code}"),
        (&Meaning::Every(recurrence), _) => recurring(recurrence),
        (
            &Meaning::Day {
                year: Some(year),
                month,
                day,
            },
            _,
        ) => format!("{year:04}-{month:02}-{day:02}"),
        (
            &Meaning::Day {
                year: None,
                month,
                day,
            },
            Some(r),
        ) => {
            // A day within a month of the reference date keeps its year whatever the
            // tense: "Jan. 14" in an article of January 6 is this January.
            let near = CalendarDate::new(r.year, month, day)
                .is_some_and(|d| (d.days_since_epoch() - r.days_since_epoch()).abs() <= 31);
            let tense = if near { Tense::Unknown } else { tense };
            let year = year_by_tense(r, tense, |y| {
                CalendarDate::new(y, month, day).map(|d| d.days_since_epoch())
            });
            format!("{year:04}-{month:02}-{day:02}")
        }
        (
            &Meaning::Day {
                year: None,
                month,
                day,
            },
            None,
        ) => format!("XXXX-{month:02}-{day:02}"),
        (
            &Meaning::Month {
                year: Some(year),
                month,
            },
            _,
        ) => format!("{year:04}-{month:02}"),
        (&Meaning::Month { year: None, month }, Some(r)) => {
            // The month before or after the reference month keeps its year whatever the
            // tense: "November" in an article of October 30 is this November.
            let near = (month as i32 - r.month as i32).abs() <= 1;
            let tense = if near { Tense::Unknown } else { tense };
            let year = year_by_tense(r, tense, |y| {
                let first = CalendarDate::new(y, month, 1)?;
                // Compare months, not days: "in November" said on November 6 is this year.
                Some(if (y, month) == (r.year, r.month) {
                    r.days_since_epoch()
                } else {
                    first.days_since_epoch()
                })
            });
            format!("{year:04}-{month:02}")
        }
        (&Meaning::Month { year: None, month }, None) => format!("XXXX-{month:02}"),
        (&Meaning::ShiftedMonth { month, day, shift }, Some(r)) => {
            // Months compare by month alone, days by month and day.
            let target = (month, day.unwrap_or(0));
            let now = (r.month, if day.is_some() { r.day } else { 0 });
            let year = match shift {
                s if s < 0 => r.year - i32::from(target >= now),
                0 => r.year,
                _ => r.year + i32::from(target <= now),
            };
            match day {
                Some(day) => format!("{year:04}-{month:02}-{day:02}"),
                None => format!("{year:04}-{month:02}"),
            }
        }
        (
            &Meaning::ShiftedMonth {
                month,
                day: Some(day),
                ..
            },
            None,
        ) => format!("XXXX-{month:02}-{day:02}"),
        (
            &Meaning::ShiftedMonth {
                month, day: None, ..
            },
            None,
        ) => format!("XXXX-{month:02}"),
        (
            &Meaning::Quarter {
                year: Some(year),
                quarter,
            },
            _,
        ) => format!("{year:04}-Q{quarter}"),
        (
            &Meaning::Quarter {
                year: None,
                quarter,
            },
            Some(r),
        ) => {
            let (_, current) = r.quarter();
            // News speaks of quarters mostly to report them: a quarter still to come
            // this year is last year's unless the clause looks ahead.
            let year = match tense {
                Tense::Future => r.year,
                _ if quarter > current => r.year - 1,
                _ => r.year,
            };
            format!("{year:04}-Q{quarter}")
        }
        (
            &Meaning::Quarter {
                year: None,
                quarter,
            },
            None,
        ) => format!("XXXX-Q{quarter}"),
        (
            &Meaning::Weekday {
                weekday,
                shift,
                part_of_day,
            },
            Some(r),
        ) => with_part(
            weekday_date(r, weekday, shift, tense).to_string(),
            part_of_day,
        ),
        (
            &Meaning::Weekday {
                weekday,
                part_of_day,
                ..
            },
            None,
        ) => with_part(format!("XXXX-WXX-{weekday}"), part_of_day),
        (&Meaning::DayOffset { days, part_of_day }, Some(r)) => {
            with_part(r.add_days(days).to_string(), part_of_day)
        }
        (&Meaning::DayOffset { days, .. }, None) => direction_ref(days).to_string(),
        // "the weekend" early in the week is the one just past, unless the clause looks ahead.
        (
            &Meaning::UnitOffset {
                unit: Unit::Weekend,
                offset: 0,
            },
            Some(r),
        ) if tense != Tense::Future && r.weekday() <= 4 => unit_value(r, Unit::Weekend, -1),
        (&Meaning::UnitOffset { unit, offset }, Some(r)) => unit_value(r, unit, offset as i64),
        (&Meaning::UnitOffset { offset, .. }, None) => direction_ref(offset as i64).to_string(),
        (&Meaning::Ago { unit, count }, Some(r)) => unit_value(r, unit, count),
        (&Meaning::Ago { count, .. }, None) => direction_ref(count).to_string(),
        (&Meaning::ClockTime { hour, minute, utc }, Some(r)) => {
            format!("{r}T{hour:02}:{minute:02}{}", zone(utc))
        }
        (&Meaning::ClockTime { hour, minute, utc }, None) => {
            format!("XXXX-XX-XXT{hour:02}:{minute:02}{}", zone(utc))
        }
        (
            Meaning::AtClock {
                day,
                hour,
                minute,
                utc,
            },
            _,
        ) => {
            let day = value(day, reference, tense);
            format!("{day}T{hour:02}:{minute:02}{}", zone(*utc))
        }
        (&Meaning::MonthOfYearOffset { month, offset }, Some(r)) => {
            format!("{:04}-{month:02}", r.year + offset)
        }
        (&Meaning::MonthOfYearOffset { month, .. }, None) => format!("XXXX-{month:02}"),
        (&Meaning::ReportedQuarter { years_back }, Some(r)) => {
            // Results are reported after a quarter ends: the quarter of six weeks ago.
            let (year, quarter) = r.add_days(-45).quarter();
            format!("{:04}-Q{quarter}", year - years_back)
        }
        (&Meaning::ReportedQuarter { .. }, None) => "XXXX-QX".to_string(),
        (&Meaning::HalfYear { year, half }, reference) => {
            format!("{}-H{half}", year_text(year, reference))
        }
        (&Meaning::QuarterIn { year, quarter }, reference) => {
            let year = year_text(year, reference);
            // Without its number, the quarter is the one reports speak of now.
            let quarter = match (quarter, reference) {
                (Some(q), _) => q.to_string(),
                (None, Some(r)) => r.add_days(-45).quarter().1.to_string(),
                (None, None) => "X".to_string(),
            };
            format!("{year}-Q{quarter}")
        }
        (&Meaning::Holiday { holiday, shift }, Some(r)) => {
            let this_year = holiday.date_in(r.year);
            let year = match (shift, this_year) {
                (Some(s), Some(d)) if s < 0 => r.year - i32::from(d >= r),
                (Some(s), Some(d)) if s > 0 => r.year + i32::from(d <= r),
                (Some(_), _) => r.year,
                (None, _) => year_by_tense(r, tense, |y| {
                    holiday.date_in(y).map(|d| d.days_since_epoch())
                }),
            };
            holiday
                .date_in(year)
                .map_or_else(|| format!("{year:04}"), |d| d.to_string())
        }
        (Meaning::Holiday { .. }, None) => "XXXX-XX-XX".to_string(),
        (&Meaning::Season { code, offset }, Some(r)) => {
            format!("{:04}-{code}", season_year(r, code, offset))
        }
        (&Meaning::Season { code, .. }, None) => format!("XXXX-{code}"),
        (&Meaning::Anaphoric { unit, offset }, reference) => {
            anaphoric(unit, offset, None, reference)
        }
    }
}

/// "that year", "the following month": counted from the last year (and month) the
/// article named, else from the reference date.
pub(crate) fn anaphoric(
    unit: Unit,
    offset: i32,
    last_named: Option<Named>,
    reference: Option<CalendarDate>,
) -> String {
    let anchor = last_named.or(reference.map(|r| Named {
        year: r.year,
        month: Some(r.month),
        day: Some(r.day),
    }));
    match (unit, anchor) {
        (
            Unit::Day,
            Some(Named {
                year,
                month: Some(month),
                day: Some(day),
            }),
        ) => match CalendarDate::new(year, month, day) {
            Some(date) => date.add_days(offset as i64).to_string(),
            None => "XXXX-XX-XX".to_string(),
        },
        (Unit::Day, _) => "XXXX-XX-XX".to_string(),
        (
            Unit::Month,
            Some(Named {
                year,
                month: Some(month),
                ..
            }),
        ) => {
            let months = year * 12 + month as i32 - 1 + offset;
            format!(
                "{:04}-{:02}",
                months.div_euclid(12),
                months.rem_euclid(12) + 1
            )
        }
        (Unit::Month, _) => "XXXX-XX".to_string(),
        (_, Some(Named { year, .. })) => format!("{:04}", year + offset),
        (_, None) => "XXXX".to_string(),
    }
}

/// The calendar parts a TIMEX3 value names: its year, and its month and day when given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Named {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// The year, month and day a TIMEX3 date value names ("1998-10-23" gives all three,
/// "1998-10" two), for values that name a calendar year at all.
pub(crate) fn named_parts(value: &str) -> Option<Named> {
    let year = value
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?
        .parse()
        .ok()?;
    let part = |at: usize| {
        value
            .get(at..at + 3)
            .and_then(|m| m.strip_prefix('-'))
            .and_then(|m| m.parse::<u32>().ok())
    };
    let month = part(4).filter(|m| (1..=12).contains(m));
    let day = month.and(part(7)).filter(|d| (1..=31).contains(d));
    Some(Named { year, month, day })
}

/// A year given or counted from the reference date's, `XXXX` when there is none.
fn year_text(year: YearRef, reference: Option<CalendarDate>) -> String {
    match (year, reference) {
        (YearRef::Absolute(year), _) => format!("{year:04}"),
        (YearRef::Offset(offset), Some(r)) => format!("{:04}", r.year + offset),
        (YearRef::Offset(_), None) => "XXXX".to_string(),
    }
}

/// The year of "this", "last" or "next" season `code` seen from the reference date: the
/// one containing it (or of its year), the latest one already over, or the first one
/// still to begin. Winter is named after the year of its December.
fn season_year(r: CalendarDate, code: &str, offset: i32) -> i32 {
    let start_month = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };
    // Months counted from year 0; a season lasts three months from its start.
    let now = r.year * 12 + r.month as i32 - 1;
    let start = |year: i32| year * 12 + start_month - 1;
    match offset {
        0 => (r.year - 1..=r.year)
            .rev()
            .find(|&y| start(y) <= now && now < start(y) + 3)
            .unwrap_or(r.year),
        o if o < 0 => (r.year - 2..=r.year)
            .rev()
            .find(|&y| start(y) + 3 <= now)
            .unwrap_or(r.year - 1),
        _ => (r.year..=r.year + 1)
            .find(|&y| start(y) > now)
            .unwrap_or(r.year + 1),
    }
}

fn direction_ref(offset: i64) -> &'static str {
    match offset {
        o if o < 0 => "PAST_REF",
        0 => "PRESENT_REF",
        _ => "FUTURE_REF",
    }
}

fn with_part(date: String, part_of_day: Option<&str>) -> String {
    match part_of_day {
        Some(part) => format!("{date}T{part}"),
        None => date,
    }
}

/// The year that puts a yearless date on the side of the reference date the tense
/// points to; `day_of` gives the candidate's day number in a year.
fn year_by_tense(r: CalendarDate, tense: Tense, day_of: impl Fn(i32) -> Option<i64>) -> i32 {
    let today = r.days_since_epoch();
    let Some(this_year) = day_of(r.year) else {
        return r.year;
    };
    match tense {
        Tense::Past if this_year > today => r.year - 1,
        Tense::Future if this_year < today => r.year + 1,
        // Without a cue, the nearer of this year's and the neighbouring year's.
        Tense::Unknown | Tense::Present if this_year - today > 183 => r.year - 1,
        Tense::Unknown | Tense::Present if today - this_year > 183 => r.year + 1,
        _ => r.year,
    }
}

/// The date of a weekday near the reference date.
fn weekday_date(r: CalendarDate, weekday: u32, shift: Option<i32>, tense: Tense) -> CalendarDate {
    let current = r.weekday() as i64;
    let target = weekday as i64;
    let back = (current - target).rem_euclid(7); // days back to the latest such day, 0..6
    let forward = (target - current).rem_euclid(7); // days ahead to the next such day, 0..6
    match shift {
        Some(-1) => r.add_days(-if back == 0 { 7 } else { back }),
        Some(1) => r.add_days(if forward == 0 { 7 } else { forward }),
        Some(_) => r.add_days(target - current), // "this Friday": in the reference week
        // News mostly reports what happened: without a future cue, a weekday is the
        // latest one (today included).
        None => match tense {
            Tense::Future => r.add_days(forward),
            // "Arafat meets Albright Monday": the present tense of news schedules.
            Tense::Present if forward < back => r.add_days(forward),
            _ => r.add_days(-back),
        },
    }
}

/// The value of the `unit` containing the reference date, moved `offset` units.
fn unit_value(r: CalendarDate, unit: Unit, offset: i64) -> String {
    match unit {
        Unit::Day => r.add_days(offset).to_string(),
        Unit::Week | Unit::Weekend => {
            let (year, week) = r.add_days(7 * offset).iso_week();
            let suffix = if unit == Unit::Weekend { "-WE" } else { "" };
            format!("{year:04}-W{week:02}{suffix}")
        }
        Unit::Month => {
            let (year, month) = r.add_months(offset as i32);
            format!("{year:04}-{month:02}")
        }
        Unit::Quarter => {
            let (year, month) = r.add_months(3 * offset as i32);
            format!("{year:04}-Q{}", (month - 1) / 3 + 1)
        }
        Unit::Year => format!("{:04}", r.year as i64 + offset),
        Unit::Decade => format!("{:03}", (r.year as i64 + 10 * offset).div_euclid(10)),
        Unit::Century => format!("{:02}", (r.year as i64 + 100 * offset).div_euclid(100)),
        Unit::Hour | Unit::Minute | Unit::Second => direction_ref(offset).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Option<CalendarDate> {
        CalendarDate::parse("2025-11-06")
    }

    #[test]
    fn a_past_wednesday_is_the_day_before_a_thursday_reference() {
        let wednesday = Meaning::Weekday {
            weekday: 3,
            shift: None,
            part_of_day: None,
        };
        assert_eq!(value(&wednesday, reference(), Tense::Past), "2025-11-05");
        assert_eq!(value(&wednesday, reference(), Tense::Future), "2025-11-12");
    }

    #[test]
    fn last_week_is_the_previous_iso_week() {
        let last_week = Meaning::UnitOffset {
            unit: Unit::Week,
            offset: -1,
        };
        assert_eq!(value(&last_week, reference(), Tense::Past), "2025-W44");
        assert_eq!(value(&last_week, None, Tense::Past), "PAST_REF");
    }

    #[test]
    fn a_yearless_day_takes_the_year_its_tense_implies() {
        let december = Meaning::Day {
            year: None,
            month: 12,
            day: 20,
        };
        assert_eq!(value(&december, reference(), Tense::Past), "2024-12-20");
        assert_eq!(value(&december, reference(), Tense::Future), "2025-12-20");
        assert_eq!(value(&december, None, Tense::Past), "XXXX-12-20");
        let soon = Meaning::Day {
            year: None,
            month: 11,
            day: 20,
        };
        assert_eq!(
            value(&soon, reference(), Tense::Past),
            "2025-11-20",
            "within a month the year stays"
        );
    }

    #[test]
    fn last_and_next_month_names_point_away_from_the_reference_month() {
        let month = |month, shift| {
            value(
                &Meaning::ShiftedMonth {
                    month,
                    day: None,
                    shift,
                },
                reference(),
                Tense::Unknown,
            )
        };
        assert_eq!(month(4, -1), "2025-04", "last April, said in November");
        assert_eq!(month(11, -1), "2024-11", "last November, said in November");
        assert_eq!(month(12, -1), "2024-12");
        assert_eq!(month(3, 1), "2026-03", "next March");
        assert_eq!(month(12, 1), "2025-12", "next December, said in November");
        assert_eq!(month(9, 0), "2025-09", "this September");
        let last_day = |month, day| {
            value(
                &Meaning::ShiftedMonth {
                    month,
                    day: Some(day),
                    shift: -1,
                },
                reference(),
                Tense::Unknown,
            )
        };
        assert_eq!(last_day(11, 2), "2025-11-02", "last Nov. 2, said on Nov. 6");
        assert_eq!(last_day(11, 23), "2024-11-23");
    }
}

/// The ISO 8601 zone suffix of a clock time: `Z` for UTC, nothing for local time.
fn zone(utc: bool) -> &'static str {
    if utc {
        "Z"
    } else {
        ""
    }
}

/// The TIMEX3 duration of an amount of time: `P3Y`, `PXM`, `PT2H30M` (two and a half
/// hours), `PT30M` (half an hour).
fn amount(unit: Unit, count: Option<u32>, and_a_half: bool) -> String {
    match (count, and_a_half) {
        (Some(0), true) => unit.half().map(str::to_string),
        (Some(n), true) => unit.duration_and_a_half(n),
        _ => None,
    }
    .unwrap_or_else(|| unit.duration(count))
}

/// The TIMEX3 value of a recurrence: `P1W`, `P2W`, `PXY`, `XXXX-WXX-1`, `XXXX-07`,
/// `XXXX-SP`, `XXXX-XX-XXTNI`, `XXXX-WXX-WE`.
fn recurring(recurrence: Recurrence) -> String {
    match recurrence {
        Recurrence::Units { unit, count } => unit.duration(count),
        Recurrence::Weekday(weekday) => format!("XXXX-WXX-{weekday}"),
        Recurrence::Month(month) => format!("XXXX-{month:02}"),
        Recurrence::Season(code) => format!("XXXX-{code}"),
        Recurrence::PartOfDay(code) => format!("XXXX-XX-XXT{code}"),
        Recurrence::Weekend => "XXXX-WXX-WE".to_string(),
    }
}

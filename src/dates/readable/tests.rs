use super::*;

fn date(s: &str) -> CalendarDate {
    CalendarDate::parse(s).unwrap_or_else(|| panic!("{s}"))
}

#[test]
fn values_read_in_words() {
    let cases: &[(&str, TimexType, &str)] = &[
        ("2025-11-05", TimexType::Date, "Wednesday, 5 November 2025"),
        ("2025-11", TimexType::Date, "November 2025"),
        ("2025", TimexType::Date, "the year 2025"),
        ("2025-W45", TimexType::Date, "the week of 3–9 November 2025"),
        (
            "2025-W45-WE",
            TimexType::Date,
            "the weekend of 8–9 November 2025",
        ),
        (
            "2026-W01",
            TimexType::Date,
            "the week of 29 December 2025 – 4 January 2026",
        ),
        (
            "2025-W44",
            TimexType::Date,
            "the week of 27 October – 2 November 2025",
        ),
        ("2025-Q3", TimexType::Date, "the third quarter of 2025"),
        ("2025-H1", TimexType::Date, "the first half of 2025"),
        ("2026-SU", TimexType::Date, "summer 2026"),
        ("199", TimexType::Date, "the 1990s"),
        ("18", TimexType::Date, "the 1800s"),
        ("XXXX-10-08", TimexType::Date, "8 October (year unknown)"),
        ("XXXX-03", TimexType::Date, "March (year unknown)"),
        (
            "XXXX-Q2",
            TimexType::Date,
            "the second quarter (year unknown)",
        ),
        ("XXXX-WXX-3", TimexType::Date, "a Wednesday (week unknown)"),
        (
            "2025-11-06T15:30",
            TimexType::Time,
            "Thursday, 6 November 2025, 15:30",
        ),
        (
            "2005-04-27T08:30Z",
            TimexType::Time,
            "Wednesday, 27 April 2005, 08:30 UTC",
        ),
        (
            "2025-11-03TMO",
            TimexType::Time,
            "Monday, 3 November 2025, morning",
        ),
        (
            "1989-10-27T24:00",
            TimexType::Time,
            "Friday, 27 October 1989, midnight",
        ),
        ("PRESENT_REF", TimexType::Date, "now"),
        ("PAST_REF", TimexType::Date, "some time in the past"),
        ("P3Y", TimexType::Duration, "3 years"),
        ("P1Y6M", TimexType::Duration, "1 year, 6 months"),
        ("PXM", TimexType::Duration, "some months"),
        ("PT2H30M", TimexType::Duration, "2 hours, 30 minutes"),
        ("P2.5Y", TimexType::Duration, "2.5 years"),
        ("P1W", TimexType::Set, "every week"),
        ("P2W", TimexType::Set, "every 2 weeks"),
        ("P3M", TimexType::Set, "every quarter"),
        ("P1Q", TimexType::Set, "every quarter"),
        ("XXXX-WXX-1", TimexType::Set, "every Monday"),
        ("XXXX-WXX-WE", TimexType::Set, "every weekend"),
        ("XXXX-07", TimexType::Set, "every July"),
        ("XXXX-SP", TimexType::Set, "every spring"),
        ("XXXX-XX-XXTNI", TimexType::Set, "every night"),
        ("PXY", TimexType::Set, "every few years"),
        (
            "2025-10-31TEV",
            TimexType::Time,
            "Friday, 31 October 2025, evening",
        ),
        ("1989-H2", TimexType::Date, "the second half of 1989"),
        ("2024-FA", TimexType::Date, "autumn 2024"),
        ("19", TimexType::Date, "the 1900s"),
        ("PXCE", TimexType::Duration, "some centuries"),
        ("PT1M", TimexType::Set, "every minute"),
        ("XXXX-03", TimexType::Set, "every March"),
        ("P2WE", TimexType::Duration, "2 weekends"),
        (
            "XXXX-WXX-1TNI",
            TimexType::Time,
            "a Monday night (week unknown)",
        ),
        ("XXXX-SU", TimexType::Date, "summer (year unknown)"),
        (
            "XXXX-Q1",
            TimexType::Date,
            "the first quarter (year unknown)",
        ),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(value, kind, words)| readable(value, *kind) != *words)
        .map(|(value, kind, words)| format!("{value}: {:?}, not {words:?}", readable(value, *kind)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_value_without_a_reading_is_shown_as_it_is() {
    for value in [
        "",
        "P",
        "2025-13",
        "2025-W54",
        "XXXX-XX-XX",
        "FY1990",
        "9999999999",
        "P1Z",
    ] {
        assert_eq!(readable(value, TimexType::Date), value);
    }
}

#[test]
fn ranges_cover_the_calendar_a_value_names() {
    let cases: &[(&str, &str, &str)] = &[
        ("2025-11-05", "2025-11-05", "2025-11-05"),
        ("2025-11-06T15:30", "2025-11-06", "2025-11-06"),
        ("2025-11", "2025-11-01", "2025-11-30"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025", "2025-01-01", "2025-12-31"),
        ("2025-W45", "2025-11-03", "2025-11-09"),
        ("2025-W45-WE", "2025-11-08", "2025-11-09"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2025-Q4", "2025-10-01", "2025-12-31"),
        ("2025-H1", "2025-01-01", "2025-06-30"),
        ("2025-WI", "2025-12-01", "2026-02-28"),
        ("199", "1990-01-01", "1999-12-31"),
        ("20", "2000-01-01", "2099-12-31"),
    ];
    for (value, first, last) in cases {
        assert_eq!(day_range(value), Some((date(first), date(last))), "{value}");
    }
    for value in [
        "P3Y",
        "PRESENT_REF",
        "XXXX-10-08",
        "2025-W53",
        "2025-Q5",
        "XXXX-WXX-1",
    ] {
        assert_eq!(day_range(value), None, "{value}");
    }
}

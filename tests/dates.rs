//! Time expressions and their values, with reference date Thursday 2025-11-06.

use article_analyzer::{analyze, CalendarDate, Options, ReferenceSource, TimexType};

fn dates(text: &str) -> Vec<(String, TimexType, String)> {
    dates_on("2025-11-06", text)
}

fn dates_on(reference: &str, text: &str) -> Vec<(String, TimexType, String)> {
    let options = Options {
        reference_date: CalendarDate::parse(reference),
        today: None,
    };
    analyze(text, &options)
        .dates
        .into_iter()
        .map(|d| (d.text, d.kind, d.value))
        .collect()
}

fn value_of(found: &[(String, TimexType, String)], text: &str) -> String {
    found
        .iter()
        .find(|(t, _, _)| t == text)
        .map(|(_, _, v)| v.clone())
        .unwrap_or_else(|| panic!("no {text:?} in {found:?}"))
}

#[test]
fn weekdays_look_back_in_the_past_tense_and_ahead_in_the_future() {
    let found = dates("The meeting was canceled on Wednesday. They will meet again on Wednesday.");
    assert_eq!(found[0].2, "2025-11-05");
    assert_eq!(found[1].2, "2025-11-12");
}

#[test]
fn absolute_and_relative_dates_resolve_to_timex_values() {
    let found = dates(
        "On Nov. 6, 2024 and on 2025-03-01 prices fell; two weeks ago they rose, last month they fell, and next year they may climb. \
         The 1990s were calm. Talks lasted three years and the past two years were hard. It opened at 3:30 p.m. yesterday.",
    );
    assert_eq!(value_of(&found, "Nov. 6, 2024"), "2024-11-06");
    assert_eq!(value_of(&found, "2025-03-01"), "2025-03-01");
    assert_eq!(value_of(&found, "two weeks ago"), "2025-W43");
    assert_eq!(value_of(&found, "last month"), "2025-10");
    assert_eq!(value_of(&found, "next year"), "2026");
    assert_eq!(value_of(&found, "The 1990s"), "199");
    assert_eq!(value_of(&found, "three years"), "P3Y");
    assert_eq!(value_of(&found, "the past two years"), "P2Y");
    assert_eq!(value_of(&found, "3:30 p.m."), "2025-11-06T15:30");
    assert_eq!(value_of(&found, "yesterday"), "2025-11-05");
}

#[test]
fn reporting_periods_seasons_and_sets() {
    let found = dates("Profit in the quarter rose 5% from a year earlier. Last fall the talks stalled; in recent years they dragged on. She will travel next spring and every Monday.");
    assert_eq!(value_of(&found, "the quarter"), "2025-Q3");
    assert_eq!(value_of(&found, "a year earlier"), "2024-Q3");
    assert_eq!(value_of(&found, "Last fall"), "2024-FA");
    assert_eq!(value_of(&found, "recent years"), "PAST_REF");
    assert_eq!(value_of(&found, "next spring"), "2026-SP");
    let seasons = dates("Last spring the talks stalled. Next fall they resume. Last winter was cold. This winter will be mild.");
    assert_eq!(
        value_of(&seasons, "Last spring"),
        "2025-SP",
        "in November, last spring is this year's"
    );
    assert_eq!(
        value_of(&seasons, "Next fall"),
        "2026-FA",
        "this fall has begun, so the next is a year away"
    );
    assert_eq!(
        value_of(&seasons, "Last winter"),
        "2024-WI",
        "the winter from December 2024"
    );
    assert_eq!(value_of(&seasons, "This winter"), "2025-WI");
    let every_monday = found
        .iter()
        .find(|(t, _, _)| t == "every Monday")
        .expect("every Monday");
    assert_eq!(
        (every_monday.1, every_monday.2.as_str()),
        (TimexType::Set, "XXXX-WXX-1")
    );
}

#[test]
fn the_classic_traps_are_not_dates() {
    let found =
        dates("The Sunday Times said Japan won 2-1 after a goal in the 78th minute. Prices may rise. Thousands joined the March for Life. He died at age 22.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn without_a_reference_date_values_keep_their_unknown_parts() {
    let found: Vec<_> = analyze(
        "It happened on October 8, then last week, on a Friday.",
        &Options::default(),
    )
    .dates
    .into_iter()
    .map(|d| d.value)
    .collect();
    assert_eq!(found, ["XXXX-10-08", "PAST_REF", "XXXX-WXX-5"]);
}

#[test]
fn deadlines_and_modals_put_a_yearless_date_ahead() {
    // Thursday 2025-11-06: "Jan. 15" said in November is next January when it is due.
    let found = dates("The company declared a dividend payable Jan. 15. The rule may apply effective Feb. 1. Shares fell in March.");
    assert_eq!(value_of(&found, "Jan. 15"), "2026-01-15");
    assert_eq!(value_of(&found, "Feb. 1"), "2026-02-01");
    assert_eq!(value_of(&found, "March"), "2025-03");
}

#[test]
fn quarters_named_with_their_year() {
    let found = dates(
        "Profit in the 1988 second quarter fell. Sales for this year's third quarter rose, unlike last year's quarter. \
         Costs in the current quarter are high.",
    );
    assert_eq!(value_of(&found, "the 1988 second quarter"), "1988-Q2");
    assert_eq!(value_of(&found, "this year's third quarter"), "2025-Q3");
    assert_eq!(
        value_of(&found, "last year's quarter"),
        "2024-Q3",
        "the quarter last reported, a year before"
    );
    assert_eq!(value_of(&found, "the current quarter"), "2025-Q4");
}

#[test]
fn clock_times_on_a_named_day_and_the_weekend_just_past() {
    // Monday 2025-11-10.
    let found = dates_on("2025-11-10", "The offer expires at 5 p.m. EST, Nov. 14. Talks broke off at noon Saturday. Officials met over the weekend.");
    assert_eq!(value_of(&found, "5 p.m. EST, Nov. 14"), "2025-11-14T17:00");
    assert_eq!(value_of(&found, "noon Saturday"), "2025-11-08T12:00");
    assert_eq!(value_of(&found, "the weekend"), "2025-W45-WE");
}

#[test]
fn halves_compound_numbers_and_vague_futures() {
    let found = dates(
        "They lived there for 2 1/2 years, spent twenty four hours in talks and waited half an hour. \
         Rates may fall in coming months. Parades march each July. Prices are high these days.",
    );
    assert_eq!(value_of(&found, "2 1/2 years"), "P2Y6M");
    assert_eq!(value_of(&found, "twenty four hours"), "PT24H");
    assert_eq!(value_of(&found, "half an hour"), "PT30M");
    assert_eq!(value_of(&found, "coming months"), "FUTURE_REF");
    assert_eq!(value_of(&found, "each July"), "XXXX-07");
    assert_eq!(value_of(&found, "these days"), "PRESENT_REF");
}

#[test]
fn holidays_spelled_years_and_centuries() {
    let found = dates(
        "Sales were strong last Thanksgiving and the store expects more by Christmas. He left in nineteen ninety-six, \
         came back in January nineteen ninety-seven and recalled the nineties, the mid-1980s and the 20th century.",
    );
    assert_eq!(value_of(&found, "last Thanksgiving"), "2024-11-28");
    assert_eq!(value_of(&found, "Christmas"), "2025-12-25");
    assert_eq!(value_of(&found, "nineteen ninety-six"), "1996");
    assert_eq!(value_of(&found, "January nineteen ninety-seven"), "1997-01");
    assert_eq!(value_of(&found, "the nineties"), "199");
    assert_eq!(value_of(&found, "the mid-1980s"), "198");
    assert_eq!(value_of(&found, "the 20th century"), "19");
}

#[test]
fn shifted_days_and_halves_of_a_year() {
    let found = dates("He was shot last Oct. 23. Earnings for the second half of 2024 and the first half of next year look weak.");
    assert_eq!(
        value_of(&found, "last Oct. 23"),
        "2025-10-23",
        "the latest October 23 before November 6"
    );
    assert_eq!(value_of(&found, "the second half of 2024"), "2024-H2");
    assert_eq!(value_of(&found, "the first half of next year"), "2026-H1");
}

#[test]
fn that_year_counts_from_the_year_last_named() {
    let found = dates("The plant opened in 1994. Later that year it doubled output, and the following year it closed.");
    assert_eq!(value_of(&found, "Later that year"), "1994");
    assert_eq!(value_of(&found, "the following year"), "1995");
}

#[test]
fn the_verb_that_carries_tense_decides_the_direction() {
    // A participle after "be" leaves the tense to its auxiliary; a noun after "the" is no verb.
    let found = dates("Officials said they expect the sale to be completed by Dec. 15. The board announced the plan Aug. 21.");
    assert_eq!(value_of(&found, "Dec. 15"), "2025-12-15");
    assert_eq!(value_of(&found, "Aug. 21"), "2025-08-21");
    let found = dates("The merger is scheduled to close Monday. The team could arrive as early as Tuesday, the mayor said.");
    assert_eq!(value_of(&found, "Monday"), "2025-11-10");
    assert_eq!(value_of(&found, "Tuesday"), "2025-11-11");
    let found = dates("Police have searched for him since shortly after the March 3 robbery.");
    assert_eq!(value_of(&found, "March 3"), "2025-03-03");
}

#[test]
fn a_neighbouring_month_keeps_its_year_whatever_the_tense() {
    let found = dates_on("2025-10-30", "Traders failed to sell their December contracts and worried about the first trading day for November deals.");
    assert_eq!(value_of(&found, "November"), "2025-11");
}

#[test]
fn ages_fiscal_years_and_dates_named_with_their_weekday() {
    let found = dates(
        "Ms. Reyes, 52 years old, led the unit in fiscal 2019. Deposits fell Friday Oct. 17 alone.",
    );
    assert!(
        found.iter().all(|(t, _, _)| !t.contains("years")),
        "an age is no duration: {found:?}"
    );
    assert_eq!(value_of(&found, "fiscal 2019"), "2019");
    assert_eq!(value_of(&found, "Friday Oct. 17"), "2025-10-17");
}

#[test]
fn the_year_in_words_and_the_second_of_two_days() {
    let found = dates("The plan was to halve debt by the year two thousand and five. The summit will meet on Dec. 8 and 9.");
    assert_eq!(value_of(&found, "the year two thousand and five"), "2005");
    assert_eq!(value_of(&found, "Dec. 8"), "2025-12-08");
    assert_eq!(value_of(&found, "9"), "2025-12-09");
    let found = dates("Prices rose on Dec. 8 and 9 percent of buyers left.");
    assert!(
        found.iter().all(|(t, _, _)| t != "9"),
        "a count is no day: {found:?}"
    );
}

#[test]
fn daily_and_weekly_before_a_noun_are_sets_but_annual_is_not() {
    let found = dates("The agency publishes a daily tally and the mayor gives a weekly address; the annual report is late.");
    assert_eq!(value_of(&found, "daily"), "P1D");
    assert_eq!(value_of(&found, "weekly"), "P1W");
    assert!(found.iter().all(|(t, _, _)| t != "annual"), "{found:?}");
}

#[test]
fn a_quarter_of_something_is_a_fraction_not_a_period() {
    let found = dates(
        "Less than a quarter of the donors gave $200 or less; losses lasted several quarters.",
    );
    assert!(
        found.iter().all(|(t, _, _)| !t.contains("a quarter")),
        "{found:?}"
    );
    assert_eq!(value_of(&found, "several quarters"), "PXQ");
}

#[test]
fn that_day_and_the_next_day_count_from_the_day_last_named() {
    let found =
        dates("The plant was attacked on Oct. 2, 2024. Later that day police arrived; the next day they closed the road. In the next two days more came.");
    assert_eq!(value_of(&found, "Later that day"), "2024-10-02");
    assert_eq!(value_of(&found, "the next day"), "2024-10-03");
    assert_eq!(value_of(&found, "the next two days"), "P2D");
}

#[test]
fn the_end_of_a_period_is_one_expression_with_the_period_value() {
    let found = dates("The loan runs to the end of 2027; talks resume in the middle of January and a deal is due early 2026.");
    assert_eq!(value_of(&found, "the end of 2027"), "2027");
    assert_eq!(value_of(&found, "the middle of January"), "2026-01");
    assert_eq!(value_of(&found, "early 2026"), "2026");
}

#[test]
fn seasons_named_with_the_article_or_a_year() {
    let found = dates("Sales slowed well into the summer, as in the winter of 1994. This past spring was calm; the fall of the old regime was not.");
    assert_eq!(value_of(&found, "the summer"), "2025-SU");
    assert_eq!(value_of(&found, "the winter of 1994"), "1994-WI");
    assert_eq!(value_of(&found, "This past spring"), "2025-SP");
    assert!(
        found.iter().all(|(t, _, _)| !t.contains("fall")),
        "{found:?}"
    );
}

#[test]
fn a_plan_in_the_past_perfect_and_since_look_back() {
    // Reference Thursday 2025-11-06: the Friday before is October 31.
    let found = dates("The offer had been due to expire Friday evening. The index change is since year-end. Ahead of the weekend, traders square positions.");
    assert_eq!(value_of(&found, "Friday evening"), "2025-10-31TEV");
    assert_eq!(value_of(&found, "year-end"), "2024-12-31");
    assert_eq!(
        value_of(&found, "the weekend"),
        "2025-W45-WE",
        "'ahead of' looks forward"
    );
    let found = dates("Police were deployed ahead of Saturday's rally.");
    assert_eq!(
        value_of(&found, "Saturday"),
        "2025-11-01",
        "a verb in the past says when, whatever 'ahead of' says"
    );
}

#[test]
fn month_names_before_a_noun_and_years_around_dashes_and_ranges() {
    let found = dates("Under a June agreement and after the October slaying, he sold his stake in 1984 -- a record -- and served from 1991 to 1997 before a late-November trip.");
    assert_eq!(value_of(&found, "June"), "2025-06");
    assert_eq!(value_of(&found, "October"), "2025-10");
    assert_eq!(value_of(&found, "1984"), "1984");
    assert_eq!(value_of(&found, "1991"), "1991");
    assert_eq!(value_of(&found, "1997"), "1997");
    assert_eq!(value_of(&found, "late-November"), "2025-11");
    let counts = dates("Between 1500 to 2000 troops and the March on Washington.");
    assert!(
        counts.is_empty(),
        "counts and the march are not dates: {counts:?}"
    );
}

#[test]
fn soon_vague_ago_and_days_later() {
    let found = dates("Prosecutors may soon seek an indictment. Several years ago he left; three days later he came back. In recent months prices rose. He was soon released, as soon as possible.");
    assert_eq!(value_of(&found, "soon"), "FUTURE_REF");
    assert_eq!(
        found.iter().filter(|(t, _, _)| t == "soon").count(),
        1,
        "'was soon released' and 'as soon as' are not expressions: {found:?}"
    );
    assert_eq!(value_of(&found, "Several years ago"), "PAST_REF");
    assert_eq!(
        value_of(&found, "three days"),
        "P3D",
        "'later' counts from the story, not the reference date"
    );
    assert_eq!(value_of(&found, "recent months"), "PXM");
    let past = dates("The rebels soon took the city. Soon, protesters filled the square. \"Just a second,\" he said. Claims fell from a week earlier.");
    assert!(
        past.iter()
            .all(|(t, _, _)| !t.eq_ignore_ascii_case("soon") && t != "a second"),
        "{past:?}"
    );
    assert_eq!(
        value_of(&past, "a week earlier"),
        "2025-W44",
        "a comparison keeps its date"
    );
    assert!(
        dates("The May government fell.").is_empty(),
        "May before a noun is the name"
    );
}

#[test]
fn election_day_and_other_named_days() {
    let found = dates_on(
        "1998-10-26",
        "Violence will be a theme from now to Election Day, and again by Martin Luther King Jr. Day. The move came barely a month after the cuts.",
    );
    assert_eq!(value_of(&found, "Election Day"), "1998-11-03");
    assert_eq!(value_of(&found, "Martin Luther King Jr. Day"), "1999-01-18");
    assert_eq!(value_of(&found, "a month"), "P1M");
    assert!(dates("Columbus, Ohio, and St. Louis voted.").is_empty());
}

#[test]
fn business_shorthand_year_end_overnight_and_from_now() {
    let found = dates(
        "Revenue rose in Q3 2024 and in H1 2025; Q3 was weak. FY2025 ends by year's end. Shares fell overnight, and earlier Tuesday the vote was set for two weeks from now.",
    );
    assert_eq!(value_of(&found, "Q3 2024"), "2024-Q3");
    assert_eq!(value_of(&found, "H1 2025"), "2025-H1");
    assert_eq!(value_of(&found, "Q3"), "2025-Q3");
    assert_eq!(value_of(&found, "FY2025"), "2025");
    assert_eq!(value_of(&found, "year's end"), "2025");
    assert_eq!(
        value_of(&found, "overnight"),
        "2025-11-05TNI",
        "the night before the reference day"
    );
    assert_eq!(value_of(&found, "earlier Tuesday"), "2025-11-04");
    assert_eq!(value_of(&found, "two weeks from now"), "2025-W47");
    let not_dates = dates("Overnight rates rose, and an H1 visa holder spoke for a year.");
    assert!(
        not_dates
            .iter()
            .all(|(t, _, _)| t != "Overnight" && t != "H1"),
        "{not_dates:?}"
    );
}

#[test]
fn a_dateline_day_without_its_year_is_the_latest_such_day_up_to_today() {
    let on = |text: &str| {
        let options = Options {
            reference_date: None,
            today: CalendarDate::parse("2026-11-26"),
        };
        analyze(text, &options)
    };
    let analysis = on("NEW DELHI, Nov 5 (Reuters) - India said on Monday it would act.");
    let reference = analysis.reference_date.expect("a reference date");
    assert_eq!(
        (reference.date.to_string(), reference.source),
        ("2026-11-05".to_string(), ReferenceSource::Dateline)
    );
    assert_eq!(
        analysis
            .dates
            .iter()
            .find(|d| d.text == "Monday")
            .map(|d| d.value.as_str()),
        Some("2026-11-02")
    );
    // A region after the place, its abbreviation's full stop included, and an agency.
    let region = on("Clinton speaks in Michigan\n\nFLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton spoke on Monday.")
        .reference_date
        .expect("a reference date");
    assert_eq!(
        (region.date.to_string(), region.source),
        ("2026-10-04".to_string(), ReferenceSource::Dateline)
    );
    let december = on("TOKYO, Dec. 5 — Markets fell on Monday.")
        .reference_date
        .expect("a reference date");
    assert_eq!(
        december.date.to_string(),
        "2025-12-05",
        "a December dateline read in November is last year's"
    );
    let prose = on("The meeting on Nov 5 - a Tuesday - went well.")
        .reference_date
        .expect("a reference date");
    assert_eq!(
        prose.source,
        ReferenceSource::Today,
        "a date in a sentence is no dateline"
    );
}

#[test]
fn a_clock_time_on_a_named_day_is_one_expression() {
    let found =
        dates("The law expires at midnight on Dec. 31, and the polls open at 7 a.m. on Tuesday.");
    assert_eq!(value_of(&found, "midnight on Dec. 31"), "2025-12-31T24:00");
    assert!(
        found
            .iter()
            .any(|(t, _, _)| t.starts_with("7 a.m. on Tuesday")),
        "{found:?}"
    );
}

//! Parts of a year: quarters ("the third quarter", "Q3 2024", "the 1988 second quarter"),
//! halves ("the first half of 2025"), reporting periods ("the year-ago quarter") and
//! seasons ("last fall", "the winter of 1994").

use super::cursor::{spelled_year, year_number, Cursor, ORDINALS};
use super::{Recognizer, Starts, HYPHENATED, ORDINAL, SEASON_NAME};
use crate::analysis::TimexType;
use crate::dates::words::Unit;
use crate::dates::{Found, Meaning, YearRef};
pub(super) use crate::vocabulary::time::SEASONS;
use crate::vocabulary::time::SEASON_PREPOSITIONS;

/// A quarter with its year in front: "the 1988 second quarter", "the 1989 period",
pub(super) const QUARTER_OF_YEAR: Recognizer = Recognizer {
    name: "quarter_of_year",
    starts: Starts::words(&["the", "this", "last", "next"]),
    find: quarter_of_year,
    #[cfg(test)]
    examples: include_str!("examples/quarter_of_year.txt"),
};

/// "the first half of 2025", "the second half of this year", "the first two quarters
pub(super) const HALF_YEAR: Recognizer = Recognizer {
    name: "half_year",
    starts: Starts::words(&[
        "the",
        "first",
        "second",
        "last",
        "latter",
        "first-half",
        "second-half",
    ]),
    find: half_year,
    #[cfg(test)]
    examples: include_str!("examples/half_year.txt"),
};

/// Financial reporting periods: "the quarter", "the latest quarter", "the year-ago
pub(super) const REPORTING_PERIOD: Recognizer = Recognizer {
    name: "reporting_period",
    starts: Starts::words(&["the", "year-earlier", "year-ago"]),
    find: reporting_period,
    #[cfg(test)]
    examples: include_str!("examples/reporting_period.txt"),
};

/// Seasons: "this summer", "last fall", "next spring".
pub(super) const SEASON: Recognizer = Recognizer {
    name: "season",
    starts: Starts::with(
        &["the", "this", "last", "past", "next", "coming"],
        SEASON_NAME,
    ),
    find: season,
    #[cfg(test)]
    examples: include_str!("examples/season.txt"),
};

/// "the third quarter", "the first quarter of 2025".
pub(super) const QUARTER: Recognizer = Recognizer {
    name: "quarter",
    starts: Starts::with(&["the"], ORDINAL | HYPHENATED),
    find: quarter,
    #[cfg(test)]
    examples: include_str!("examples/quarter.txt"),
};

/// "Q3", "Q3 2024", "H1 2025": the quarter or half in business shorthand, with its year
pub(super) const PERIOD_SHORTHAND: Recognizer = Recognizer {
    name: "period_shorthand",
    starts: Starts::words(&["q1", "q2", "q3", "q4", "h1", "h2"]),
    find: period_shorthand,
    #[cfg(test)]
    examples: include_str!("examples/period_shorthand.txt"),
};

/// A quarter with its year in front: "the 1988 second quarter", "the 1989 period",
/// "last year's third quarter", "this year's quarter".
pub(super) fn quarter_of_year(c: &Cursor, i: usize) -> Option<Found> {
    let (year, mut j) = if c.is(i, &["the"]) {
        (YearRef::Absolute(year_number(c.word(i + 1))?), i + 2)
    } else {
        let offset = match c.lower(i).as_ref() {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        if !(c.is(i + 1, &["year"]) && matches!(c.word(i + 2), "'s" | "’s")) {
            return None;
        }
        (YearRef::Offset(offset), i + 3)
    };
    let ordinal = ORDINALS
        .iter()
        .find(|(w, _)| c.is(j, &[w]))
        .map(|&(_, q)| q);
    if ordinal.is_some() {
        j += 1;
    }
    let named = c.is(j, &["quarter"]) || ordinal.is_none() && c.is(j, &["period"]);
    if !named {
        return None;
    }
    c.found(
        i,
        j + 1,
        TimexType::Date,
        Meaning::QuarterIn {
            year,
            quarter: ordinal,
        },
    )
}

/// "the first half of 2025", "the second half of this year", "the first two quarters
/// of 1990": half-years (`2025-H1`).
pub(super) fn half_year(c: &Cursor, i: usize) -> Option<Found> {
    if let Some(found) = half_adjective(c, i) {
        return Some(found);
    }
    let mut j = if c.is(i, &["the"]) { i + 1 } else { i };
    let half = match c.lower(j).as_ref() {
        "first" if c.is(j + 1, &["two"]) && c.is(j + 2, &["quarters"]) => {
            j += 1;
            1
        }
        "first" => 1,
        "second" | "last" | "latter" => 2,
        _ => return None,
    };
    if !(c.is(j + 1, &["half", "quarters"]) && c.is(j + 2, &["of"])) {
        return None;
    }
    let (year, end) = match year_number(c.word(j + 3)) {
        Some(year) => (YearRef::Absolute(year), j + 4),
        None => year_in_words(c, j + 3)?,
    };
    c.found(i, end, TimexType::Date, Meaning::HalfYear { year, half })
}

/// "this year", "last year", "next year", "the year" (the reference year) at `at`, and
/// the token after it.
fn year_in_words(c: &Cursor, at: usize) -> Option<(YearRef, usize)> {
    if !c.is(at + 1, &["year"]) {
        return None;
    }
    let offset = match c.lower(at).as_ref() {
        "this" | "the" => 0,
        "last" => -1,
        "next" => 1,
        _ => return None,
    };
    Some((YearRef::Offset(offset), at + 2))
}

/// "first-half profit", "second-half sales": a half of the reference year, as an
/// adjective.
fn half_adjective(c: &Cursor, i: usize) -> Option<Found> {
    let half = match c.lower(i).as_ref() {
        "first-half" => 1,
        "second-half" => 2,
        _ => return None,
    };
    c.found(
        i,
        i + 1,
        TimexType::Date,
        Meaning::HalfYear {
            year: YearRef::Offset(0),
            half,
        },
    )
}

/// Financial reporting periods: "the quarter", "the latest quarter", "the year-ago
/// quarter", "year-earlier" (the last completed quarter, or the same one a year
/// before), "the year", "the fiscal year", "the week", "the weekend".
pub(super) fn reporting_period(c: &Cursor, i: usize) -> Option<Found> {
    let lower = c.lower(i);
    if matches!(lower.as_ref(), "year-earlier" | "year-ago") {
        let in_quarters = c.sentence_mentions("quarter");
        let end = if c.is(i + 1, &["quarter", "period", "level", "levels"]) {
            i + 2
        } else {
            i + 1
        };
        let meaning = if in_quarters {
            Meaning::ReportedQuarter { years_back: 1 }
        } else {
            Meaning::UnitOffset {
                unit: Unit::Year,
                offset: -1,
            }
        };
        return c.found(i, end, TimexType::Date, meaning);
    }
    if !c.is(i, &["the"]) {
        return None;
    }
    let mut j = i + 1;
    let mut years_back = 0;
    if c.is(j, &["current"]) && c.is(j + 1, &["quarter"]) {
        return c.found(
            i,
            j + 2,
            TimexType::Date,
            Meaning::UnitOffset {
                unit: Unit::Quarter,
                offset: 0,
            },
        );
    }
    if c.is(j, &["latest", "recent", "fiscal", "full", "current"]) {
        j += 1;
    } else if c.is(j, &["year-ago", "year-earlier"]) {
        years_back = 1;
        j += 1;
    }
    let after_of = c.is(j + 1, &["of"]) || c.word(j + 1) == "'s" || c.word(j + 1) == "’s";
    match c.lower(j).as_ref() {
        "quarter" | "period"
            if !after_of && (c.word(j) == "quarter" || years_back > 0 || j > i + 1) =>
        {
            c.found(
                i,
                j + 1,
                TimexType::Date,
                Meaning::ReportedQuarter { years_back },
            )
        }
        // "the year ended June 30" is a twelve-month period, not a calendar year.
        "year" if !after_of && years_back == 0 && c.is(j + 1, &["ended", "ending"]) => {
            let meaning = Meaning::Amount {
                unit: Unit::Year,
                count: Some(1),
                and_a_half: false,
            };
            c.found(i, j + 1, TimexType::Duration, meaning)
        }
        "year" if !after_of && years_back == 0 => c.found(
            i,
            j + 1,
            TimexType::Date,
            Meaning::UnitOffset {
                unit: Unit::Year,
                offset: 0,
            },
        ),
        "week" | "weekend" if !after_of && j == i + 1 => {
            let unit = Unit::from_word(c.word(j))?;
            c.found(
                i,
                j + 1,
                TimexType::Date,
                Meaning::UnitOffset { unit, offset: 0 },
            )
        }
        _ => None,
    }
}

/// "the third quarter", "the first quarter of 2025".
pub(super) fn quarter(c: &Cursor, i: usize) -> Option<Found> {
    // "third-quarter profit": an adjective naming the quarter.
    if let Some((ordinal, "quarter")) = c.lower(i).split_once('-') {
        let &(_, quarter) = ORDINALS.iter().find(|(w, _)| *w == ordinal)?;
        return c.found(
            i,
            i + 1,
            TimexType::Date,
            Meaning::Quarter {
                year: None,
                quarter,
            },
        );
    }
    let start = if c.is(i, &["the"]) { i + 1 } else { i };
    let ordinal = c.lower(start);
    let &(_, quarter) = ORDINALS.iter().find(|(w, _)| *w == ordinal.as_ref())?;
    if !c.is(start + 1, &["quarter"]) {
        return None;
    }
    if c.is(start + 2, &["of"]) {
        if let Some(year) = year_number(c.word(start + 3)) {
            return c.found(
                i,
                start + 4,
                TimexType::Date,
                Meaning::Quarter {
                    year: Some(year),
                    quarter,
                },
            );
        }
        // "the third quarter of last year", "the first quarter of this year".
        if let Some((year, end)) = year_in_words(c, start + 3) {
            return c.found(
                i,
                end,
                TimexType::Date,
                Meaning::QuarterIn {
                    year,
                    quarter: Some(quarter),
                },
            );
        }
    }
    c.found(
        i,
        start + 2,
        TimexType::Date,
        Meaning::Quarter {
            year: None,
            quarter,
        },
    )
}

/// "Q3", "Q3 2024", "H1 2025": the quarter or half in business shorthand, with its year
/// when one follows.
pub(super) fn period_shorthand(c: &Cursor, i: usize) -> Option<Found> {
    let word = c.word(i);
    let (letter, digit) = (
        word.as_bytes().first().copied()?,
        word.as_bytes().get(1).copied()?,
    );
    if word.len() != 2 || !matches!((letter, digit), (b'Q', b'1'..=b'4') | (b'H', b'1'..=b'2')) {
        return None;
    }
    let number = u32::from(digit - b'0');
    let year = year_number(c.word(i + 1)).filter(|_| c.is_number(i + 1));
    let end = if year.is_some() { i + 2 } else { i + 1 };
    // "H1" alone is too often something else (a visa, a chip); "Q3" alone is a quarter.
    match (letter, year) {
        (b'Q', year) => c.found(
            i,
            end,
            TimexType::Date,
            Meaning::Quarter {
                year,
                quarter: number,
            },
        ),
        (_, Some(year)) => c.found(
            i,
            end,
            TimexType::Date,
            Meaning::HalfYear {
                year: YearRef::Absolute(year),
                half: number,
            },
        ),
        _ => None,
    }
}

/// Seasons: "this summer", "last fall", "next spring".
pub(super) fn season(c: &Cursor, i: usize) -> Option<Found> {
    if c.is(i, &["the"]) {
        return named_season(c, i);
    }
    // "summer 2026", "spring 2024": the season of that year.
    if let Some(code) = season_code(&c.lower(i)) {
        let year = year_number(c.word(i + 1)).filter(|_| c.is_number(i + 1))?;
        return c.found(
            i,
            i + 2,
            TimexType::Date,
            Meaning::SeasonOfYear { year, code },
        );
    }
    // "this past spring" is last spring.
    let (first, at) = if c.is(i, &["this"]) && c.is(i + 1, &["past"]) {
        (i, i + 1)
    } else {
        (i, i)
    };
    let offset = match c.lower(at).as_ref() {
        "this" => 0,
        "last" | "past" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    let code = season_code(&c.lower(at + 1))?;
    c.found(
        first,
        at + 2,
        TimexType::Date,
        Meaning::Season { code, offset },
    )
}

/// The TIMEX3 code of a season's name.
pub(super) fn season_code(word: &str) -> Option<&'static str> {
    SEASONS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, code)| code)
}

/// "the winter of 1994", and "the summer", "the early summer" after a preposition of time
/// ("well into the summer", "over the summer"): the season of the reference year. Not
/// "the fall of the Berlin Wall" nor "the spring in his step".
pub(super) fn named_season(c: &Cursor, i: usize) -> Option<Found> {
    let at = if c.is(i + 1, &["early", "late"]) {
        i + 2
    } else {
        i + 1
    };
    let code = season_code(&c.lower(at))?;
    if c.is(at + 1, &["of"]) {
        let year = year_number(c.word(at + 2))
            .filter(|_| c.is_number(at + 2))
            .map(|y| (y, at + 3))
            .or_else(|| spelled_year(c, at + 2).map(|y| (y, at + 4)));
        let (year, end) = year?;
        return c.found(
            i,
            end,
            TimexType::Date,
            Meaning::SeasonOfYear { year, code },
        );
    }
    let before = c.lower_before(i);
    let temporal = SEASON_PREPOSITIONS.contains(&&*before);
    let clause_ends = !c.is_word(at + 1) || c.is(at + 1, &["and", "when", "as", "after", "before"]);
    if !(temporal && clause_ends) {
        return None;
    }
    c.found(
        i,
        at + 1,
        TimexType::Date,
        Meaning::Season { code, offset: 0 },
    )
}

//! The vocabulary of time: month and weekday names (their words in `data/en/time.txt`),
//! number words, units.

use crate::vocabulary::time::{
    month_abbreviations_index, months_index, weekday_abbreviations_index, weekdays_index, MONTHS,
    WEEKDAYS,
};
pub use crate::vocabulary::time::{NUMBER_WORDS, UNITS};

/// Month number (1-12) of a month name or its abbreviation ("October", "Oct.", "Oct",
/// "OCTOBER"), as `data/en/time.txt` lists them.
pub fn month_number(word: &str) -> Option<u32> {
    number_in(word, MONTHS, months_index, month_abbreviations_index)
}

/// Whether the word is a month name written as a name (capitalized).
pub fn is_month_name(word: &str) -> bool {
    month_number(word).is_some()
}

/// ISO weekday (Monday 1 .. Sunday 7) of a weekday name or its abbreviation ("Wednesday",
/// "Wed.", "WEDNESDAY").
pub fn weekday_number(word: &str) -> Option<u32> {
    number_in(word, WEEKDAYS, weekdays_index, weekday_abbreviations_index)
}

/// The place (from 1) in `names` of a name, of an abbreviation its name begins with, or of
/// a name written in capitals; a full stop after the word is left out. The lookups are
/// compiled `match`es: this runs at every capitalized token.
#[inline]
fn number_in(
    word: &str,
    names: &[&str],
    name_index: impl Fn(&str) -> Option<usize>,
    abbreviation_index: impl Fn(&str) -> Option<usize>,
) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // Every form begins with a capital: most words are done here.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let place = |found: Option<usize>| found.map(|i| i as u32 + 1);
    if let Some(i) = name_index(w) {
        return place(Some(i));
    }
    if abbreviation_index(w).is_some() {
        return place(names.iter().position(|name| name.starts_with(w)));
    }
    // "OCTOBER": the name in capitals, looked up as "October".
    let mut titled = [0u8; 16];
    if (3..=titled.len()).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) {
        titled[..w.len()].copy_from_slice(w.as_bytes());
        titled[1..w.len()].make_ascii_lowercase();
        let titled = std::str::from_utf8(&titled[..w.len()]).ok()?;
        return place(name_index(titled));
    }
    None
}

/// Whether the word is a full weekday name ("Wednesday"); abbreviations need context.
pub fn is_weekday_name(word: &str) -> bool {
    word.len() > 5 && weekday_number(word).is_some()
}

/// The value of a small number written as digits or words ("22", "two", "a", "dozen",
/// "twenty-four").
pub fn number_value(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return Some(n);
    }
    if let Some((tens, units)) = word.split_once('-') {
        return compound_number(number_value(tens)?, number_value(units)?);
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// "twenty" and "four" make 24; other pairs make no number.
pub fn compound_number(tens: u32, units: u32) -> Option<u32> {
    ((20..=90).contains(&tens) && tens % 10 == 0 && (1..=9).contains(&units))
        .then_some(tens + units)
}

/// A calendar or clock unit named by a word ("weeks", "year").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit a lowercase word names, singular or plural.
    pub fn from_word(word: &str) -> Option<Unit> {
        UNITS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|&(_, unit)| unit)
    }

    /// Whether half of this unit is a whole number of a smaller one (half an hour is 30
    /// minutes; half a week is no round amount).
    pub fn halves(self) -> bool {
        self.half().is_some()
    }

    /// The TIMEX3 duration for `n` and a half of this unit ("2 1/2 years" is `P2Y6M`),
    /// when the half is a whole number of the next smaller unit.
    pub fn duration_and_a_half(self, n: u32) -> Option<String> {
        let value = match self {
            Unit::Minute => format!("PT{n}M30S"),
            Unit::Hour => format!("PT{n}H30M"),
            Unit::Day => format!("P{n}DT12H"),
            Unit::Year => format!("P{n}Y6M"),
            Unit::Decade => format!("P{}Y", 10 * n + 5),
            Unit::Century => format!("P{}Y", 100 * n + 50),
            _ => return None,
        };
        Some(value)
    }

    /// The TIMEX3 duration for half of this unit ("half an hour" is `PT30M`).
    pub fn half(self) -> Option<&'static str> {
        let value = match self {
            Unit::Minute => "PT30S",
            Unit::Hour => "PT30M",
            Unit::Day => "PT12H",
            Unit::Year => "P6M",
            Unit::Decade => "P5Y",
            Unit::Century => "P50Y",
            _ => return None,
        };
        Some(value)
    }

    /// The TIMEX3 duration for `n` of this unit: `P3Y`, `PT2H`, `P2W`; `X` for unknown.
    pub fn duration(self, n: Option<u32>) -> String {
        let count = n.map_or("X".to_string(), |n| n.to_string());
        match self {
            Unit::Second => format!("PT{count}S"),
            Unit::Minute => format!("PT{count}M"),
            Unit::Hour => format!("PT{count}H"),
            Unit::Day => format!("P{count}D"),
            Unit::Week => format!("P{count}W"),
            Unit::Weekend => format!("P{count}WE"),
            Unit::Month => format!("P{count}M"),
            Unit::Quarter => format!("P{count}Q"),
            Unit::Year => format!("P{count}Y"),
            // TimeBank writes decades and centuries in years ("two decades" is P20Y).
            Unit::Decade => n.map_or("PXDE".to_string(), |n| format!("P{}Y", 10 * n)),
            Unit::Century => n.map_or("PXCE".to_string(), |n| format!("P{}Y", 100 * n)),
        }
    }
}

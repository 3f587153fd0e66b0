//! Holidays by name: "Thanksgiving", "Christmas Eve", "last Easter" (the names and their
//! days are in `dates::holidays`).

use super::cursor::Cursor;
use super::{Recognizer, Starts, HOLIDAY_WORD};
use crate::analysis::TimexType;
use crate::dates::holidays::{self, Holiday};
use crate::dates::{Found, Meaning};

/// "Thanksgiving", "Christmas Eve", "last Easter".
pub(super) const HOLIDAY: Recognizer = Recognizer {
    name: "holiday",
    starts: Starts::with(&["last", "this", "next"], HOLIDAY_WORD),
    find: holiday,
    #[cfg(test)]
    examples: include_str!("examples/holiday.txt"),
};

/// "Thanksgiving", "Christmas Eve", "last Easter".
pub(super) fn holiday(c: &Cursor, i: usize) -> Option<Found> {
    let shift = match c.lower(i).as_ref() {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    };
    let at = if shift.is_some() { i + 1 } else { i };
    let words: [&str; holidays::LONGEST_NAME] = std::array::from_fn(|k| c.word(at + k));
    let (holiday, length) = Holiday::named(&words)?;
    c.found(
        i,
        at + length,
        TimexType::Date,
        Meaning::Holiday { holiday, shift },
    )
}

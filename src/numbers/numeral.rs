//! Numerals: the value of a number written in digits ("1,200", "2.2", "12.5m", "10km") or
//! in words ("twenty-five", "a dozen", "two-thirds"), without the words around it.

use crate::vocabulary::numbers::{CARDINAL_WORDS, FRACTION_WORDS, SCALE_WORDS};

/// The longest run of digits read as a number; longer runs (serial numbers, junk) are no
/// amount, and stopping here keeps every parse short.
const MAX_DIGITS: usize = 24;

/// How a text writes the marks inside numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Separators {
    /// "1,200.5": commas group thousands, the point is decimal (English).
    CommaGroups,
    /// "1.200,5": points group thousands, the comma is decimal, as much of Europe writes.
    PointGroups,
}

/// What a token written in digits says.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Digits<'t> {
    /// The amount, with a scale written onto it applied ("12.5m" is 12500000).
    pub value: f64,
    /// Letters written right after the digits that are no scale ("10km": "km"), if any.
    pub suffix: &'t str,
    /// The scale written onto the digits ("bn" in "$40bn"), if any.
    pub scale: Option<f64>,
    /// Whether the digits are a whole number of at most four digits with no grouping mark
    /// (what a year looks like).
    pub plain_integer: bool,
}

/// Reads a token that starts with a digit: an amount with an optional fused scale or
/// unit ("12.5m", "40bn", "10km", "21st"). None for what is no single amount: clock times
/// ("3:30"), dates and fractions with slashes, scores and ranges ("3-1", read elsewhere),
/// malformed grouping ("9.9.9.9", "1,2,3") and runs longer than [`MAX_DIGITS`].
pub(super) fn digits(token: &str, separators: Separators) -> Option<Digits<'_>> {
    let numeral_end = token
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(token.len());
    let (numeral, suffix) = token.split_at(numeral_end);
    let numeral = numeral.trim_end_matches(['.', ',']);
    if suffix.starts_with([':', '/', '-', '–']) || numeral.is_empty() {
        return None;
    }
    let (group, decimal) = match separators {
        Separators::CommaGroups => (',', '.'),
        Separators::PointGroups => ('.', ','),
    };
    let (whole, fraction) = match numeral.split_once(decimal) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (numeral, None),
    };
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    // The groups between marks, checked as they come: no list of them is kept.
    let (mut group_count, mut first_len, mut rest_of_three, mut all_digits) = (0, 0, true, true);
    for (k, g) in whole.split(group).enumerate() {
        group_count += 1;
        if k == 0 {
            first_len = g.len();
        } else {
            rest_of_three &= g.len() == 3;
        }
        all_digits &= g.bytes().all(|b| b.is_ascii_digit());
    }
    let well_grouped =
        group_count == 1 || (1..=3).contains(&first_len) && rest_of_three && all_digits;
    if !well_grouped || whole.is_empty() {
        return None;
    }
    let digit_count = whole.len() - (group_count - 1) + fraction.map_or(0, str::len);
    // Ten digits or more with no grouping mark are an identifier (a tweet's, a phone's).
    let identifier = group_count == 1 && fraction.is_none() && whole.len() >= 10;
    if digit_count > MAX_DIGITS || identifier {
        return None;
    }
    // The digits without grouping marks, and the fraction after a point, on the stack:
    // at most MAX_DIGITS digits and the point.
    let mut plain = [0u8; MAX_DIGITS + 1];
    let mut len = 0;
    let digits = whole.bytes().filter(|&b| b != group as u8);
    let point = fraction.map(|f| std::iter::once(b'.').chain(f.bytes()));
    for b in digits.chain(point.into_iter().flatten()) {
        plain[len] = b;
        len += 1;
    }
    let mut value: f64 = match fraction {
        // A whole number of at most 15 digits is below 2^53, so exact in an f64: adding up
        // its digits gives what the float parser would, in a fraction of the time.
        None if len <= 15 => plain[..len]
            .iter()
            .fold(0u64, |n, &b| 10 * n + u64::from(b - b'0')) as f64,
        _ => std::str::from_utf8(&plain[..len]).ok()?.parse().ok()?,
    };
    let scale = if suffix.is_empty() {
        None
    } else {
        scale_of(suffix)
    };
    if let Some(scale) = scale {
        value *= scale;
    }
    Some(Digits {
        value,
        suffix: if scale.is_some() { "" } else { suffix },
        scale,
        plain_integer: group_count == 1 && fraction.is_none() && whole.len() <= 4,
    })
}

/// The value `table` gives `word`, case aside.
fn value_in(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, value)| value)
}

/// The multiplier a scale word or abbreviation names ("million", "bn", "m").
pub(super) fn scale_of(word: &str) -> Option<f64> {
    value_in(SCALE_WORDS, word)
}

/// The value of a number word ("seven", "twenty", "dozen"), or of a hyphenated pair of
/// them ("twenty-five").
pub(super) fn cardinal_word(word: &str) -> Option<f64> {
    let lookup = |w: &str| value_in(CARDINAL_WORDS, w);
    if let Some(value) = lookup(word) {
        return Some(value);
    }
    let (tens, ones) = word.split_once('-')?;
    let (tens, ones) = (lookup(tens)?, lookup(ones)?);
    ((20.0..100.0).contains(&tens) && tens % 10.0 == 0.0 && (1.0..10.0).contains(&ones))
        .then_some(tens + ones)
}

/// The value of a fraction written as one word ("two-thirds", "one-quarter"), or of the
/// denominator word alone ("third" in "a third of").
pub(super) fn fraction_word(word: &str) -> Option<f64> {
    let denominator = |w: &str| value_in(FRACTION_WORDS, w);
    match word.split_once('-') {
        Some((count, part)) => {
            let count = cardinal_word(count)?;
            (count < 20.0).then_some(count / denominator(part)?)
        }
        None => denominator(word).map(|d| 1.0 / d),
    }
}

/// The value an ordinal written in digits names ("21st" is 21), if the suffix is right
/// for the number ("21th" is none).
pub(super) fn ordinal_digits(token: &str) -> Option<f64> {
    let split = token.find(|c: char| !(c.is_ascii_digit() || c == ','))?;
    let (number, suffix) = token.split_at(split);
    // The digits, commas left out, read without a copy: one to nine of them.
    let digits = number.bytes().filter(u8::is_ascii_digit);
    if !(1..=9).contains(&digits.clone().count()) {
        return None;
    }
    let n = digits.fold(0u64, |n, d| n * 10 + (d - b'0') as u64);
    suffix
        .eq_ignore_ascii_case(ordinal_suffix(n))
        .then_some(n as f64)
}

/// The suffix English writes after an ordinal in digits ("st" of "21st", "th" of "13th").
pub(super) fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

//! A number in words for a reader ("about 2.2 million US dollars", "between 10 and 15
//! percent", "21st"), written once here for the page, the CLI and every other user.

use crate::analysis::{Number, NumberKind};
use crate::vocabulary::numbers::CURRENCY_NAMES;

/// The words of a number: its qualifier or range, its amount and its unit.
pub(super) fn readable(number: &Number) -> String {
    if number.kind == NumberKind::Ordinal {
        return ordinal(number.value);
    }
    let unit = unit_words(number);
    let with_unit = |amount: f64| match &unit {
        Some(unit) => format!("{} {unit}", amount_words(amount)),
        None => amount_words(amount),
    };
    match (number.low, number.high) {
        (Some(low), Some(high)) => {
            let low = amount_words(low);
            format!("between {low} and {}", with_unit(high))
        }
        (Some(low), None) => format!("more than {}", with_unit(low)),
        (None, Some(high)) => format!("up to {}", with_unit(high)),
        (None, None) if number.approximate => format!("about {}", with_unit(number.value)),
        (None, None) => with_unit(number.value),
    }
}

/// The unit as a reader names it: the currency's name, "percent", "percentage points",
/// the unit's symbol; none for a count.
fn unit_words(number: &Number) -> Option<String> {
    let unit = number.unit.as_deref()?;
    Some(match number.kind {
        NumberKind::Money => CURRENCY_NAMES
            .iter()
            .find(|(code, _)| *code == unit)
            .map_or(unit, |&(_, name)| name)
            .to_string(),
        NumberKind::Percent => match unit {
            "pp" => "percentage points".to_string(),
            "bp" => "basis points".to_string(),
            _ => "percent".to_string(),
        },
        NumberKind::Quantity => unit.to_string(),
        NumberKind::Cardinal | NumberKind::Ordinal => return None,
    })
}

/// An amount with a scale word where one reads better ("2.2 million", "1,200", "0.67").
pub(super) fn amount_words(value: f64) -> String {
    const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
    for (scale, word) in SCALES {
        if value.abs() >= scale && value.abs() < scale * 1e3 {
            return format!("{} {word}", decimal(value / scale));
        }
    }
    if value.abs() >= 1e15 {
        return format!("{value:e}");
    }
    decimal(value)
}

/// A number with thousands marks and at most three decimals, trailing zeros dropped.
fn decimal(value: f64) -> String {
    let magnitude = value.abs();
    // A whole number (most are) skips the float formatting, about a thousand instructions.
    let fixed = if magnitude.fract() == 0.0 && magnitude < 1e15 {
        (magnitude as u64).to_string()
    } else {
        format!("{magnitude:.3}")
    };
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::with_capacity(fixed.len() + whole.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (k, digit) in whole.chars().enumerate() {
        if k > 0 && (whole.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// An ordinal in digits with its suffix ("1st", "22nd", "13th").
fn ordinal(value: f64) -> String {
    let n = value as u64;
    format!("{n}{}", super::numeral::ordinal_suffix(n))
}

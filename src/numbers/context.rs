//! The words around a numeral: the currency before it, the unit after it, the noun it
//! counts, and whether a word is an ordinal. Methods of the finder.

use super::numeral::{digits, fraction_word, ordinal_digits, scale_of};
use super::units::{currency_symbol, dollar_prefix, tables};
use super::{Amount, Finder, MAX_WORDS_BEFORE_NOUN};
use crate::analysis::NumberKind;
use crate::dates::words::{month_number, weekday_number, Unit};
use crate::text::{is_all_caps, is_capitalized, TokenKind};
use crate::vocabulary::grammar::{AUXILIARY_VERBS, DETERMINERS, FUNCTION_WORDS};
use crate::vocabulary::numbers::{
    CURRENCY_CODES, IRREGULAR_PLURALS, MINOR_UNITS, NOT_COUNTED, NOT_ORDINAL_BEFORE, ORDINAL_WORDS,
};

impl<'d, 't> Finder<'d, 't> {
    /// A rank written "No. 1" (an ordinal), or a scale word made an adjective of money
    /// ("a trillion-dollar experiment", "billion-euro").
    pub(super) fn rank_or_scale_adjective(&self, i: usize) -> Option<Amount> {
        let word = self.word(i);
        let plain = |kind, value, end, unit: Option<&str>| Amount {
            first: i,
            end,
            kind,
            value,
            unit: unit.map(str::to_string),
            scale: None,
            high: None,
            prefixed: false,
            vague: false,
            end_byte: None,
        };
        if word == "No" && self.word(i + 1) == "." {
            let rank = digits(self.word(i + 2), self.separators)?;
            let whole = rank.plain_integer && rank.suffix.is_empty() && rank.value >= 1.0;
            return whole.then(|| plain(NumberKind::Ordinal, rank.value, i + 3, None));
        }
        let (scale, currency) = word.split_once('-')?;
        let scale = scale_of(scale).filter(|_| scale.len() > 3)?;
        let code = match tables().currency_words.at_word(currency)? {
            "USD" => self.currencies.dollar,
            code => code,
        };
        Some(plain(NumberKind::Money, scale, i + 1, Some(code)))
    }

    /// A currency written before an amount ("$", "C$", "US$", "€", "DM", "Rs"): its code
    /// and the token of the numeral.
    pub(super) fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        let word = self.word(i);
        let adjacent = |a: usize| self.doc.end(a) == self.doc.start(a + 1);
        if let Some(code) = dollar_prefix(word) {
            let spaced_ok = word.len() > 1;
            if self.word(i + 1) == "$" && (adjacent(i) || spaced_ok) {
                return Some((code, i + 2));
            }
        }
        if let Some(code) = currency_symbol(word) {
            let code = if code == "USD" {
                self.currencies.dollar
            } else {
                code
            };
            return Some((code, i + 1));
        }
        let code = CURRENCY_CODES.iter().find(|(c, _)| *c == word)?.1;
        self.doc
            .is_kind(i + 1, TokenKind::Number)
            .then_some((code, i + 1))
    }

    /// An ordinal at token `i` ("21st", "third", "10th-ranked", "third-party") and where it
    /// ends inside a hyphenated token; none for a fraction ("a third of"), a name ("Fifth
    /// Avenue", "First Amendment"), a unit of time ("a second") or a date ("first Tuesday",
    /// "the sixth year").
    pub(super) fn ordinal(&self, i: usize) -> Option<(f64, Option<usize>)> {
        let word = self.word(i);
        let (head, end_byte) = match word.split_once('-') {
            Some((head, _)) => (head, Some(self.doc.start(i) + head.len())),
            None => (word, None),
        };
        let (next, next_lower) = if end_byte.is_some() {
            ("", "")
        } else {
            (self.word(i + 1), self.lower(i + 1))
        };
        let calendar = month_number(next).is_some()
            || weekday_number(next).is_some()
            || Unit::from_word(next_lower).is_some()
            || matches!(next, "half" | "quarter" | "halves");
        if calendar {
            return None;
        }
        if self.doc.is_kind(i, TokenKind::Number) {
            return ordinal_digits(head).map(|v| (v, end_byte));
        }
        // The ordinal words are lowercase ASCII: a case-blind compare, no copy.
        let value = ORDINAL_WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(head))?
            .1;
        let before = self.lower_back(i, 1);
        let named = is_capitalized(word) && !is_all_caps(word) && !self.doc.opens_clause(i);
        // "a third of", "a quarter and a third.": fractions.
        let fraction = matches!(before, "a" | "one")
            && (self.lower(i + 1) == "of" || !self.doc.is_kind(i + 1, TokenKind::Word))
            && fraction_word(head).is_some();
        // "his first term", "the third division", "second-guess".
        let after = match self.lower(i).split_once('-') {
            Some((_, rest)) => rest.split('-').next().unwrap_or(rest),
            None => self.lower(i + 1),
        };
        if NOT_ORDINAL_BEFORE.contains(&after) {
            return None;
        }
        let time = head.eq_ignore_ascii_case("second")
            && end_byte.is_none()
            && (matches!(before, "per" | "split")
                || matches!(before, "a" | "one") && !self.doc.is_kind(i + 1, TokenKind::Word));
        (!named && !fraction && !time).then_some((value, end_byte))
    }

    /// A unit written fused to digits ("10km", "40p", "10-foot"): the kind, the unit and
    /// the factor to the unit.
    pub(super) fn fused_unit(&self, suffix: &str) -> Option<(NumberKind, String, f64)> {
        let lower = suffix.to_ascii_lowercase();
        if lower == "p" && self.currencies.pounds_are_money {
            return Some((NumberKind::Money, "GBP".to_string(), 0.01));
        }
        let unit = crate::vocabulary::numbers::QUANTITY_UNITS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(suffix))?
            .1;
        Some((NumberKind::Quantity, unit.to_string(), 1.0))
    }

    /// The unit after a numeral ending before token `i`: money ("dollars", "Canadian
    /// dollars", "cents"), percent ("%", "per cent", "percentage points") or a unit of
    /// measure; with the kind, the token after the unit and the factor to the unit.
    pub(super) fn unit_after(
        &self,
        i: usize,
        scaled: bool,
    ) -> Option<(NumberKind, String, usize, f64)> {
        let t = tables();
        let doc = self.doc;
        if self.word(i) == "%" {
            return Some((NumberKind::Percent, "%".to_string(), i + 1, 1.0));
        }
        if let Some((unit, end)) = t.percent.at(doc, i) {
            return Some((NumberKind::Percent, unit.to_string(), end, 1.0));
        }
        if let Some((code, end)) = t.nationalities.at(doc, i) {
            return Some((NumberKind::Money, code.to_string(), end, 1.0));
        }
        let lower = self.lower(i);
        if let Some(&(_, factor)) = MINOR_UNITS.iter().find(|(w, _)| *w == lower) {
            // Pence are always British; cents are the article's own.
            let code = if lower == "pence" {
                "GBP"
            } else {
                self.currencies.minor
            };
            return Some((NumberKind::Money, code.to_string(), i + 1, factor));
        }
        if let Some((code, end)) = t.currency_words.at(doc, i) {
            let pound = lower.starts_with("pound");
            let needs_scale = matches!(&*lower, "won" | "mark" | "marks" | "crown" | "crowns");
            let code = if lower.starts_with("dollar") {
                self.currencies.dollar
            } else {
                code
            };
            if (!pound || self.currencies.pounds_are_money) && (scaled || !needs_scale) {
                // "pounds sterling" is one currency.
                let end = if pound && self.lower(end) == "sterling" {
                    end + 1
                } else {
                    end
                };
                return Some((NumberKind::Money, code.to_string(), end, 1.0));
            }
        }
        if let Some((unit, end)) = t.quantity.at(doc, i) {
            return Some((NumberKind::Quantity, unit.to_string(), end, 1.0));
        }
        if lower.starts_with("pound") {
            return Some((NumberKind::Quantity, "lb".to_string(), i + 1, 1.0));
        }
        if currency_code_after(self.word(i)) {
            return Some((NumberKind::Money, self.word(i).to_string(), i + 1, 1.0));
        }
        None
    }

    /// The noun a count counts, in the singular ("1,200 people": person; "12 striking
    /// miners": miner; "100 Polish nurses": nurse; "one Swiss bond futures trader": trader),
    /// read from the run of words after the number: for one, its last noun before a verb;
    /// for more, its first plural.
    pub(super) fn counted_noun(&self, i: usize, value: f64) -> Option<String> {
        let mut last = None;
        for k in i..i + MAX_WORDS_BEFORE_NOUN {
            let word = self.word(k);
            let lower = self.doc.lowercase_unicode(k);
            let stop = !self.doc.is_kind(k, TokenKind::Word)
                || !word.chars().all(|c| c.is_alphabetic() || c == '-')
                || FUNCTION_WORDS.contains(&&*lower)
                || DETERMINERS.contains(&&*lower)
                || AUXILIARY_VERBS.contains(&&*lower)
                || NOT_COUNTED.contains(&&*lower)
                || lower.ends_with("ly");
            let verb = lower.ends_with("ed") || crate::vocabulary::is_speech_verb(&lower);
            if stop || value == 1.0 && verb && k > i {
                break;
            }
            if value != 1.0 {
                if let Some(&(_, singular)) = IRREGULAR_PLURALS.iter().find(|(p, _)| *p == lower) {
                    return Some(singular.to_string());
                }
                if let Some(singular) = singular_of(&lower) {
                    return Some(singular);
                }
            }
            last = Some(lower.into_owned());
        }
        if value == 1.0 {
            last
        } else {
            None
        }
    }
}

/// Whether a word after an amount is an ISO code of the commonest currencies ("50 USD").
pub(super) fn currency_code_after(word: &str) -> bool {
    word.len() == 3
        && CURRENCY_CODES
            .iter()
            .any(|(c, code)| c == code && *c == word)
}

/// The singular of a regular plural noun ("miners": miner, "cases": case, "countries":
/// country), or None for a word that does not look plural ("business", "various").
pub(super) fn singular_of(word: &str) -> Option<String> {
    let ends = |s: &str| word.ends_with(s);
    if word.len() < 4 || ends("ss") || ends("us") || ends("is") || ends("'s") || ends("ous") {
        return None;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    for sibilant in ["ches", "shes", "xes", "sses", "zes"] {
        if ends(sibilant) {
            return Some(word[..word.len() - 2].to_string());
        }
    }
    word.strip_suffix('s').map(str::to_string)
}

/// Whether the part of a hyphenated word after a number is a noun it counts ("member" in
/// "112-member", "try" in "two-try"), not an age or a time ("year-old", "day").
pub(super) fn is_compound_noun(part: &str) -> bool {
    part.len() > 2
        && part.chars().all(|c| c.is_ascii_lowercase())
        && Unit::from_word(part).is_none()
        && !matches!(
            part,
            "old" | "odd" | "plus" | "something" | "point" | "pointer" | "digit"
        )
}

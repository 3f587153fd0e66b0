//! Numerals as a text writes them: digits with their grouping marks, a scale or a unit
//! fused on ("12.5m", "10km", "10-foot", "112-member"), number words ("two hundred and
//! fifty", "a dozen", "two-thirds") and loose round figures ("millions", "several
//! hundred"). Methods of the finder, read before the unit around them.

use super::context::is_compound_noun;
use super::numeral::{cardinal_word, digits, fraction_word, scale_of};
use super::units::{currency_symbol, tables};
use super::{Finder, MAX_NUMBER_WORDS};
use crate::text::TokenKind;
use crate::vocabulary::grammar::{AUXILIARY_VERBS, DETERMINERS, FUNCTION_WORDS};
use crate::vocabulary::numbers::AFTER_BOUNDS;

/// What a numeral alone says, before its unit.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Numeral<'t> {
    pub(super) end: usize,
    pub(super) value: f64,
    pub(super) scale: Option<f64>,
    /// Letters fused to the digits that are no scale ("km" in "10km").
    pub(super) suffix: &'t str,
    /// A fraction ("two-thirds", "a third of"): a count, never with a unit.
    pub(super) fraction: bool,
    /// Four digits or fewer and nothing else, as a year is written.
    pub(super) plain_integer: bool,
    /// The high end of a range written in one token ("10-15").
    pub(super) high: Option<f64>,
    /// Written in words ("seven", "a dozen").
    pub(super) in_words: bool,
    /// A round figure said loosely ("millions", "hundreds of thousands", "several hundred").
    pub(super) vague: bool,
    /// The noun a hyphen joins to the number ("member" in "112-member") and where the
    /// number ends inside the token.
    pub(super) compound: Option<(&'t str, usize)>,
}

impl<'d, 't> Finder<'d, 't> {
    /// A numeral at token `i`, with any scale after it.
    pub(super) fn numeral(&self, i: usize) -> Option<Numeral<'t>> {
        let doc = self.doc;
        let mut numeral = if doc.is_kind(i, TokenKind::Number) {
            self.digit_numeral(i)?
        } else {
            self.word_numeral(i)?
        };
        if numeral.fraction {
            return Some(numeral);
        }
        if numeral.suffix.is_empty() && numeral.scale.is_none() {
            if let Some(scale) = self.scale_word(numeral.end, numeral.in_words) {
                numeral.value *= scale;
                numeral.high = numeral.high.map(|h| h * scale);
                numeral.scale = Some(scale);
                numeral.end += 1;
                numeral.plain_integer = false;
            }
        }
        numeral.value.is_finite().then_some(numeral)
    }

    /// A scale word as its own token after a numeral ("million"; "m" and "bn" only after
    /// digits, where they cannot be metres or a name).
    pub(super) fn scale_word(&self, i: usize, after_words: bool) -> Option<f64> {
        let word = self.word(i);
        let spelled = word.len() > 3;
        if !self.doc.is_kind(i, TokenKind::Word) || after_words && !spelled {
            return None;
        }
        if !spelled && !matches!(word, "bn" | "mn" | "mln" | "bln" | "tn" | "trn") {
            return None;
        }
        scale_of(word)
    }

    /// A numeral written in digits at token `i`: one amount, or a range in one token
    /// ("10-15"), or an amount with a unit fused by a hyphen ("10-foot").
    pub(super) fn digit_numeral(&self, i: usize) -> Option<Numeral<'t>> {
        let token = self.word(i);
        if let Some((left, right)) = token.split_once(['-', '–']) {
            let low = digits(left, self.separators)?;
            if !low.suffix.is_empty() {
                return None;
            }
            if right.starts_with(|c: char| c.is_ascii_digit()) {
                // "10-15" is a range only with a unit after it (or a currency before);
                // "3-1" alone is a score.
                let high = digits(right, self.separators)?;
                if !high.suffix.is_empty() || right.contains(['-', '–']) {
                    return None;
                }
                let unit_follows = self.unit_after(i + 1, false).is_some()
                    || self.word(i + 1) == "%"
                    || currency_symbol(self.word_back(i, 1)).is_some();
                // "12,700-12,950" (a price range in a table): marked numbers, rising.
                let marked = |side: &str| side.contains([',', '.']);
                let priced = marked(left) && marked(right) && low.value < high.value;
                return (unit_follows || priced).then_some(Numeral {
                    end: i + 1,
                    value: low.value,
                    scale: None,
                    high: Some(high.value),
                    in_words: false,
                    ..self.plain(i)
                });
            }
            // "10-foot" is ten feet, "112-member" counts members; "22-year-old" and
            // "10-day" are ages and times.
            let unit = tables().quantity.at_word(right).is_some();
            let noun = !unit && is_compound_noun(right);
            if !unit && !noun {
                return None;
            }
            return Some(Numeral {
                end: i + 1,
                value: low.value,
                scale: None,
                suffix: if unit { right } else { "" },
                in_words: false,
                compound: noun.then(|| (right, self.doc.start(i) + left.len())),
                ..self.plain(i)
            });
        }
        let read = digits(token, self.separators)?;
        Some(Numeral {
            end: i + 1,
            value: read.value,
            scale: read.scale,
            suffix: read.suffix,
            plain_integer: read.plain_integer,
            in_words: false,
            ..self.plain(i)
        })
    }

    /// A number written in words from token `i` ("twenty-five", "two hundred", "a dozen",
    /// "two-thirds", "a third of", "half of").
    pub(super) fn word_numeral(&self, i: usize) -> Option<Numeral<'t>> {
        let word = self.word(i);
        let lower = self.lower(i);
        let article = matches!(lower, "a" | "an" | "one");
        // "a third of", "half of", "two-thirds".
        let fraction = match lower {
            "a" | "an" | "one"
                if self.lower(i + 2) == "of" || !self.doc.is_kind(i + 2, TokenKind::Word) =>
            {
                fraction_word(self.word(i + 1)).map(|v| (v, i + 2))
            }
            "half" if self.lower(i + 1) == "of" => Some((0.5, i + 1)),
            _ if lower.contains('-') => fraction_word(word).map(|v| (v, i + 1)),
            _ => None,
        };
        if let Some((value, end)) = fraction {
            return Some(Numeral {
                end,
                value,
                scale: None,
                suffix: "",
                fraction: true,
                plain_integer: false,
                high: None,
                in_words: true,
                vague: false,
                compound: None,
            });
        }
        if let Some(vague) = self.vague_numeral(i) {
            return Some(vague);
        }
        // "one-liners", "one-two punch", "one-on-one" are no counts.
        if let Some((left, right)) = word
            .split_once('-')
            .filter(|(left, _)| cardinal_word(word).is_none() && !left.eq_ignore_ascii_case("one"))
        {
            // "Two-try winger", "a three-judge panel": the count of the noun after it; "a
            // six-acre park": a quantity.
            let value = cardinal_word(left)?;
            if tables().quantity.at_word(right).is_some() {
                return Some(Numeral {
                    value,
                    suffix: right,
                    scale: None,
                    ..self.plain(i)
                });
            }
            return is_compound_noun(right).then(|| Numeral {
                end: i + 1,
                value,
                scale: None,
                suffix: "",
                fraction: false,
                plain_integer: false,
                high: None,
                in_words: true,
                vague: false,
                compound: Some((right, self.doc.start(i) + left.len())),
            });
        }
        if lower == "one" && !self.one_is_a_number(i) {
            return None;
        }
        let (mut value, mut k) = match cardinal_word(word) {
            Some(value) if !article || lower == "one" => (value, i + 1),
            _ if article => {
                // "a dozen", "a hundred", "a million".
                let next = self.lower(i + 1);
                match (cardinal_word(&next), scale_of(&next)) {
                    (Some(v), _) if v >= 12.0 => (v, i + 2),
                    (None, Some(s)) if next.len() > 3 => (s, i + 2),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let mut total = 0.0;
        while k < i + MAX_NUMBER_WORDS {
            let next = self.lower(k);
            if next == "hundred" && value < 100.0 {
                value *= 100.0;
            } else if next == "dozen" && value < 100.0 {
                // "two dozen".
                value *= 12.0;
            } else if next == "and" && value >= 100.0 && cardinal_word(self.word(k + 1)).is_some() {
                // "two hundred and fifty".
            } else if let Some(v) = cardinal_word(&next).filter(|&v| v < 100.0 && value >= 100.0) {
                value += v;
            } else if matches!(&*next, "thousand" | "million" | "billion" | "trillion") {
                total += value * scale_of(&next)?;
                value = 0.0;
                if cardinal_word(self.word(k + 1)).is_none() {
                    k += 1;
                    break;
                }
            } else {
                break;
            }
            k += 1;
        }
        Some(Numeral {
            end: k,
            value: total + value,
            scale: (total > 0.0).then_some(1.0),
            ..self.plain(i)
        })
    }

    /// A round figure said loosely at token `i`: "millions", "hundreds of thousands",
    /// "tens of thousands", "several hundred", "a few thousand", "half a million".
    pub(super) fn vague_numeral(&self, i: usize) -> Option<Numeral<'t>> {
        let lower = self.lower(i);
        let plural_scale = |w: &str| {
            w.strip_suffix('s')
                .filter(|s| s.len() > 3)
                .and_then(scale_of)
                .or_else(|| (w == "tens").then_some(10.0))
        };
        let (value, mut end) = if let Some(scale) = plural_scale(&lower) {
            (scale, i + 1)
        } else if matches!(&*lower, "several" | "few") || lower == "a" && self.lower(i + 1) == "few"
        {
            let at = if lower == "a" { i + 2 } else { i + 1 };
            let scale = scale_of(self.word(at)).filter(|_| self.word(at).len() > 3)?;
            (scale, at + 1)
        } else if lower == "half" && self.lower(i + 1) == "a" {
            let scale = scale_of(self.word(i + 2)).filter(|_| self.word(i + 2).len() > 3)?;
            return Some(Numeral {
                value: scale / 2.0,
                end: i + 3,
                ..self.plain(i)
            });
        } else {
            return None;
        };
        let mut value = value;
        // "hundreds of thousands", "millions and millions".
        if self.lower(end) == "of" {
            if let Some(scale) = plural_scale(&self.lower(end + 1)) {
                value *= scale;
                end += 2;
            }
        } else if self.lower(end) == "and" && self.lower(end + 1) == lower {
            end += 2;
        }
        if value < 100.0 {
            return None;
        }
        Some(Numeral {
            value,
            end,
            vague: true,
            ..self.plain(i)
        })
    }

    /// A numeral of one word at token `i` with nothing else known, to build others from.
    pub(super) fn plain(&self, i: usize) -> Numeral<'t> {
        Numeral {
            end: i + 1,
            value: 0.0,
            scale: Some(1.0),
            suffix: "",
            fraction: false,
            plain_integer: false,
            high: None,
            in_words: true,
            vague: false,
            compound: None,
        }
    }

    /// Whether "one" at token `i` counts, rather than standing for a person or thing ("no
    /// one", "the one who", "one another", "one's").
    pub(super) fn one_is_a_number(&self, i: usize) -> bool {
        let before = self.lower_back(i, 1);
        let after = self.lower(i + 1);
        // "One is the momentum …": a sentence that opens with "One" counts one of them.
        if self.word(i) == "One" && self.doc.opens_clause(i) {
            return true;
        }
        let counts_what_follows = after == "of"
            || self.doc.is_kind(i + 1, TokenKind::Word)
                && !FUNCTION_WORDS.contains(&&*after)
                && !AUXILIARY_VERBS.contains(&&*after)
                && !DETERMINERS.contains(&&*after)
                && !matches!(&*after, "another" | "point" | "day" | "time")
            || matches!(&*after, "or" | "and" | "to") && self.numeral_follows(i + 2)
            || after == "or" && AFTER_BOUNDS.iter().any(|(w, _)| *w == self.lower(i + 2));
        counts_what_follows
            && !matches!(
                before,
                "the"
                    | "no"
                    | "any"
                    | "every"
                    | "each"
                    | "this"
                    | "that"
                    | "which"
                    | "last"
                    | "only"
                    | "next"
            )
    }

    /// Whether a number in digits or words is at token `i`.
    pub(super) fn numeral_follows(&self, i: usize) -> bool {
        self.doc.is_kind(i, TokenKind::Number) || cardinal_word(self.word(i)).is_some()
    }
}

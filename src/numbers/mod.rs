//! Numbers: the money, percentages, quantities, counts and ordinals an article states,
//! each with its value and unit, spanned as OntoNotes spans them (qualifier included:
//! "more than $2 billion"). What is already a date, a time or part of a name is left to
//! those (the caller passes their spans), and so are ages, years, scores, clock times and
//! numbers that label things ("Section 230", "Boeing 747").
//!
//! Each token is read once: [`numeral`] reads the digits or number words, [`units`] the
//! currency or unit around them, and this module the qualifier, the range and the
//! counted noun. Every step looks a bounded number of tokens ahead, so time stays linear.

mod numeral;
mod readable;
mod units;

#[cfg(test)]
mod tests;

use crate::analysis::{Number, NumberKind, Span};
use crate::dates::words::{month_number, weekday_number, Unit};
use crate::text::is_all_caps;
use crate::text::{is_capitalized, Document, TokenKind};
use crate::vocabulary::grammar::{AUXILIARY_VERBS, DETERMINERS, FUNCTION_WORDS};
use crate::vocabulary::numbers::{
    AGE_WORDS, CURRENCY_CODES, IRREGULAR_PLURALS, MINOR_UNITS, NAME_NUMBERS, ORDINAL_WORDS,
};
use crate::vocabulary::time::TIME_ZONES;
use numeral::{cardinal_word, digits, fraction_word, ordinal_digits, scale_of, Separators};
use units::{currency_symbol, dollar_prefix, tables, Currencies};

/// The most words a number written in words may take ("two hundred and fifty thousand").
const MAX_NUMBER_WORDS: usize = 6;

/// The most adjectives read between a count and its noun ("12 striking coal miners").
const MAX_WORDS_BEFORE_NOUN: usize = 3;

/// Finds the numbers of a document, leaving out every token inside one of `taken` (byte
/// spans of dates, times and entity mentions).
pub fn extract(doc: &Document, taken: &[Span]) -> Vec<Number> {
    let finder = Finder {
        doc,
        taken: taken_tokens(doc, taken),
        currencies: Currencies::of(doc),
        separators: separators_of(doc),
    };
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < doc.token_count() {
        match finder.number_at(i) {
            Some(found) if !(found.first..found.end).any(|k| finder.is_taken(k)) => {
                i = found.end;
                numbers.push(finder.number(found));
            }
            _ => i += 1,
        }
    }
    numbers
}

/// Which tokens lie inside one of `spans`.
fn taken_tokens(doc: &Document, spans: &[Span]) -> Vec<bool> {
    let mut taken = vec![false; doc.token_count()];
    for span in spans {
        let mut lo = 0;
        let mut hi = doc.token_count();
        while lo < hi {
            let mid = (lo + hi) / 2;
            if doc.end(mid) <= span.start {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut k = lo;
        while k < doc.token_count() && doc.start(k) < span.end {
            taken[k] = true;
            k += 1;
        }
    }
    taken
}

/// How the article writes its numbers: points as thousands marks only where it writes
/// numbers such as "1.200.000" or "3,5" and none such as "1,200.5".
fn separators_of(doc: &Document) -> Separators {
    let (mut english, mut european) = (0, 0);
    for i in (0..doc.token_count()).filter(|&i| doc.is_kind(i, TokenKind::Number)) {
        let text = doc.word(i);
        let points = text.matches('.').count();
        let commas = text.matches(',').count();
        if points >= 2 && commas == 0
            || commas == 1 && points >= 1 && text.rfind(',') > text.rfind('.')
        {
            european += 1;
        } else if commas >= 2 && points == 0
            || commas >= 1 && points == 1 && text.rfind('.') > text.rfind(',')
        {
            english += 1;
        }
    }
    if european > english {
        Separators::PointGroups
    } else {
        Separators::CommaGroups
    }
}

/// A number found: its tokens and what it says.
#[derive(Clone, Debug, PartialEq)]
struct Found {
    first: usize,
    end: usize,
    kind: NumberKind,
    value: f64,
    unit: Option<String>,
    approximate: bool,
    low: Option<f64>,
    high: Option<f64>,
    /// Where the number ends inside its last token, when it is only the token's first part
    /// ("112" in "112-member", "third" in "third-party").
    end_byte: Option<usize>,
}

/// The amount at the core of a number: a numeral with its scale and unit.
#[derive(Clone, Debug, PartialEq)]
struct Amount {
    first: usize,
    end: usize,
    kind: NumberKind,
    value: f64,
    unit: Option<String>,
    /// The scale written after the numeral ("billion" in "$3 to $5 billion"), if any.
    scale: Option<f64>,
    /// A range written as one token ("10-15%"): its high end.
    high: Option<f64>,
    /// Whether a currency sign or code comes before the numeral ("$3").
    prefixed: bool,
    /// Whether the amount is a round figure said loosely ("millions", "several hundred").
    vague: bool,
    /// See [`Found::end_byte`].
    end_byte: Option<usize>,
}

/// What a numeral alone says, before its unit.
#[derive(Clone, Debug, PartialEq)]
struct Numeral<'t> {
    end: usize,
    value: f64,
    scale: Option<f64>,
    /// Letters fused to the digits that are no scale ("km" in "10km").
    suffix: &'t str,
    /// A fraction ("two-thirds", "a third of"): a count, never with a unit.
    fraction: bool,
    /// Four digits or fewer and nothing else, as a year is written.
    plain_integer: bool,
    /// The high end of a range written in one token ("10-15").
    high: Option<f64>,
    /// Written in words ("seven", "a dozen").
    in_words: bool,
    /// A round figure said loosely ("millions", "hundreds of thousands", "several hundred").
    vague: bool,
    /// The noun a hyphen joins to the number ("member" in "112-member") and where the
    /// number ends inside the token.
    compound: Option<(&'t str, usize)>,
}

struct Finder<'d, 't> {
    doc: &'d Document<'t>,
    taken: Vec<bool>,
    currencies: Currencies,
    separators: Separators,
}

impl<'t> Finder<'_, 't> {
    /// Whether token `i` belongs to a date or a name, and so to no number. The dollar of
    /// "US$" and "A$" is the amount's even where "US" is tagged as a place.
    fn is_taken(&self, i: usize) -> bool {
        let prefix = dollar_prefix(self.word(i)).is_some() && self.word(i + 1) == "$";
        self.taken.get(i).copied().unwrap_or(true) && !prefix
    }

    fn word(&self, i: usize) -> &'t str {
        self.doc.word(i)
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_ascii_lowercase()
    }

    /// The number that starts at token `i`, qualifier and range included.
    fn number_at(&self, i: usize) -> Option<Found> {
        let between = self.word(i).eq_ignore_ascii_case("between");
        let qualifier = if between {
            None
        } else {
            tables().qualifiers.at(self.doc, i)
        };
        let start = match qualifier {
            Some((_, after)) => after,
            None if between => i + 1,
            None => i,
        };
        if self.is_taken(start) {
            return None;
        }
        let first = self.amount(start)?;
        let (mut low, mut high) = (None, first.high);
        let mut amount = first.clone();
        if let Some((second, end)) = self.range_end(&first, between) {
            low = Some(amount.value);
            high = Some(second.value);
            amount.end = end;
            amount.kind = second.kind;
            amount.unit = second.unit.clone();
            if first.scale.is_none() {
                if let Some(scale) = second.scale {
                    amount.value *= scale;
                    low = Some(amount.value);
                }
            }
        } else if between {
            return None;
        } else if high.is_some() {
            low = Some(amount.value);
        }
        let mut approximate = false;
        match qualifier.map(|(bound, _)| bound) {
            Some("approximate") => approximate = true,
            Some("low") => low = low.or(Some(amount.value)),
            Some("high") => high = high.or(Some(amount.value)),
            _ => {}
        }
        if !self.stands_alone(&amount) {
            return None;
        }
        if amount.kind == NumberKind::Cardinal && amount.unit.is_none() {
            amount.unit = self.counted_noun(amount.end, amount.value);
        }
        if self.is_year(&amount, start) {
            return None;
        }
        Some(Found {
            first: if qualifier.is_some() || between {
                i
            } else {
                amount.first
            },
            end: amount.end,
            kind: amount.kind,
            value: amount.value,
            unit: amount.unit,
            approximate: approximate || amount.vague,
            low,
            high,
            end_byte: amount.end_byte,
        })
    }

    /// The second amount of a range after `first` ("$3 to $5 billion", "between 10 and
    /// 15 percent"), with the token after it.
    fn range_end(&self, first: &Amount, between: bool) -> Option<(Amount, usize)> {
        if first.high.is_some() {
            return None;
        }
        let joiner = self.lower(first.end);
        let joins = match joiner.as_str() {
            "and" => between,
            "to" | "-" | "–" => true,
            _ => false,
        };
        if !joins || self.taken.get(first.end + 1).copied().unwrap_or(true) {
            return None;
        }
        let second = self.amount(first.end + 1)?;
        // "10 to 15 percent", "$3 to $5 billion", "between 5 percent and 7 percent"; not
        // "rose 38 cents to A$3.75" nor "61 percent to 30 percent": a change or a contrast.
        let bare = first.kind == NumberKind::Cardinal && first.unit.is_none();
        let same = second.kind == first.kind && second.unit == first.unit;
        let unscaled_prefix = first.prefixed && second.prefixed && first.scale.is_none();
        let compatible = bare || same && (between || unscaled_prefix && second.scale.is_some());
        compatible.then(|| (second.clone(), second.end))
    }

    /// Money, a percentage, a quantity or a count at token `i`, without qualifier.
    fn amount(&self, i: usize) -> Option<Amount> {
        if let Some((code, at)) = self.currency_before(i) {
            let numeral = self.numeral(at)?;
            if !numeral.suffix.is_empty() || numeral.fraction || numeral.compound.is_some() {
                return None;
            }
            return Some(Amount {
                first: i,
                end: numeral.end,
                kind: NumberKind::Money,
                value: numeral.value,
                unit: Some(code.to_string()),
                scale: numeral.scale,
                high: numeral.high,
                prefixed: true,
                vague: numeral.vague,
                end_byte: None,
            });
        }
        if let Some((value, end_byte)) = self.ordinal(i) {
            return Some(Amount {
                first: i,
                end: i + 1,
                kind: NumberKind::Ordinal,
                value,
                unit: None,
                scale: None,
                high: None,
                prefixed: false,
                vague: false,
                end_byte,
            });
        }
        let numeral = self.numeral(i)?;
        let mut end_byte = None;
        let (kind, unit, end, factor) = if numeral.fraction {
            (NumberKind::Cardinal, None, numeral.end, 1.0)
        } else if let Some((noun, number_end)) = numeral.compound {
            end_byte = Some(number_end);
            let noun = noun.to_lowercase();
            (
                NumberKind::Cardinal,
                Some(singular_of(&noun).unwrap_or(noun)),
                numeral.end,
                1.0,
            )
        } else if !numeral.suffix.is_empty() {
            let (kind, unit, factor) = self.fused_unit(numeral.suffix)?;
            (kind, Some(unit), numeral.end, factor)
        } else {
            // "billions of dollars": a loose figure of money.
            let of = numeral.vague && self.lower(numeral.end) == "of";
            let at = if of { numeral.end + 1 } else { numeral.end };
            match self.unit_after(at, numeral.scale.is_some()) {
                Some((kind, unit, end, factor)) if !of || kind == NumberKind::Money => {
                    (kind, Some(unit), end, factor)
                }
                _ => (NumberKind::Cardinal, None, numeral.end, 1.0),
            }
        };
        Some(Amount {
            first: i,
            end,
            kind,
            value: numeral.value * factor,
            unit,
            scale: numeral.scale,
            high: numeral.high.map(|h| h * factor),
            prefixed: false,
            vague: numeral.vague,
            end_byte,
        })
    }

    /// A currency written before an amount ("$", "C$", "US$", "€", "DM", "Rs"): its code
    /// and the token of the numeral.
    fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
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

    /// A numeral at token `i`, with any scale after it.
    fn numeral(&self, i: usize) -> Option<Numeral<'t>> {
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
    fn scale_word(&self, i: usize, after_words: bool) -> Option<f64> {
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
    fn digit_numeral(&self, i: usize) -> Option<Numeral<'t>> {
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
                return unit_follows.then_some(Numeral {
                    end: i + 1,
                    value: low.value,
                    scale: None,
                    suffix: "",
                    fraction: false,
                    plain_integer: false,
                    high: Some(high.value),
                    in_words: false,
                    vague: false,
                    compound: None,
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
                fraction: false,
                plain_integer: false,
                high: None,
                in_words: false,
                vague: false,
                compound: noun.then(|| (right, self.doc.start(i) + left.len())),
            });
        }
        let read = digits(token, self.separators)?;
        Some(Numeral {
            end: i + 1,
            value: read.value,
            scale: read.scale,
            suffix: read.suffix,
            fraction: false,
            plain_integer: read.plain_integer,
            high: None,
            in_words: false,
            vague: false,
            compound: None,
        })
    }

    /// A number written in words from token `i` ("twenty-five", "two hundred", "a dozen",
    /// "two-thirds", "a third of", "half of").
    fn word_numeral(&self, i: usize) -> Option<Numeral<'t>> {
        let word = self.word(i);
        let lower = word.to_ascii_lowercase();
        let article = matches!(lower.as_str(), "a" | "an" | "one");
        // "a third of", "half of", "two-thirds".
        let fraction = match lower.as_str() {
            "a" | "an" | "one" if self.lower(i + 2) == "of" => {
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
        if let Some((left, right)) = word
            .split_once('-')
            .filter(|_| cardinal_word(word).is_none())
        {
            // "Two-try winger", "a three-judge panel": the count of the noun after it.
            let value = cardinal_word(left)?;
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
            } else if next == "and" && value >= 100.0 && cardinal_word(self.word(k + 1)).is_some() {
                // "two hundred and fifty".
            } else if let Some(v) = cardinal_word(&next).filter(|&v| v < 100.0 && value >= 100.0) {
                value += v;
            } else if matches!(
                next.as_str(),
                "thousand" | "million" | "billion" | "trillion"
            ) {
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
            suffix: "",
            fraction: false,
            plain_integer: false,
            high: None,
            in_words: true,
            vague: false,
            compound: None,
        })
    }

    /// A round figure said loosely at token `i`: "millions", "hundreds of thousands",
    /// "tens of thousands", "several hundred", "a few thousand", "half a million".
    fn vague_numeral(&self, i: usize) -> Option<Numeral<'t>> {
        let lower = self.lower(i);
        let plural_scale = |w: &str| {
            w.strip_suffix('s')
                .filter(|s| s.len() > 3)
                .and_then(scale_of)
                .or_else(|| (w == "tens").then_some(10.0))
        };
        let (value, mut end) = if let Some(scale) = plural_scale(&lower) {
            (scale, i + 1)
        } else if matches!(lower.as_str(), "several" | "few")
            || lower == "a" && self.lower(i + 1) == "few"
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
    fn plain(&self, i: usize) -> Numeral<'t> {
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
    fn one_is_a_number(&self, i: usize) -> bool {
        let before = self.word_back(i, 1).to_ascii_lowercase();
        let after = self.lower(i + 1);
        let counts_what_follows = after == "of"
            || self.doc.is_kind(i + 1, TokenKind::Word)
                && !FUNCTION_WORDS.contains(&after.as_str())
                && !AUXILIARY_VERBS.contains(&after.as_str())
                && !DETERMINERS.contains(&after.as_str())
                && !matches!(after.as_str(), "another" | "point" | "day" | "time")
            || matches!(after.as_str(), "or" | "and" | "to") && self.numeral_follows(i + 2);
        counts_what_follows
            && !matches!(
                before.as_str(),
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
            )
    }

    /// Whether a number in digits or words is at token `i`.
    fn numeral_follows(&self, i: usize) -> bool {
        self.doc.is_kind(i, TokenKind::Number) || cardinal_word(self.word(i)).is_some()
    }

    /// The word `back` tokens before `i`, or "" before the text.
    fn word_back(&self, i: usize, back: usize) -> &'t str {
        self.doc.word_at(i as isize - back as isize)
    }

    /// An ordinal at token `i` ("21st", "third", "10th-ranked", "third-party") and where it
    /// ends inside a hyphenated token; none for a fraction ("a third of"), a name ("Fifth
    /// Avenue", "First Amendment"), a unit of time ("a second") or a date ("first Tuesday",
    /// "the sixth year").
    fn ordinal(&self, i: usize) -> Option<(f64, Option<usize>)> {
        let word = self.word(i);
        let (head, end_byte) = match word.split_once('-') {
            Some((head, _)) => (head, Some(self.doc.start(i) + head.len())),
            None => (word, None),
        };
        let next = if end_byte.is_some() {
            ""
        } else {
            self.word(i + 1)
        };
        let calendar = month_number(next).is_some()
            || weekday_number(next).is_some()
            || Unit::from_word(&next.to_ascii_lowercase()).is_some()
            || matches!(next, "half" | "quarter" | "halves");
        if calendar {
            return None;
        }
        if self.doc.is_kind(i, TokenKind::Number) {
            return ordinal_digits(head).map(|v| (v, end_byte));
        }
        let lower = head.to_ascii_lowercase();
        let value = ORDINAL_WORDS.iter().find(|(w, _)| *w == lower)?.1;
        let before = self.word_back(i, 1).to_ascii_lowercase();
        let named = is_capitalized(word) && !is_all_caps(word) && !self.doc.opens_clause(i);
        let fraction = matches!(before.as_str(), "a" | "one") && self.lower(i + 1) == "of";
        let time = lower == "second"
            && end_byte.is_none()
            && (matches!(before.as_str(), "a" | "one" | "per" | "split")
                || !self.doc.is_kind(i + 1, TokenKind::Word));
        (!named && !fraction && !time).then_some((value, end_byte))
    }

    /// A unit written fused to digits ("10km", "40p", "10-foot"): the kind, the unit and
    /// the factor to the unit.
    fn fused_unit(&self, suffix: &str) -> Option<(NumberKind, String, f64)> {
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
    fn unit_after(&self, i: usize, scaled: bool) -> Option<(NumberKind, String, usize, f64)> {
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
            if lower != "pence" || self.currencies.pounds_are_money {
                let code = if lower == "pence" {
                    "GBP"
                } else {
                    self.currencies.minor
                };
                return Some((NumberKind::Money, code.to_string(), i + 1, factor));
            }
        }
        if let Some((code, end)) = t.currency_words.at(doc, i) {
            let pound = lower.starts_with("pound");
            let needs_scale = matches!(
                lower.as_str(),
                "won" | "mark" | "marks" | "crown" | "crowns"
            );
            let code = if lower.starts_with("dollar") {
                self.currencies.dollar
            } else {
                code
            };
            if !(pound && !self.currencies.pounds_are_money) && (scaled || !needs_scale) {
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

    /// Whether an amount is a number of its own, not an age ("age 22", "Trump, 70,"), a
    /// label ("Section 230", "#2", "No. 1"), a description fused by a hyphen that is no
    /// unit ("22-year-old", "2,000-strong"), nor a number with letters after it ("747s").
    fn stands_alone(&self, amount: &Amount) -> bool {
        let before = self.word_back(amount.first, 1);
        let abbreviated = before == "." && NAME_NUMBERS.contains(&self.word_back(amount.first, 2));
        if AGE_WORDS.contains(&before.to_ascii_lowercase().as_str())
            || NAME_NUMBERS.contains(&before)
            || abbreviated
            || before == "#"
        {
            return false;
        }
        let after = self.word(amount.end);
        let clock = matches!(
            after.to_ascii_lowercase().as_str(),
            "a.m." | "p.m." | "am" | "pm"
        ) || TIME_ZONES.iter().any(|(zone, _)| *zone == after);
        // "under the age of 30"; "+358 - 0 - 680 50 245" and ".307" are no amounts.
        let age_of = before == "of" && AGE_WORDS.contains(&self.word_back(amount.first, 2));
        let glued = |a: usize| self.doc.end(a) == self.doc.start(a + 1);
        let phone = amount.first > 0 && matches!(before, "+" | ".") && glued(amount.first - 1)
            || bare_digits(self, amount)
                && (self.doc.is_kind(amount.end, TokenKind::Number)
                    || amount.first > 0 && self.doc.is_kind(amount.first - 1, TokenKind::Number));
        // "Anderson Cooper 360", "Windows 10", "S&P 500": a number that ends a name.
        let ends_name = bare_digits(self, amount)
            && amount.first > 0
            && self.doc.is_kind(amount.first - 1, TokenKind::Word)
            && is_capitalized(before)
            && !self.doc.opens_clause(amount.first - 1);
        if clock || age_of || phone || ends_name {
            return false;
        }
        // "Donald Trump, 70, said": an age in apposition.
        let apposition = before == ","
            && is_capitalized(self.word_back(amount.first, 2))
            && self.word(amount.end) == ","
            && amount.kind == NumberKind::Cardinal
            && amount.end == amount.first + 1
            && (1.0..=120.0).contains(&amount.value);
        !apposition
    }

    /// Whether a count is a year ("in 2016", "2016's election"): four plain digits from
    /// 1800 to 2100 that count nothing.
    fn is_year(&self, amount: &Amount, start: usize) -> bool {
        // "a 2012 records request": a year before a noun, after a determiner.
        let before = self.word_back(start, 1).to_ascii_lowercase();
        let determined = DETERMINERS.contains(&before.as_str());
        amount.kind == NumberKind::Cardinal
            && amount.end == start + 1
            && self.doc.is_kind(start, TokenKind::Number)
            && self.word(start).len() == 4
            && (1800.0..=2100.0).contains(&amount.value)
            && (amount.unit.is_none() || determined)
    }

    /// The noun a count counts, in the singular ("1,200 people": person; "12 striking
    /// miners": miner), read from the words after the number.
    fn counted_noun(&self, i: usize, value: f64) -> Option<String> {
        for k in i..i + MAX_WORDS_BEFORE_NOUN {
            let word = self.word(k);
            if !self.doc.is_kind(k, TokenKind::Word)
                || !word.chars().all(|c| c.is_lowercase() || c == '-')
                || FUNCTION_WORDS.contains(&word)
                || DETERMINERS.contains(&word)
            {
                return None;
            }
            if let Some(&(_, singular)) = IRREGULAR_PLURALS.iter().find(|(p, _)| *p == word) {
                return Some(singular.to_string());
            }
            if let Some(singular) = singular_of(word) {
                return Some(singular);
            }
            if value == 1.0 && k == i {
                return Some(word.to_string());
            }
        }
        None
    }

    /// The number as the analysis reports it.
    fn number(&self, found: Found) -> Number {
        let mut span = self.doc.span(found.first, found.end);
        if let Some(end) = found.end_byte {
            span.end = end;
        }
        let text = self.doc.text[span.start..span.end].to_string();
        let mut number = Number {
            span,
            text,
            kind: found.kind,
            value: found.value,
            unit: found.unit,
            approximate: found.approximate,
            low: found.low,
            high: found.high,
            readable: String::new(),
        };
        number.readable = readable::readable(&number);
        number
    }
}

/// Whether an amount is a bare run of digits: one token, no unit, currency or scale.
fn bare_digits(finder: &Finder, amount: &Amount) -> bool {
    amount.kind == NumberKind::Cardinal
        && amount.end == amount.first + 1
        && amount.end_byte.is_none()
        && finder.doc.is_kind(amount.first, TokenKind::Number)
}

/// Whether the part of a hyphenated word after a number is a noun it counts ("member" in
/// "112-member", "try" in "two-try"), not an age or a time ("year-old", "day").
fn is_compound_noun(part: &str) -> bool {
    part.len() > 2
        && part.chars().all(|c| c.is_ascii_lowercase())
        && Unit::from_word(part).is_none()
        && !matches!(
            part,
            "old" | "odd" | "plus" | "something" | "point" | "pointer" | "digit"
        )
}

/// Whether a word after an amount is an ISO code of the commonest currencies ("50 USD").
fn currency_code_after(word: &str) -> bool {
    word.len() == 3
        && CURRENCY_CODES
            .iter()
            .any(|(c, code)| c == code && *c == word)
}

/// The singular of a regular plural noun ("miners": miner, "cases": case, "countries":
/// country), or None for a word that does not look plural ("business", "various").
fn singular_of(word: &str) -> Option<String> {
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

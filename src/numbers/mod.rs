//! Numbers: the money, percentages, quantities, counts and ordinals an article states,
//! each with its value and unit, spanned as OntoNotes spans them (qualifier included:
//! "more than $2 billion"). What is already a date, a time or part of a name is left to
//! those (the caller passes their spans), and so are ages, years, scores, clock times and
//! numbers that label things ("Section 230", "Boeing 747").
//!
//! Each token is read once: [`numeral`] reads the digits or number words, [`units`] the
//! currency or unit around them, and this module the qualifier, the range and the
//! counted noun. Every step looks a bounded number of tokens ahead, so time stays linear.

mod context;
mod numeral;
mod readable;
mod reading;
mod units;

#[cfg(test)]
mod tests;

use crate::analysis::{Number, NumberKind, Span};
use crate::dates::words::Unit;
use crate::text::is_dash;
use crate::text::{is_capitalized, Document, TokenKind};
use crate::vocabulary::grammar::DETERMINERS;
use crate::vocabulary::numbers::{
    AFTER_BOUNDS, AGE_WORDS, CHANGE_WORDS, NAME_NUMBERS, STREET_WORDS,
};
use crate::vocabulary::time::TIME_ZONES;
use context::singular_of;
use numeral::{scale_of, Separators};
use units::{dollar_prefix, tables, Currencies};

/// The most words a number written in words may take ("two hundred and fifty thousand").
const MAX_NUMBER_WORDS: usize = 6;

/// The most words read from a count to its noun ("2,472 Republican National Convention
/// delegates").
const MAX_WORDS_BEFORE_NOUN: usize = 5;

/// Finds the numbers of a document, leaving out every token inside one of `taken` (byte
/// spans of dates, times and entity mentions).
#[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
pub fn extract(doc: &Document, taken: &[Span]) -> Vec<Number> {
    let finder = Finder {
        doc,
        taken: taken_tokens(doc, taken),
        currencies: Currencies::of(doc),
        separators: separators_of(doc),
    };
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < doc.token_count() {
        match finder.number_at(i) {
            Some(number) if !(number.first..number.end).any(|k| finder.is_taken(k)) => {
                i = number.end;
                finder.carry_currency(&mut found, number);
            }
            _ => i += 1,
        }
    }
    found.into_iter().map(|f| finder.number(f)).collect()
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
    /// Whether a scale word or abbreviation multiplies it ("0.7 million").
    scaled: bool,
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

struct Finder<'d, 't> {
    doc: &'d Document<'t>,
    taken: Vec<bool>,
    currencies: Currencies,
    separators: Separators,
}

impl<'d, 't> Finder<'d, 't> {
    /// Whether a number can start at token `i`: digits, a currency sign or code, or a
    /// word that opens a qualifier or names a number (read from one table, so that the
    /// other tokens of a text cost one lookup).
    fn may_start(&self, i: usize) -> bool {
        let doc = self.doc;
        let word = self.word(i);
        match doc.kind(i) {
            Some(TokenKind::Number) => true,
            Some(TokenKind::Word) => {
                // The part before a hyphen or dash ("two-thirds"), looked for only where
                // one may be (the dash's first byte is 0xE2).
                let head = if word.bytes().any(|b| b == b'-' || b == 0xE2) {
                    word.split(['-', '–']).next().unwrap_or(word)
                } else {
                    word
                };
                units::is_starter(head)
                    || word == "No"
                    || self.word(i + 1) == "$" && dollar_prefix(word).is_some()
                    || units::is_currency_code(word)
            }
            _ => units::currency_symbol(word).is_some(),
        }
    }

    /// Adds `number` to `found`, giving a bare scaled amount after "from", "to" or
    /// "against" the currency of the money just before it in its sentence ("a 6.1 million
    /// markka profit, up from 0.7 million").
    fn carry_currency(&self, found: &mut Vec<Found>, mut number: Found) {
        let compared = matches!(
            self.lower_back(number.first, 1),
            "from" | "to" | "against" | "versus" | "vs" | "vs."
        );
        if number.kind == NumberKind::Cardinal && number.unit.is_none() && number.scaled && compared
        {
            let sentence = self.doc.sentence_index(number.first);
            let money = found
                .last()
                .filter(|last| last.kind == NumberKind::Money)
                .filter(|last| self.doc.sentence_index(last.first) == sentence);
            if let Some(money) = money {
                number.kind = NumberKind::Money;
                number.unit = money.unit.clone();
            }
        }
        found.push(number);
    }

    /// Whether token `i` belongs to a date or a name, and so to no number. The dollar of
    /// "US$" and "A$" is the amount's even where "US" is tagged as a place.
    fn is_taken(&self, i: usize) -> bool {
        let prefix = dollar_prefix(self.word(i)).is_some() && self.word(i + 1) == "$";
        self.taken.get(i).copied().unwrap_or(true) && !prefix && !self.unit_of_the_number_before(i)
    }

    /// Whether token `i` opens the unit of the number right before it, or is a number
    /// with a unit of measure after it, which the tagger may have read as a name ("Swiss"
    /// of "300 million Swiss francs"; "220 KV", read as one name).
    fn unit_of_the_number_before(&self, i: usize) -> bool {
        let t = tables();
        let measured =
            self.doc.is_kind(i, TokenKind::Number) && t.quantity.at(self.doc, i + 1).is_some();
        let after_number = i > 0
            && (self.doc.is_kind(i - 1, TokenKind::Number) || scale_of(self.word(i - 1)).is_some());
        measured
            || after_number
                && (t.nationalities.at(self.doc, i).is_some()
                    || t.quantity.at(self.doc, i).is_some())
    }

    fn word(&self, i: usize) -> &'t str {
        self.doc.word(i)
    }

    /// Token `i` in ASCII lowercase.
    fn lower(&self, i: usize) -> &'d str {
        self.doc.lowercase(i)
    }

    /// The word `back` tokens before `i` in ASCII lowercase, or "" before the text.
    fn lower_back(&self, i: usize, back: usize) -> &'d str {
        self.doc.lowercase_at(i as isize - back as isize)
    }

    /// The number that starts at token `i`, qualifier and range included.
    fn number_at(&self, i: usize) -> Option<Found> {
        if !self.may_start(i) {
            return None;
        }
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
        let mut amount = self.amount(start)?;
        let (mut low, mut high) = (None, amount.high);
        if let Some((second, end)) = self.range_end(&amount, between) {
            let first_scale = amount.scale;
            low = Some(amount.value);
            high = Some(second.value);
            amount.end = end;
            amount.kind = second.kind;
            amount.unit = second.unit;
            if first_scale.is_none() {
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
        // "2 percent or below", "one or more": a bound written after the amount.
        if self.lower(amount.end) == "or" {
            let after = self.lower(amount.end + 1);
            if let Some(&(_, bound)) = AFTER_BOUNDS.iter().find(|(w, _)| *w == after) {
                amount.end += 2;
                match bound {
                    "low" => low = low.or(Some(amount.value)),
                    _ => high = high.or(Some(amount.value)),
                }
            }
        }
        // "100 million and 300 million Swiss francs", "800 and 1,500 metres": a bare amount
        // takes the unit of the one it is coordinated with.
        if amount.kind == NumberKind::Cardinal
            && amount.unit.is_none()
            && matches!(&*self.lower(amount.end), "and" | "or")
            && !self.is_taken(amount.end + 1)
        {
            if let Some(next) = self.amount(amount.end + 1) {
                if matches!(next.kind, NumberKind::Money | NumberKind::Quantity) && !next.prefixed {
                    amount.kind = next.kind;
                    amount.unit = next.unit;
                }
            }
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
            scaled: amount.scale.is_some(),
        })
    }

    /// The second amount of a range after `first` ("$3 to $5 billion", "between 10 and
    /// 15 percent"), with the token after it.
    fn range_end(&self, first: &Amount, between: bool) -> Option<(Amount, usize)> {
        if first.high.is_some() {
            return None;
        }
        let joiner = self.lower(first.end);
        let bare = first.kind == NumberKind::Cardinal && first.unit.is_none();
        let joins = match &*joiner {
            "and" => between,
            // "25 or 30 percent", "one or two".
            "or" => bare && !between,
            // "gained 20.37 to 677.98" is a change.
            "to" => !CHANGE_WORDS.contains(&&*self.lower(first.first.wrapping_sub(1))),
            "-" | "–" => true,
            _ => false,
        };
        if !joins || self.taken.get(first.end + 1).copied().unwrap_or(true) {
            return None;
        }
        let second = self.amount(first.end + 1)?;
        // "10 to 15 percent", "$3 to $5 billion", "between 5 percent and 7 percent"; not
        // "rose 38 cents to A$3.75" nor "61 percent to 30 percent": a change or a contrast.
        let same = second.kind == first.kind && second.unit == first.unit;
        let unscaled_prefix = first.prefixed && second.prefixed && first.scale.is_none();
        let compatible = bare || same && (between || unscaled_prefix && second.scale.is_some());
        // "+358 - 0 - 680 50 245": digits joined by dashes into more than two groups.
        let phone = matches!(&*joiner, "-" | "–")
            && (self.doc.is_kind(second.end, TokenKind::Number)
                || matches!(self.word(second.end), "-" | "–")
                || matches!(self.word_back(first.first, 1), "-" | "–" | "+"));
        (compatible && !phone).then(|| (second.clone(), second.end))
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
        if let Some(amount) = self.rank_or_scale_adjective(i) {
            return Some(amount);
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

    /// The word `back` tokens before `i`, or "" before the text.
    fn word_back(&self, i: usize, back: usize) -> &'t str {
        self.doc.word_at(i as isize - back as isize)
    }

    /// Whether an amount is a number of its own, not an age ("age 22", "Trump, 70,"), a
    /// label ("Section 230", "#2", "No. 1"), a description fused by a hyphen that is no
    /// unit ("22-year-old", "2,000-strong"), nor a number with letters after it ("747s").
    fn stands_alone(&self, amount: &Amount) -> bool {
        let before = self.word_back(amount.first, 1);
        let abbreviated = before == "." && NAME_NUMBERS.contains(&self.word_back(amount.first, 2));
        if AGE_WORDS.contains(&self.lower_back(amount.first, 1))
            || NAME_NUMBERS.contains(&before)
            || abbreviated
            || before == "#"
        {
            return false;
        }
        let after = self.word(amount.end);
        let clock = matches!(self.lower(amount.end), "a.m." | "p.m." | "am" | "pm")
            || TIME_ZONES.iter().any(|(zone, _)| *zone == after);
        // "under the age of 30"; "+358 - 0 - 680 50 245" and ".307" are no amounts.
        let age_of = before == "of" && AGE_WORDS.contains(&self.word_back(amount.first, 2));
        let glued = |a: usize| self.doc.end(a) == self.doc.start(a + 1);
        let phone = amount.first > 0 && matches!(before, "+" | ".") && glued(amount.first - 1)
            || bare_digits(self, amount)
                && !self.word(amount.first).contains([',', '.'])
                && (self.doc.is_kind(amount.end, TokenKind::Number)
                    || amount.first > 0 && self.doc.is_kind(amount.first - 1, TokenKind::Number)
                    || is_dash(before)
                        && self
                            .doc
                            .is_kind(amount.first.wrapping_sub(2), TokenKind::Number)
                    || is_dash(after) && self.doc.is_kind(amount.end + 1, TokenKind::Number));
        // "Anderson Cooper 360", "Windows 10", "S&P 500": a number that ends a name.
        let ends_name = bare_digits(self, amount)
            && amount.first > 0
            && self.doc.is_kind(amount.first - 1, TokenKind::Word)
            && is_capitalized(before)
            && !self.doc.opens_clause(amount.first - 1)
            && !self.word(amount.end).starts_with(char::is_lowercase)
            // "'16": a year.
            || amount.first > 0 && matches!(before, "'" | "’") && glued(amount.first - 1);
        // "28.98 seconds", "20 mins": a time the dates did not take; "1600 Pennsylvania
        // Avenue": an address.
        let duration = amount.kind == NumberKind::Cardinal
            && (Unit::from_word(self.lower(amount.end)).is_some()
                || matches!(after, "mins" | "hrs" | "secs" | "min" | "hr" | "sec"));
        let address = bare_digits(self, amount)
            && is_capitalized(after)
            && (amount.end + 1..amount.end + 4).any(|k| STREET_WORDS.contains(&self.word(k)));
        if clock || age_of || phone || ends_name || duration || address {
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
        let determined = DETERMINERS.contains(&self.lower_back(start, 1));
        amount.kind == NumberKind::Cardinal
            && amount.end == start + 1
            && self.doc.is_kind(start, TokenKind::Number)
            && self.word(start).len() == 4
            && (1800.0..=2100.0).contains(&amount.value)
            && (amount.unit.is_none() || determined)
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

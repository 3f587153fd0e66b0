//! The words around a numeral that make it money, a percentage or a quantity, and the
//! article's own currency: phrase tables over `data/en/numbers.txt`.

use std::sync::OnceLock;

use crate::lexicon::{FastMap, FirstByteAndLength};
use crate::text::{with_lowercase, Document};
use crate::vocabulary::numbers::{
    AMOUNT_QUALIFIERS, CARDINAL_WORDS, CURRENCY_CODES, CURRENCY_NATIONALITIES, CURRENCY_SYMBOLS,
    CURRENCY_WORDS, DOLLAR_PREFIXES, FRACTION_WORDS, ORDINAL_WORDS, PERCENT_WORDS, QUANTITY_UNITS,
    SCALE_WORDS,
};

/// Words other than these of `numbers.txt` that can open a number: articles ("a dozen"),
/// "half", "several hundred", "between 10 and 15", and the plurals of loose figures.
const OTHER_STARTERS: &[&str] = &[
    "a",
    "an",
    "half",
    "several",
    "few",
    "between",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
];

/// Whether a word, case aside, can open a number: a qualifier's first word, a number,
/// ordinal, fraction or scale word, or one of [`OTHER_STARTERS`].
pub(super) fn is_starter(word: &str) -> bool {
    static STARTERS: OnceLock<(FastMap<String, ()>, FirstByteAndLength)> = OnceLock::new();
    let (starters, filter) = STARTERS.get_or_init(|| {
        let qualifiers = AMOUNT_QUALIFIERS
            .iter()
            .map(|(q, _)| q.split(' ').next().unwrap_or(q));
        let numbers = [CARDINAL_WORDS, ORDINAL_WORDS, FRACTION_WORDS, SCALE_WORDS]
            .into_iter()
            .flat_map(|set| set.iter().map(|(w, _)| *w));
        let starters: FastMap<String, ()> = qualifiers
            .chain(numbers)
            .chain(OTHER_STARTERS.iter().copied())
            .map(|w| (w.to_ascii_lowercase(), ()))
            .collect();
        let filter = FirstByteAndLength::of(starters.keys().map(String::as_str));
        (starters, filter)
    });
    word.len() <= 24
        && filter.may_hold(word)
        && with_lowercase(word, |lower| starters.contains_key(lower))
}

/// Whether a word is a currency code written before or after an amount ("DM", "USD").
pub(super) fn is_currency_code(word: &str) -> bool {
    CURRENCY_CODES.iter().any(|(c, _)| *c == word)
}

/// A table of phrases of one or more words ("per cent", "square kilometres"), found by
/// their first word and matched longest first, case aside.
pub(super) struct PhraseTable {
    by_first: FastMap<String, Vec<(Vec<&'static str>, &'static str)>>,
    /// Whether the last word also matches with a plural "s" ("Canadian dollars").
    plurals: bool,
}

impl PhraseTable {
    fn new(entries: &[(&'static str, &'static str)], plurals: bool) -> Self {
        let mut by_first: FastMap<String, Vec<(Vec<&'static str>, &'static str)>> =
            FastMap::default();
        for &(phrase, value) in entries {
            let words: Vec<&str> = phrase.split(' ').collect();
            by_first
                .entry(words[0].to_ascii_lowercase())
                .or_default()
                .push((words, value));
        }
        for phrases in by_first.values_mut() {
            phrases.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        }
        PhraseTable { by_first, plurals }
    }

    /// The value of a phrase of one word ("foot" in "10-foot").
    pub(super) fn at_word(&self, word: &str) -> Option<&'static str> {
        let phrases = self.by_first.get(&word.to_ascii_lowercase())?;
        phrases
            .iter()
            .find(|(words, _)| words.len() == 1)
            .map(|(_, value)| *value)
    }

    /// The longest phrase starting at token `i`: its value and the token after it.
    pub(super) fn at(&self, doc: &Document, i: usize) -> Option<(&'static str, usize)> {
        let first = doc.word(i);
        if first.is_empty() || first.len() > 24 {
            return None;
        }
        let phrases = self.by_first.get(&*doc.lowercase_unicode(i))?;
        phrases.iter().find_map(|(words, value)| {
            let last = words.len() - 1;
            let all = words.iter().enumerate().all(|(k, w)| {
                let word = doc.word(i + k);
                word.eq_ignore_ascii_case(w)
                    || self.plurals
                        && k == last
                        && k > 0
                        && word.len() == w.len() + 1
                        && word.ends_with(['s', 'S'])
                        && word[..w.len()].eq_ignore_ascii_case(w)
            });
            all.then_some((*value, i + words.len()))
        })
    }
}

/// The phrase tables, built once.
pub(super) struct Tables {
    pub qualifiers: PhraseTable,
    pub percent: PhraseTable,
    pub quantity: PhraseTable,
    pub currency_words: PhraseTable,
    pub nationalities: PhraseTable,
}

/// The phrase tables of `data/en/numbers.txt`.
pub(super) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        qualifiers: PhraseTable::new(AMOUNT_QUALIFIERS, false),
        percent: PhraseTable::new(PERCENT_WORDS, false),
        quantity: PhraseTable::new(QUANTITY_UNITS, false),
        currency_words: PhraseTable::new(CURRENCY_WORDS, false),
        nationalities: PhraseTable::new(CURRENCY_NATIONALITIES, true),
    })
}

/// The code of a currency sign ("$", "€").
pub(super) fn currency_symbol(word: &str) -> Option<&'static str> {
    CURRENCY_SYMBOLS
        .iter()
        .find(|(s, _)| *s == word)
        .map(|&(_, code)| code)
}

/// The dollar a prefix names ("C" in "C$" is CAD), case as written.
pub(super) fn dollar_prefix(word: &str) -> Option<&'static str> {
    DOLLAR_PREFIXES
        .iter()
        .find(|(p, _)| *p == word)
        .map(|&(_, code)| code)
}

/// What the article means by its unqualified currency words, read once per article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Currencies {
    /// The code of a bare "$" and "dollars": the dollar the article qualifies most often
    /// ("C$" through a Canadian story), USD where it qualifies none or ties.
    pub dollar: &'static str,
    /// Whether "pounds" are money: the article writes "£" or "sterling".
    pub pounds_are_money: bool,
    /// The currency of "cents" and "pence": the article's dollar, or the euro or the
    /// pound when the article names those and no dollar.
    pub minor: &'static str,
}

impl Currencies {
    /// Reads the article's currencies from its words.
    pub(super) fn of(doc: &Document) -> Self {
        // How often the article qualifies its dollars each way ("C$", "US$", "Canadian
        // dollars"); the commonest is its dollar, USD on a tie.
        let mut qualified: Vec<(&'static str, usize)> = Vec::new();
        let (mut dollars, mut euros, mut pounds) = (false, false, false);
        let mut note = |code: &'static str| match qualified.iter_mut().find(|(c, _)| *c == code) {
            Some((_, count)) => *count += 1,
            None => qualified.push((code, 1)),
        };
        for i in 0..doc.token_count() {
            let word = doc.word(i);
            match word {
                "$" => {
                    dollars = true;
                    let before = doc.word_at(i as isize - 1);
                    let adjacent = i > 0 && doc.end(i - 1) == doc.start(i);
                    if let Some(code) =
                        dollar_prefix(before).filter(|_| adjacent || before.len() > 1)
                    {
                        note(code);
                    }
                }
                "€" => euros = true,
                "£" => pounds = true,
                _ if word.eq_ignore_ascii_case("sterling") || word == "stg" => pounds = true,
                _ if word.eq_ignore_ascii_case("euros") || word.eq_ignore_ascii_case("euro") => {
                    euros = true
                }
                _ => {
                    let dollar = |w: &str| {
                        w.get(..6)
                            .is_some_and(|head| head.eq_ignore_ascii_case("dollar"))
                    };
                    if dollar(doc.word(i + 1)) || dollar(doc.word(i + 2)) {
                        if let Some((code, _)) = tables().nationalities.at(doc, i) {
                            dollars = true;
                            note(code);
                        }
                    }
                }
            }
        }
        let most = qualified.iter().map(|&(_, n)| n).max().unwrap_or(0);
        let leaders: Vec<&str> = qualified
            .iter()
            .filter(|&&(_, n)| n == most)
            .map(|&(c, _)| c)
            .collect();
        let dollar = match leaders.as_slice() {
            [code] => *code,
            _ => "USD",
        };
        let minor = if dollars || !(euros || pounds) {
            dollar
        } else if euros {
            "EUR"
        } else {
            "GBP"
        };
        Currencies {
            dollar,
            pounds_are_money: pounds,
            minor,
        }
    }
}

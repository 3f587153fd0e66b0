//! Candidate names: runs of capitalized words, split at titles and stripped of
//! sentence-initial common words.

use crate::dates::words::{is_month_name, is_weekday_name};
use crate::lexicon::listed::{NATIONALITY, ORGANIZATION, PLACE};
use crate::lexicon::Lexicon;
use crate::text::{as_written_or_lowercase, is_all_caps, is_capitalized, Document, TokenKind};
use crate::vocabulary::names::{CONNECTORS, NEVER_NAMES, PARTICLES, PLACE_HEADS};

/// A run of name-like tokens, `first_token..end_token`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    pub first_token: usize,
    pub end_token: usize,
    /// A title ("President", "special envoy") stands right before the run.
    pub after_title: bool,
    /// The sentence is in capitals (a headline): capitalization says nothing.
    pub in_capitals: bool,
}

/// The longest particle, in bytes: each ends in a hyphen (a test checks both).
const PARTICLE_BYTES: usize = 5;

/// Whether token `i` can be part of a name.
pub(crate) fn is_name_word(doc: &Document, i: usize) -> bool {
    if !doc.is_kind(i, TokenKind::Word) {
        return false;
    }
    let word = doc.word(i);
    // The cheap test first: most words are neither capitalized nor "al-" + a capital, and
    // a word with no hyphen among its first bytes begins with no particle.
    let particle_and_capital = || {
        let hyphen_near_start = word.bytes().take(PARTICLE_BYTES).any(|b| b == b'-');
        hyphen_near_start
            && PARTICLES.iter().any(|p| {
                // The particles are lowercase ASCII: a case-blind compare of the bytes.
                word.len() > p.len()
                    && word.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
                    && word[p.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            })
    };
    (is_capitalized(word) || particle_and_capital())
        && !(NEVER_NAMES.contains(&word) || is_month_name(word) || is_weekday_name(word))
}

/// Whether the number at token `i` begins the title of a work ("interview with 60
/// Minutes"): a short number that is not a year, after a lowercase word, before a
/// capitalized word that is not itself a known name.
fn is_title_number(doc: &Document, lexicon: &Lexicon, i: usize) -> bool {
    let number = doc.word(i);
    let next = doc.word_at(i as isize + 1);
    doc.is_kind(i, TokenKind::Number)
        && number.len() <= 3
        && number.bytes().all(|b| b.is_ascii_digit())
        && i > 0
        && doc.sentence_index(i - 1) == doc.sentence_index(i)
        && doc.is_kind(i - 1, TokenKind::Word)
        && doc.word(i - 1).starts_with(char::is_lowercase)
        && doc.start(i + 1) == doc.end(i) + 1
        && is_name_word(doc, i + 1)
        && !lexicon.places.contains(next)
        && !lexicon.nationalities.contains(next)
        && !lexicon.organizations.contains(next)
        && !lexicon.is_first_name(next)
}

/// Whether token `i` is the dot after a one-letter initial ("M." in "M. Waugh").
fn is_initial_dot(doc: &Document, i: usize) -> bool {
    i > 0
        && doc.word(i) == "."
        && doc.end(i - 1) == doc.start(i)
        && doc.word(i - 1).chars().count() == 1
        && doc.word(i - 1).chars().all(char::is_uppercase)
}

/// Longest title (up to four words) that starts at token `i`, in tokens.
pub(crate) fn title_at(doc: &Document, lexicon: &Lexicon, i: usize, limit: usize) -> usize {
    if i >= limit || !lexicon.may_start_title(doc.word(i)) {
        return 0;
    }
    let mut phrase = String::new();
    let mut best = 0;
    for len in 1..=4.min(limit - i) {
        let j = i + len - 1;
        if !doc.is_kind(j, TokenKind::Word) {
            break;
        }
        if len > 1 {
            phrase.push(' ');
        }
        phrase.push_str(doc.word(j));
        if as_written_or_lowercase(&phrase, |p| lexicon.titles.contains(p)) {
            best = len;
        }
    }
    best
}

/// Whether a title ends right before token `i` (up to four words back).
fn title_before(doc: &Document, lexicon: &Lexicon, i: usize) -> bool {
    (1..=4.min(i)).any(|len| {
        let start = i - len;
        doc.sentence_index(start) == doc.sentence_index(i)
            && title_at(doc, lexicon, start, i) == len
    })
}

/// Whether the word is one that, at the start of a sentence, is not a name.
fn is_common_at_start(lexicon: &Lexicon, word: &str) -> bool {
    if lexicon.is_common_word(word) {
        return true;
    }
    // "We’re", "Don't": a contraction of a common word.
    match word.find(['\'', '’']) {
        Some(cut) => lexicon.is_common_word(&word[..cut]),
        None => false,
    }
}

/// Finds every candidate name run in the document.
pub(crate) fn find(doc: &Document, lexicon: &Lexicon) -> Vec<Run> {
    let mut runs = Vec::new();
    for (s, sentence) in doc.sentences().enumerate() {
        let in_capitals = doc.sentence_in_capitals(s);
        let mut i = sentence.first_token;
        while i < sentence.end_token {
            let starts_with_number =
                !in_capitals && i + 1 < sentence.end_token && is_title_number(doc, lexicon, i);
            if !is_name_word(doc, i) && !starts_with_number {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            loop {
                if i < sentence.end_token && is_name_word(doc, i) {
                    i += 1;
                } else if i + 1 < sentence.end_token
                    && is_initial_dot(doc, i)
                    && is_name_word(doc, i + 1)
                {
                    // "M. Waugh": an initial's dot stays inside the name.
                    i += 2;
                } else if i + 1 < sentence.end_token
                    && CONNECTORS.contains(&doc.word(i))
                    && is_name_word(doc, i + 1)
                    && connector_fits(doc, lexicon, start, i)
                {
                    i += 2;
                } else {
                    break;
                }
            }
            split_run(doc, lexicon, start, i, in_capitals, &mut runs);
        }
    }
    runs
}

/// "of" joins only after an organization or place head ("Bank of", "Gulf of"); the
/// particles of personal names always join.
fn connector_fits(doc: &Document, lexicon: &Lexicon, start: usize, connector: usize) -> bool {
    let word = doc.word(connector);
    if word != "of" && word != "&" {
        return true;
    }
    let head = doc.word(connector - 1);
    lexicon.organization_suffixes.contains(head)
        || PLACE_HEADS.contains(&head)
        || connector - start >= 2 && lexicon.organizations.contains(head)
}

/// Cuts a raw run at titles inside it and trims words that are not part of a name.
fn split_run(
    doc: &Document,
    lexicon: &Lexicon,
    start: usize,
    end: usize,
    in_capitals: bool,
    runs: &mut Vec<Run>,
) {
    if in_capitals {
        return segment_capitals(doc, lexicon, start, end, runs);
    }
    let whole = doc.text_of(start, end);
    if lexicon.organizations.contains(whole) || lexicon.places.contains(whole) {
        runs.push(Run {
            first_token: start,
            end_token: end,
            after_title: title_before(doc, lexicon, start),
            in_capitals,
        });
        return;
    }
    let mut piece_start = start;
    let mut after_title = title_before(doc, lexicon, start);
    let mut i = start;
    while i < end {
        let title = if in_capitals {
            0
        } else {
            title_at(doc, lexicon, i, end)
        };
        if title > 0 {
            push_trimmed(doc, lexicon, piece_start, i, after_title, in_capitals, runs);
            i += title;
            piece_start = i;
            after_title = true;
        } else {
            i += 1;
        }
    }
    push_trimmed(
        doc,
        lexicon,
        piece_start,
        end,
        after_title,
        in_capitals,
        runs,
    );
}

fn push_trimmed(
    doc: &Document,
    lexicon: &Lexicon,
    mut start: usize,
    end: usize,
    after_title: bool,
    in_capitals: bool,
    runs: &mut Vec<Run>,
) {
    while start < end {
        let word = doc.word(start);
        let is_article = matches!(word, "The" | "A" | "An" | "THE");
        if is_article {
            // No organization's name runs to 40 tokens: longer runs are not looked up, so
            // that a run of thousands of "The"s is not hashed once per word.
            let rest_with_article = doc.text_of(start, end);
            if end - start > 1
                && end - start <= 40
                && lexicon.organizations.contains(rest_with_article)
            {
                break;
            }
            start += 1;
        } else if (doc.opens_clause(start) || in_capitals)
            && is_common_at_start(lexicon, word)
            && !lexicon.places.contains(word)
            && !lexicon.organizations.contains(word)
            && !lexicon.nationalities.contains(word)
            || CONNECTORS.contains(&word) && !word.starts_with(char::is_uppercase)
        {
            start += 1;
        } else {
            break;
        }
    }
    let mut end = end;
    while end > start && CONNECTORS.contains(&doc.word(end - 1)) {
        end -= 1;
    }
    if start < end {
        runs.push(Run {
            first_token: start,
            end_token: end,
            after_title,
            in_capitals,
        });
    }
}

/// A phrase as a lexicon writes it: the text itself, or a re-cased copy of it, kept on the
/// stack when short and ASCII (most headline words), since the re-cased form is only looked up.
pub(crate) enum Recased<'t> {
    /// The text itself, which needed no re-casing.
    AsWritten(&'t str),
    /// A re-cased ASCII text of at most [`SHORT_RECASED`] bytes, and its length.
    Short([u8; SHORT_RECASED], u8),
    /// A longer or non-ASCII re-cased text.
    Long(String),
}

/// The longest re-cased text [`Recased`] keeps on the stack.
const SHORT_RECASED: usize = 48;

impl std::ops::Deref for Recased<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Recased::AsWritten(text) => text,
            Recased::Short(bytes, len) => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or("")
            }
            Recased::Long(text) => text,
        }
    }
}

/// [`word_from_capitals`] without a copy on the heap for a short ASCII text (the same
/// letters: ASCII case mapping is Unicode's there).
pub(crate) fn recased_from_capitals(text: &str) -> Recased<'static> {
    if text.len() > SHORT_RECASED || !text.is_ascii() {
        return Recased::Long(word_from_capitals(text));
    }
    let mut bytes = [0u8; SHORT_RECASED];
    let mut at_start = true;
    for (out, &b) in bytes.iter_mut().zip(text.as_bytes()) {
        if b.is_ascii_alphabetic() {
            *out = if at_start {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            at_start = false;
        } else {
            *out = b;
            at_start = b == b'-' || b == b' ';
        }
    }
    Recased::Short(bytes, text.len() as u8)
}

/// "JAPAN" -> "Japan", "AL-AIN" -> "Al-Ain": how a word in capitals is written in a
/// lexicon.
pub(crate) fn word_from_capitals(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut at_start = true;
    for c in word.chars() {
        if c.is_alphabetic() {
            if at_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            at_start = false;
        } else {
            out.push(c);
            at_start = c == '-' || c == ' ';
        }
    }
    out
}

/// The words `start..end` as a lexicon would write them: title-cased when in capitals.
pub(crate) fn normalized_phrase<'t>(
    doc: &Document<'t>,
    start: usize,
    end: usize,
    in_capitals: bool,
) -> Recased<'t> {
    let raw = doc.text_of(start, end);
    let shouting = in_capitals
        || (start..end).all(|i| {
            !doc.is_kind(i, TokenKind::Word) || is_all_caps(doc.word(i)) && doc.word(i).len() > 4
        });
    if !shouting || raw.contains('.') {
        return Recased::AsWritten(raw);
    }
    recased_from_capitals(raw)
}

/// In a headline in capitals only lexicon names count: takes the longest known name at
/// each position.
fn segment_capitals(
    doc: &Document,
    lexicon: &Lexicon,
    start: usize,
    end: usize,
    runs: &mut Vec<Run>,
) {
    let mut i = start;
    while i < end {
        let mut found = 0;
        for len in (1..=4.min(end - i)).rev() {
            let phrase = normalized_phrase(doc, i, i + len, true);
            // One lookup for the three lists.
            let known = lexicon.lists_of(&phrase) & (PLACE | ORGANIZATION | NATIONALITY) != 0
                || len == 2 && lexicon.is_first_name(&recased_from_capitals(doc.word(i)));
            if known {
                found = len;
                break;
            }
        }
        if found > 0 {
            runs.push(Run {
                first_token: i,
                end_token: i + found,
                after_title: false,
                in_capitals: true,
            });
            i += found;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_particle_ends_in_a_hyphen_within_the_bytes_looked_at() {
        assert!(PARTICLES
            .iter()
            .all(|p| p.ends_with('-') && p.len() <= PARTICLE_BYTES));
    }

    #[test]
    fn particles_are_lowercase_ascii_as_is_name_word_compares_them() {
        for particle in PARTICLES {
            assert!(
                particle
                    .bytes()
                    .all(|b| b.is_ascii() && !b.is_ascii_uppercase()),
                "{particle}"
            );
        }
    }

    #[test]
    fn a_particle_joined_to_a_capital_is_a_name_word_and_a_month_is_not() {
        let doc = Document::new("talks with al-Hayya and AL-Sisi in March, al-qaeda");
        let word = |w: &str| (0..doc.token_count()).find(|&i| doc.word(i) == w).unwrap();
        assert!(is_name_word(&doc, word("al-Hayya")));
        assert!(is_name_word(&doc, word("AL-Sisi")));
        assert!(!is_name_word(&doc, word("al-qaeda")));
        assert!(!is_name_word(&doc, word("March")));
        assert!(!is_name_word(&doc, word("talks")));
    }

    #[test]
    fn a_headline_is_recased_the_same_on_the_stack_and_on_the_heap() {
        for (capitals, lexicon_form) in [
            ("NEW YORK", "New York"),
            ("AL-AIN", "Al-Ain"),
            ("O'NEILL", "O'neill"),
            ("ÉCOLE NORMALE", "École Normale"),
            ("", ""),
        ] {
            assert_eq!(word_from_capitals(capitals), lexicon_form);
            assert_eq!(&*recased_from_capitals(capitals), lexicon_form);
        }
        let long = "INTERNATIONAL BUSINESS MACHINES CORPORATION OF NEW YORK";
        assert!(matches!(recased_from_capitals(long), Recased::Long(_)));
        assert!(matches!(recased_from_capitals("JAPAN"), Recased::Short(..)));
        assert_eq!(&*recased_from_capitals(long), word_from_capitals(long));
    }
}

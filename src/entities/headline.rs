//! Headlines in title case ("Biden Slams ‘Reckless’ Trump Over Tariff Plan As Markets
//! Tumble"), where capitals mark every word and not names: the tagger, trained on
//! sentences, reads whole headlines as names. A headline's names are read again from
//! what the body names and what the lexicons know, so "Biden" and "Trump" are found
//! (and later linked to Joe Biden and Donald Trump) and "Slams" is not.

use super::{classify, Candidate};
use crate::analysis::EntityKind;
use crate::lexicon::{FastMap, Lexicon};
use crate::text::{is_all_caps, Document, TokenKind};
use crate::vocabulary::text::TITLE_CASE_SMALL_WORDS;

/// The most words a name in a headline takes.
const MAX_NAME_WORDS: usize = 5;

/// Whether sentence `sentence` is a headline in title case ("Only 24 Percent of Her Donors
/// Are Small Donors"): a line of its own without a full stop, every word of four letters
/// or more capitalized but for prepositions. Results tables and lists of names are in
/// capitals too, so it must also capitalize at least two common words ("Are", "Small").
pub(super) fn is_title_case_headline(doc: &Document, lexicon: &Lexicon, sentence: usize) -> bool {
    let s = doc.sentence(sentence);
    if s.first_token >= s.end_token {
        return false;
    }
    let (start, end) = doc.paragraph(s.paragraph);
    let whole_line = doc.start(s.first_token) <= start + 4 && doc.end(s.end_token - 1) + 4 >= end;
    if !whole_line || doc.word(s.end_token - 1) == "." && sentence > 0 {
        return false;
    }
    let (mut long_words, mut capitalized, mut common) = (0, 0, 0);
    for i in s.first_token..s.end_token {
        let word = doc.word(i);
        if doc.is_kind(i, TokenKind::Word)
            && word.chars().count() >= 4
            && !TITLE_CASE_SMALL_WORDS.contains(&word)
        {
            long_words += 1;
            // "iPhone" and "eBay" are written so in any headline.
            let brand = word.chars().skip(1).any(char::is_uppercase);
            if (word.starts_with(char::is_uppercase) || brand) && !is_all_caps(word) {
                capitalized += 1;
                if i > s.first_token && lexicon.is_common_word(word) {
                    common += 1;
                }
            }
        }
    }
    long_words >= 3 && common >= 2 && capitalized == long_words
}

/// The candidates with the names of title-case headlines read again: inside a headline,
/// a name is a run of words the body uses in a name (of that name's kind), or a place,
/// organization or nationality the lexicons know, or a known first name and surname.
pub(super) fn with_headlines_read(
    doc: &Document,
    lexicon: &Lexicon,
    candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    // Only the article's first line: in text with one sentence a line, a line in title
    // case further down is as often a signature ("-- Stephen Nisbet, International Bonds")
    // or a broken sentence as a subheading.
    let headlines: Vec<usize> = (0..doc.sentence_count().min(1))
        .filter(|&s| is_title_case_headline(doc, lexicon, s))
        .collect();
    if headlines.is_empty() {
        return candidates;
    }
    let in_headline = |c: &Candidate| headlines.contains(&doc.sentence_index(c.first_token));
    // Every run of words inside a body name, with the name's kind: "Joe", "Biden" and
    // "Joe Biden" for the person Joe Biden.
    let mut body_runs: FastMap<&str, EntityKind> = FastMap::default();
    for c in candidates.iter().filter(|c| !in_headline(c)) {
        for first in c.first_token..c.end_token {
            for end in first + 1..=c.end_token.min(first + MAX_NAME_WORDS) {
                let run = doc.text_of(first, end);
                let whole = first == c.first_token && end == c.end_token;
                // A part of a name stands for it unless it ends in a common word ("House"
                // of "White House", "New" of "New York").
                let part = run.chars().count() >= 3
                    && doc.word(first).starts_with(char::is_uppercase)
                    && !lexicon.is_common_word(doc.word(end - 1));
                if whole || part {
                    body_runs.entry(run).or_insert(c.kind);
                }
            }
        }
    }
    let mut out: Vec<Candidate> = candidates.into_iter().filter(|c| !in_headline(c)).collect();
    for &s in &headlines {
        let sentence = doc.sentence(s);
        let mut i = sentence.first_token;
        while i < sentence.end_token {
            let found = (1..=MAX_NAME_WORDS.min(sentence.end_token - i))
                .rev()
                .find_map(|len| name_in_headline(doc, lexicon, &body_runs, i, i + len));
            match found {
                Some((end, kind)) => {
                    out.push(Candidate {
                        first_token: i,
                        end_token: end,
                        kind,
                        confidence: classify::LIKELY,
                        starts_sentence: doc.starts_sentence(i),
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    out.sort_by_key(|c| c.first_token);
    out
}

/// The kind of the name at tokens `first..end` of a headline, if those words are one.
fn name_in_headline(
    doc: &Document,
    lexicon: &Lexicon,
    body_runs: &FastMap<&str, EntityKind>,
    first: usize,
    end: usize,
) -> Option<(usize, EntityKind)> {
    let capitalized =
        |i: usize| doc.is_kind(i, TokenKind::Word) && doc.word(i).starts_with(char::is_uppercase);
    if !capitalized(first) || !capitalized(end - 1) {
        return None;
    }
    let text = doc.text_of(first, end);
    if text.contains('\n') {
        return None;
    }
    if let Some(&kind) = body_runs.get(text) {
        return Some((end, kind));
    }
    if lexicon.places.contains(text) {
        return Some((end, EntityKind::Place));
    }
    if lexicon.organizations.contains(text) {
        return Some((end, EntityKind::Organization));
    }
    if lexicon.nationalities.contains(text) {
        return Some((end, EntityKind::Other));
    }
    let (given, surname) = (doc.word(first), doc.word(end - 1));
    let person = end - first == 2
        && (first..end).all(capitalized)
        && lexicon.is_first_name(given)
        && lexicon.is_surname(surname)
        && !lexicon.is_common_word(surname);
    person.then_some((end, EntityKind::Person))
}

#[cfg(test)]
mod tests {
    use crate::analysis::EntityKind;
    use crate::Analyzer;

    /// The entities of `text` as (canonical name, kind, mentions as written).
    fn entities(text: &str) -> Vec<(String, EntityKind, Vec<String>)> {
        let analyzer = Analyzer::new();
        analyzer
            .analyze(text, &Default::default())
            .entities
            .into_iter()
            .map(|e| {
                (
                    e.name,
                    e.kind,
                    e.mentions.into_iter().map(|m| m.text).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_headline_names_the_people_of_the_body() {
        let found = entities(
            "Biden Slams ‘Reckless’ Trump Over Tariff Plan As Markets Tumble\n\n\
             WASHINGTON (Reuters) - President Joe Biden on Tuesday criticized former \
             President Donald Trump's plan for new tariffs.\n\n\
             Trump, speaking in Florida, said the plan would protect workers.",
        );
        let biden = found
            .iter()
            .find(|e| e.0 == "Joe Biden")
            .expect("Joe Biden");
        assert_eq!(biden.1, EntityKind::Person);
        assert_eq!(biden.2, ["Biden", "Joe Biden"]);
        let trump = found
            .iter()
            .find(|e| e.0 == "Donald Trump")
            .expect("Donald Trump");
        assert_eq!(trump.2, ["Trump", "Donald Trump", "Trump"]);
        assert!(found
            .iter()
            .all(|e| !e.0.contains("Slams") && !e.0.contains("Tariff")));
    }

    #[test]
    fn a_headline_names_companies_and_places() {
        let found = entities(
            "Apple Unveils New iPhone Amid Slowing Sales In China\n\
             Apple on Monday unveiled a new iPhone as sales in China slow, its chief \
             executive Tim Cook said.",
        );
        let names: Vec<(&str, EntityKind, usize)> = found
            .iter()
            .map(|e| (e.0.as_str(), e.1, e.2.len()))
            .collect();
        assert_eq!(
            names,
            [
                ("Apple", EntityKind::Organization, 2),
                ("China", EntityKind::Place, 2),
                ("Tim Cook", EntityKind::Person, 1)
            ]
        );
    }
}

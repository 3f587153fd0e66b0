//! Names the lexicons and the words around them know better than the tagger, which
//! learned from 1996 news: companies and brands of today ("Shein", "Uniqlo", "Nvidia"),
//! and titles of works after the word that introduces them ("an ad titled “Unfit”").

use super::{classify, Candidate};
use crate::analysis::EntityKind;
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};

/// Words after which a quoted name is the title of a work ("an ad titled “Unfit”").
pub const TITLE_INTRODUCERS: &[&str] = &["titled", "entitled", "headlined", "Titled", "Entitled"];

/// The candidates with quoted titles of works ("a second ad, titled “Unfit,”") read as
/// works: other names, not persons or places.
pub(super) fn with_quoted_titles_as_works(
    doc: &Document,
    mut candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    for c in candidates.iter_mut() {
        let opened = c.first_token >= 2
            && doc.is_kind(c.first_token - 1, TokenKind::Quote)
            && TITLE_INTRODUCERS.contains(&doc.word(c.first_token - 2));
        if opened {
            c.kind = EntityKind::Other;
            c.confidence = classify::CERTAIN;
        }
    }
    candidates
}

/// The candidates with companies and brands of today made organizations where the tagger
/// read a person or a place ("Shein", "Temu"): a name the company list has, that no list
/// of given names, surnames or places has.
pub(super) fn with_known_companies(
    doc: &Document,
    lexicon: &Lexicon,
    mut candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    for c in candidates.iter_mut() {
        if !matches!(c.kind, EntityKind::Person | EntityKind::Place) {
            continue;
        }
        let name = doc.text_of(c.first_token, c.end_token);
        if !lexicon.companies.contains(name) || lexicon.places.contains(name) {
            continue;
        }
        let personal = name
            .split_whitespace()
            .any(|word| lexicon.is_first_name(word) || lexicon.surnames.contains(word));
        if !personal {
            c.kind = EntityKind::Organization;
        }
    }
    candidates
}

#[cfg(test)]
mod tests {
    use crate::analysis::EntityKind;
    use crate::Analyzer;

    fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
        let analysis = Analyzer::new().analyze(text, &Default::default());
        analysis
            .entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
    }

    #[test]
    fn brands_of_today_are_organizations() {
        let text = "Shein and Uniqlo have opened stores nearby, while Temu sells online.";
        assert_eq!(kind_of(text, "Shein"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Uniqlo"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Temu"), Some(EntityKind::Organization));
    }

    #[test]
    fn a_quoted_title_is_a_work() {
        let text = "His campaign released a second ad, titled “Unfit,” on Monday.";
        assert_eq!(kind_of(text, "Unfit"), Some(EntityKind::Other));
        let analysis = Analyzer::new().analyze(text, &Default::default());
        assert!(analysis.quotes.is_empty(), "{:?}", analysis.quotes);
    }
}

//! Names the lexicons and the words around them know better than the tagger, which
//! learned from 1996 news: companies, brands, institutions and political parties of today
//! ("Shein", "Uniqlo", "Nvidia", "Fidesz"), and titles of works after the word that introduces them ("an ad titled “Unfit”").

use super::{classify, Candidate};
use crate::analysis::EntityKind;
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};
use crate::vocabulary::names::TITLE_INTRODUCERS;

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

/// The candidates with political parties made organizations whatever the tagger read
/// ("Fidesz", "Likud"), and companies, brands and institutions of today where it read a
/// person or a place ("Shein", "Temu", "Frontex"): a name that no list of given names,
/// surnames or places has.
pub(super) fn with_known_organizations(
    doc: &Document,
    lexicon: &Lexicon,
    mut candidates: Vec<Candidate>,
) -> Vec<Candidate> {
    for c in candidates.iter_mut() {
        let name = doc.text_of(c.first_token, c.end_token);
        if c.kind != EntityKind::Organization && lexicon.parties.contains(name) {
            c.kind = EntityKind::Organization;
            continue;
        }
        if !matches!(c.kind, EntityKind::Person | EntityKind::Place) {
            continue;
        }
        let known = lexicon.companies.contains(name) || lexicon.institutions.contains(name);
        if !known || lexicon.places.contains(name) {
            continue;
        }
        let personal = name
            .split_whitespace()
            .any(|word| lexicon.is_first_name(word) || lexicon.is_surname(word));
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
        let text = "Shein and Uniqlo have opened stores nearby, while Temu sells online. Fidesz \
                    and Likud sent delegates.";
        assert_eq!(kind_of(text, "Shein"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Uniqlo"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Temu"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Fidesz"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Likud"), Some(EntityKind::Organization));
    }

    #[test]
    fn a_quoted_title_is_a_work() {
        let text = "His campaign released a second ad, titled “Unfit,” on Monday.";
        assert_eq!(kind_of(text, "Unfit"), Some(EntityKind::Other));
        let analysis = Analyzer::new().analyze(text, &Default::default());
        assert!(analysis.quotes.is_empty(), "{:?}", analysis.quotes);
    }
}

//! The dateline at the top of a news article ("LAS VEGAS (Reuters) -", "KYIV, Ukraine
//! (AP) —", "LONDON 1996-08-30"): its place in capitals is a place. The tagger learned
//! capitals from CoNLL's sports tables, where "NEW YORK" is a team, and can read a
//! dateline's city as an organization.

use crate::lexicon::Lexicon;
use crate::text::Document;

/// The token range of the dateline's place in capitals, if the article has a dateline: the
/// first line of dateline shape (found by [`Document::datelines`]) that the lexicons do
/// not reject.
pub(crate) fn place(doc: &Document, lexicon: &Lexicon) -> Option<(usize, usize)> {
    doc.datelines().iter().find_map(|d| {
        let name = words_in_title_case(doc, d.place.0, d.place.1);
        // "WASHINGTON —" alone: only a place the lexicon knows ("SOCCER -" opens a headline).
        let known_place = d.dash && lexicon.places.contains(name.as_str());
        // "UNITED NATIONS 1996-08-29": an organization's seat, still the organization.
        let organization = lexicon.organizations.contains(name.as_str());
        let dash_after_region = d.region && d.dash;
        ((d.agency || d.dated || dash_after_region || known_place) && !organization)
            .then_some(d.place)
    })
}

/// The words `first..end` in title case, joined by spaces ("LAS VEGAS" gives "Las Vegas").
fn words_in_title_case(doc: &Document, first: usize, end: usize) -> String {
    let words: Vec<String> = (first..end)
        .map(|i| {
            let lower = doc.word(i).to_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    words.join(" ")
}

//! The words of page furniture, from `data/en/furniture.txt`: one list per `## name`
//! heading, read once on first use.

use crate::lexicon::FastSet;
use crate::text::with_lowercase;
use std::sync::OnceLock;

/// The data file, compiled in.
const SOURCE: &str = include_str!("../../../data/en/furniture.txt");

/// One list of words or phrases, for exact or lowercase lookups.
pub(super) struct WordList {
    entries: Vec<&'static str>,
    set: FastSet<&'static str>,
}

impl WordList {
    /// Whether `word` is in the list, as written.
    pub fn contains(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// Whether `word`, in lowercase, is in the list (the list is written in lowercase).
    pub fn contains_lowercase(&self, word: &str) -> bool {
        with_lowercase(word, |lower| self.set.contains(lower))
    }

    /// The entries in the file's order.
    pub fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.entries.iter()
    }
}

/// Every list of the data file, by the name of its heading.
pub(super) struct Words {
    pub byline_openers: WordList,
    pub byline_tail_words: WordList,
    pub stamp_words: WordList,
    pub credit_roles: WordList,
    pub contributor_openers: WordList,
    pub contributor_nouns: WordList,
    pub agency_words: WordList,
    pub agencies: WordList,
    pub photo_openers: WordList,
    pub stamp_openers: WordList,
    pub share_words: WordList,
    pub share_keys: WordList,
    pub name_particles: WordList,
    pub name_suffixes: WordList,
    /// Every word, in lowercase, that can open a line of furniture (the first words of
    /// the openers, roles, stamps and share lines, "©", "file"): derived, not in the file.
    pub openers: FastSet<String>,
}

impl Words {
    /// Whether a line opening with `word` may be furniture (a cheap first test per line).
    pub fn could_open(&self, word: &str) -> bool {
        with_lowercase(word, |lower| self.openers.contains(lower))
    }
}

/// The lists, read from the data file on first use.
pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let sections = sections(SOURCE);
        let list = |name: &str| {
            let entries: Vec<&'static str> = sections
                .iter()
                .find(|(heading, _)| *heading == name)
                .map(|(_, entries)| entries.clone())
                .unwrap_or_default();
            WordList {
                set: entries.iter().copied().collect(),
                entries,
            }
        };
        let openers: FastSet<String> = [
            "byline_openers",
            "credit_roles",
            "contributor_openers",
            "stamp_openers",
            "share_keys",
            "photo_openers",
        ]
        .iter()
        .flat_map(|name| list(name).entries)
        .filter_map(|entry| entry.split(' ').next())
        // Share lines open with a key or one of these ("Read more", "Follow us").
        .chain([
            "©", "file", "(", "-", "—", "–", "*", "read", "skip", "sign", "follow", "save",
        ])
        .chain([
            "comments", "add", "show", "hide", "our", "image", "photo", "video", "audio",
        ])
        .map(str::to_lowercase)
        .collect();
        Words {
            openers,
            byline_openers: list("byline_openers"),
            byline_tail_words: list("byline_tail_words"),
            stamp_words: list("stamp_words"),
            credit_roles: list("credit_roles"),
            contributor_openers: list("contributor_openers"),
            contributor_nouns: list("contributor_nouns"),
            agency_words: list("agency_words"),
            agencies: list("agencies"),
            photo_openers: list("photo_openers"),
            stamp_openers: list("stamp_openers"),
            share_words: list("share_words"),
            share_keys: list("share_keys"),
            name_particles: list("name_particles"),
            name_suffixes: list("name_suffixes"),
        }
    })
}

/// The file's lists: each `## heading` and the entries under it (comments and blank lines
/// left out).
fn sections(source: &'static str) -> Vec<(&'static str, Vec<&'static str>)> {
    let mut sections: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in source.lines().map(str::trim) {
        if let Some(heading) = line.strip_prefix("## ") {
            sections.push((heading.trim(), Vec::new()));
        } else if !line.is_empty() && !line.starts_with('#') {
            if let Some((_, entries)) = sections.last_mut() {
                entries.push(line);
            }
        }
    }
    sections
}

/// Whether `word` is a particle inside a name ("von", "der", "bin", "al").
pub fn is_name_particle(word: &str) -> bool {
    words().name_particles.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_in_the_file_once_and_without_duplicates() {
        let sections = sections(SOURCE);
        let names: Vec<&str> = sections.iter().map(|(name, _)| *name).collect();
        assert_eq!(names.len(), 14, "{names:?}");
        for (name, entries) in &sections {
            assert_eq!(
                names.iter().filter(|n| *n == name).count(),
                1,
                "{name} twice"
            );
            let unique: FastSet<&str> = entries.iter().copied().collect();
            assert_eq!(unique.len(), entries.len(), "a duplicate in {name}");
            assert!(!entries.is_empty(), "{name} is empty");
        }
        let w = words();
        assert!(w.share_words.contains_lowercase("Facebook"));
        assert!(w.agencies.contains("REUTERS"));
        assert!(is_name_particle("von"));
    }
}

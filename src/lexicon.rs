//! Lexicons: the word lists in `data/lexicon/` (first names, places, nationalities,
//! organizations, titles, common words), compiled into the binary and loaded into
//! hash sets once per [`crate::Analyzer`].
//!
//! The files are plain text, one entry per line, `#` lines are comments. Their origin
//! and licence are recorded in `data/lexicon/SOURCES.md`, and
//! `scripts/build_lexicons.py` regenerates them.

use std::collections::HashSet;

/// All lexicons, as exact-match sets.
pub struct Lexicon {
    pub male_first_names: HashSet<&'static str>,
    pub female_first_names: HashSet<&'static str>,
    pub surnames: HashSet<&'static str>,
    pub places: HashSet<&'static str>,
    pub nationalities: HashSet<&'static str>,
    pub organizations: HashSet<&'static str>,
    /// Last words that make a name an organization ("Inc", "Party", "Network").
    pub organization_suffixes: HashSet<&'static str>,
    /// Words and phrases before a name that are not part of it ("President", "special envoy").
    pub titles: HashSet<&'static str>,
    /// Lowercased words that, capitalized at a sentence start, are not names.
    pub common_words: HashSet<&'static str>,
}

fn entries(file: &'static str) -> HashSet<&'static str> {
    file.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect()
}

impl Lexicon {
    /// The lexicons shipped in `data/lexicon/`.
    pub fn builtin() -> Self {
        Lexicon {
            male_first_names: entries(include_str!("../data/lexicon/first_names_male.txt")),
            female_first_names: entries(include_str!("../data/lexicon/first_names_female.txt")),
            surnames: entries(include_str!("../data/lexicon/surnames.txt")),
            places: entries(include_str!("../data/lexicon/places.txt")),
            nationalities: entries(include_str!("../data/lexicon/nationalities.txt")),
            organizations: entries(include_str!("../data/lexicon/organizations.txt")),
            organization_suffixes: entries(include_str!("../data/lexicon/org_suffixes.txt")),
            titles: entries(include_str!("../data/lexicon/titles.txt")),
            common_words: entries(include_str!("../data/lexicon/common_words.txt")),
        }
    }

    /// Whether `word` is a known given name.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.male_first_names.contains(word) || self.female_first_names.contains(word)
    }

    /// Whether `word`, lowercased, is an ordinary word rather than a name.
    pub fn is_common_word(&self, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            return self.common_words.contains(word);
        }
        self.common_words.contains(word.to_lowercase().as_str())
    }
}

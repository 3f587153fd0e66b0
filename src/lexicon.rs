//! Lexicons: the word lists in `data/lexicon/` (first names, places, nationalities,
//! organizations, titles, common words), compiled into the binary and loaded into
//! hash sets once per [`crate::Analyzer`].
//!
//! The files are plain text, one entry per line, `#` lines are comments. Their origin
//! and licence are recorded in `data/lexicon/SOURCES.md`, and
//! `scripts/build_lexicons.py` regenerates them.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A fast, non-cryptographic hasher for short lexicon keys (the Fx algorithm of
/// rustc): lexicon lookups run for nearly every token.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// Up to eight bytes as one little-endian word, zero-padded: read in at most two loads
/// (overlapping when the length is not a power of two), not byte by byte, and with no
/// copy into a buffer (a call to memcpy). Bytes past the eighth are ignored.
pub(crate) fn padded_word(bytes: &[u8]) -> u64 {
    let b = &bytes[..bytes.len().min(8)];
    let n = b.len();
    let le32 = |at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as u64;
    let le16 = |at: usize| u16::from_le_bytes([b[at], b[at + 1]]) as u64;
    match n {
        0 => 0,
        1 => b[0] as u64,
        2 => le16(0),
        3 => le16(0) | (b[2] as u64) << 16,
        4..=7 => le32(0) | le32(n - 4) << (8 * (n - 4)),
        _ => u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        // The last multiply leaves the low bits depending on the inputs' low bits only;
        // hash tables index by the low bits, so the well-mixed high bits are moved there.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(padded_word(rest));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(byte as u64);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A set of lexicon entries.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<FastHasher>>;
/// A hash set with the fast hasher, for per-document word tables.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;
/// A hash map with the fast hasher, for per-document word tables.
pub type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A quick test before a word-table lookup, case aside: whether some word of the table
/// has the word's first byte and length (under 32 bytes). Most words of a text fail it, so
/// they cost no lowercasing and no hash.
pub(crate) struct FirstByteAndLength {
    /// By lowercase first byte, bit `n` set where a word of `n` bytes begins with it.
    lengths: [u32; 256],
}

impl FirstByteAndLength {
    /// The filter of `words` (any case); panics on a word of 32 bytes or more, which
    /// only a change to the word lists could bring.
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut lengths = [0u32; 256];
        for word in words {
            assert!(word.len() < 32, "a listed word of 32 bytes or more: {word}");
            if let Some(&first) = word.as_bytes().first() {
                lengths[usize::from(first.to_ascii_lowercase())] |= 1 << word.len();
            }
        }
        FirstByteAndLength { lengths }
    }

    /// Whether `word` may be one of the words, case aside.
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        word.len() < 32
            && word.as_bytes().first().is_some_and(|b| {
                self.lengths[usize::from(b.to_ascii_lowercase())] & 1 << word.len() != 0
            })
    }
}

/// Which of the name lists hold a phrase, as bits of [`Lexicon::lists_of`].
pub(crate) mod listed {
    pub(crate) const PLACE: u8 = 1;
    pub(crate) const ORGANIZATION: u8 = 2;
    pub(crate) const NATIONALITY: u8 = 4;
    pub(crate) const FIRST_NAME: u8 = 8;
    pub(crate) const SURNAME: u8 = 16;
    pub(crate) const ORGANIZATION_SUFFIX: u8 = 32;
    pub(crate) const TITLE: u8 = 64;
}

/// All lexicons, as exact-match sets.
pub struct Lexicon {
    pub male_first_names: WordSet,
    pub female_first_names: WordSet,
    pub surnames: WordSet,
    pub places: WordSet,
    pub nationalities: WordSet,
    pub organizations: WordSet,
    /// Last words that make a name an organization ("Inc", "Party", "Network").
    pub organization_suffixes: WordSet,
    /// Words and phrases before a name that are not part of it ("President", "special envoy").
    pub titles: WordSet,
    /// The first word of each title, as listed: a phrase can be a title only if its first
    /// word, as written or in lowercase, is one of these (most words are not).
    title_first_words: WordSet,
    /// The first byte and length of those words: most words fail it without a hash.
    title_first_filter: FirstByteAndLength,
    /// Whether every first name and surname begins with a letter that is not lowercase
    /// (true of the shipped lists), so that a lowercase word is no name without a lookup.
    names_are_capitalized: bool,
    /// Lowercased words that, capitalized at a sentence start, are not names.
    pub common_words: WordSet,
    /// Listed companies and brands of today ("Nvidia", "Shein", "Uniqlo").
    pub companies: WordSet,
    /// Political parties of the world ("Fidesz", "Likud", "Bharatiya Janata Party").
    pub parties: WordSet,
    /// Institutions of today missing from `organizations` ("Frontex", "AUKUS").
    pub institutions: WordSet,
    /// Every entry of the place, nationality, organization, first-name, surname,
    /// organization-suffix and title lists, with the [`listed`] bits of the lists that hold
    /// it: one lookup where a token is tried against all of them.
    lists: FastMap<&'static str, u8>,
}

fn entries(file: &'static str) -> WordSet {
    // Sized once for every line, so that the set never rehashes while it fills (the lines
    // iterator gives no size hint): the analyzer is built while the page waits.
    let mut set = WordSet::with_capacity_and_hasher(
        file.bytes().filter(|&b| b == b'\n').count() + 1,
        Default::default(),
    );
    set.extend(
        lines(file)
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#')),
    );
    set
}

/// The lines of `file`, split at each newline by a plain byte loop: cheaper than
/// `str::lines` for the short lines of a word list (its searcher costs more per line than
/// the line's bytes), and the lists are read while the page waits.
fn lines(file: &str) -> impl Iterator<Item = &str> {
    let bytes = file.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |at| start + at);
        // A newline is one byte of its own in UTF-8, so both ends are character boundaries.
        let line = file.get(start..end)?;
        start = end + 1;
        Some(line)
    })
}

impl Lexicon {
    /// The lexicons shipped in `data/lexicon/`.
    pub fn builtin() -> Self {
        let titles = entries(include_str!("../data/lexicon/titles.txt"));
        let title_first_words = titles
            .iter()
            .map(|title| title.split(' ').next().unwrap_or(title))
            .collect::<WordSet>();
        let title_first_filter = FirstByteAndLength::of(title_first_words.iter().copied());
        let male_first_names = entries(include_str!("../data/lexicon/first_names_male.txt"));
        let female_first_names = entries(include_str!("../data/lexicon/first_names_female.txt"));
        let surnames = entries(include_str!("../data/lexicon/surnames.txt"));
        let names_are_capitalized = [&male_first_names, &female_first_names, &surnames]
            .iter()
            .flat_map(|names| names.iter())
            .all(|name| !name.starts_with(char::is_lowercase));
        let places = entries(include_str!("../data/lexicon/places.txt"));
        let nationalities = entries(include_str!("../data/lexicon/nationalities.txt"));
        let organizations = entries(include_str!("../data/lexicon/organizations.txt"));
        let organization_suffixes = entries(include_str!("../data/lexicon/org_suffixes.txt"));
        let by_list = [
            (&places, listed::PLACE),
            (&nationalities, listed::NATIONALITY),
            (&organizations, listed::ORGANIZATION),
            (&male_first_names, listed::FIRST_NAME),
            (&female_first_names, listed::FIRST_NAME),
            (&surnames, listed::SURNAME),
            (&organization_suffixes, listed::ORGANIZATION_SUFFIX),
            (&titles, listed::TITLE),
        ];
        let mut lists = FastMap::with_capacity_and_hasher(
            by_list.iter().map(|(set, _)| set.len()).sum(),
            Default::default(),
        );
        for (set, bit) in by_list {
            for &entry in set {
                *lists.entry(entry).or_insert(0) |= bit;
            }
        }
        Lexicon {
            male_first_names,
            female_first_names,
            surnames,
            names_are_capitalized,
            places,
            nationalities,
            organizations,
            organization_suffixes,
            titles,
            title_first_words,
            title_first_filter,
            lists,
            common_words: entries(include_str!("../data/lexicon/common_words.txt")),
            companies: entries(include_str!("../data/lexicon/companies.txt")),
            parties: entries(include_str!("../data/lexicon/parties.txt")),
            institutions: entries(include_str!("../data/lexicon/institutions.txt")),
        }
    }

    /// The [`listed`] bits of the name lists that hold `phrase` as written (0 for none).
    pub(crate) fn lists_of(&self, phrase: &str) -> u8 {
        self.lists.get(phrase).copied().unwrap_or(0)
    }

    /// Whether a title may begin with `word` (as written, or in lowercase).
    pub fn may_start_title(&self, word: &str) -> bool {
        if !self.title_first_filter.may_hold(word) {
            return false;
        }
        crate::text::as_written_or_lowercase(word, |w| self.title_first_words.contains(w))
    }

    /// Whether `word` is a known given name.
    pub fn is_first_name(&self, word: &str) -> bool {
        // Both lists of given names in one lookup.
        self.may_be_name(word) && self.lists_of(word) & listed::FIRST_NAME != 0
    }

    /// Whether `word` is a known surname.
    pub fn is_surname(&self, word: &str) -> bool {
        self.may_be_name(word) && self.surnames.contains(word)
    }

    /// False for a word no name list can hold: a lowercase one, when every name is capitalized.
    fn may_be_name(&self, word: &str) -> bool {
        !(self.names_are_capitalized && word.starts_with(char::is_lowercase))
    }

    /// Whether `word`, lowercased, is an ordinary word rather than a name.
    pub fn is_common_word(&self, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            return self.common_words.contains(word);
        }
        crate::text::with_lowercase(word, |lower| self.common_words.contains(lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_padded_word_is_the_bytes_little_endian_with_zeros_above() {
        let bytes = b"abcdefghij";
        for n in 0..=10 {
            let want = bytes[..n.min(8)]
                .iter()
                .rev()
                .fold(0u64, |word, &b| (word << 8) | b as u64);
            assert_eq!(padded_word(&bytes[..n]), want, "{n} bytes");
        }
        assert_eq!(padded_word(b"ab"), 0x6261);
    }

    #[test]
    fn the_shipped_names_are_capitalized_so_lowercase_words_skip_the_name_lists() {
        let lexicon = Lexicon::builtin();
        assert!(lexicon.names_are_capitalized);
        assert!(lexicon.is_first_name("Steve") && !lexicon.is_first_name("steve"));
        assert!(lexicon.is_surname("Smith"));
        assert!(lexicon.may_start_title("president") && lexicon.may_start_title("Special"));
        assert!(!lexicon.may_start_title("Witkoff"));
    }

    #[test]
    fn a_list_file_gives_its_trimmed_lines_without_comments_or_blanks() {
        let set = entries("# a comment\nParis\r\n\n  New York \nZürich");
        let mut got: Vec<&str> = set.into_iter().collect();
        got.sort();
        assert_eq!(got, ["New York", "Paris", "Zürich"]);
        assert_eq!(lines("a\n\nb\n").collect::<Vec<_>>(), ["a", "", "b"]);
    }

    #[test]
    fn one_lookup_tells_every_name_list_that_holds_a_phrase() {
        let lexicon = Lexicon::builtin();
        assert_ne!(lexicon.lists_of("Germany") & listed::PLACE, 0);
        assert_ne!(lexicon.lists_of("German") & listed::NATIONALITY, 0);
        assert_ne!(lexicon.lists_of("Steve") & listed::FIRST_NAME, 0);
        assert_ne!(lexicon.lists_of("Smith") & listed::SURNAME, 0);
        assert_ne!(lexicon.lists_of("President") & listed::TITLE, 0);
        assert_eq!(lexicon.lists_of("Witkoffian"), 0);
        // Every entry of every list is there, with its list's bit.
        for (set, bit) in [
            (&lexicon.places, listed::PLACE),
            (&lexicon.titles, listed::TITLE),
        ] {
            assert!(set.iter().all(|entry| lexicon.lists_of(entry) & bit != 0));
        }
    }

    #[test]
    fn the_first_byte_and_length_filter_passes_every_word_and_case_and_few_others() {
        let filter = FirstByteAndLength::of(["ten", "Between", "a"]);
        for word in ["ten", "TEN", "Ten", "between", "BETWEEN", "a", "A"] {
            assert!(filter.may_hold(word), "{word}");
        }
        // Same first byte and length as a word: passes, and the lookup decides.
        assert!(filter.may_hold("the"));
        for word in ["tens", "te", "b", "x", "", "é", &"t".repeat(40)] {
            assert!(!filter.may_hold(word), "{word}");
        }
    }
}

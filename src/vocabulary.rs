//! The analyzer's English in one home: every word set the rules consult, defined once in
//! `data/en/*.txt` (one file per concern, one `## name` heading per set) and compiled
//! into static tables by `build.rs`. `speech.txt`'s `## speech_verbs` is
//! [`speech::SPEECH_VERBS`]. To add a word, add a line under its heading; a set that must
//! share words with another says so with `# overlaps: other_set` (the test below fails on
//! any other overlap, and on a word listed twice in one set). Changing any of these files,
//! or a lexicon in `data/lexicon`, changes [`FEATURE_VOCABULARY_HASH`], and the shipped
//! entity model then refuses to load until it is retrained.

include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));

/// Whether `word`, as written, is one of [`speech::SPEECH_VERBS`]: one hash lookup, not a
/// scan of the list, since the quotation rules ask it of every word near every quote.
pub fn is_speech_verb(word: &str) -> bool {
    static VERBS: std::sync::OnceLock<crate::lexicon::FastSet<&'static str>> =
        std::sync::OnceLock::new();
    VERBS
        .get_or_init(|| speech::SPEECH_VERBS.iter().copied().collect())
        .contains(word)
}

#[cfg(test)]
mod tests;

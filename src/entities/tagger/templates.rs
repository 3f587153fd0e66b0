//! The tagger's contract: its feature templates, named and numbered once, and the hash a
//! model file must carry to be read with them and with today's vocabularies.

/// The feature templates, with the fixed numbers their keys are hashed with: a model
/// file is only valid for the templates it was trained with (see [`contract_hash`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Template {
    /// Every token: the tag's prior.
    Bias = 0,
    /// The word in lowercase.
    Word = 1,
    /// The word's shape ("Xxxxxxx").
    Shape = 2,
    /// The shape with runs written once ("Xx").
    ShortShape = 3,
    /// A prefix of one to four characters, as written.
    Prefix = 4,
    /// A suffix of one to four characters, in lowercase.
    Suffix = 5,
    /// The word before.
    PreviousWord = 6,
    /// The word after.
    NextWord = 7,
    /// The word two before.
    SecondWordBefore = 8,
    /// The word two after.
    SecondWordAfter = 9,
    /// The word before and the word.
    PreviousAndWord = 10,
    /// The word and the word after.
    WordAndNext = 11,
    /// The short shapes of the word and its neighbours.
    ShapeTrigram = 12,
    /// The short shapes of the word before and the word.
    PreviousShapeAndShape = 13,
    /// The short shapes of the word and the word after.
    ShapeAndNextShape = 14,
    /// The short shape of a word opening a sentence or quotation.
    ShapeAtStart = 15,
    /// The short shape in a sentence written in capitals.
    ShapeInCapitals = 16,
    /// The word in a sentence written in capitals.
    WordInCapitals = 17,
    /// A lexicon class of the word or a neighbour, and where a match begins.
    Lexicon = 18,
    /// A capitalized word the document also writes in lowercase.
    SeenLowercase = 19,
    /// A capitalized sentence opener the document capitalizes elsewhere too.
    SeenCapitalizedInside = 20,
    /// The rule-based recognizer's kind, position and confidence.
    RuleOpinion = 21,
    /// The rules' kind with the short shape.
    RuleKindAndShape = 22,
    /// A capitalized word the rules did not take.
    CapitalizedWithoutRule = 23,
    /// The short shape of a hyphenated word.
    HyphenatedShape = 24,
    /// A capitalized common word, at a sentence start or inside.
    CapitalizedCommonWord = 25,
    /// The word before and the short shape.
    PreviousWordAndShape = 26,
    /// The short shape and the word after.
    ShapeAndNextWord = 27,
    /// The short shape in the first two sentences (headline, dateline).
    OpeningLines = 28,
    /// The words before and after.
    SurroundingWords = 29,
    /// The first pass's tag.
    FirstPassTag = 30,
    /// The first pass's tags of the word before and the word.
    FirstPassTagAndPrevious = 31,
    /// The first pass's tags of the word and the word after.
    FirstPassTagAndNext = 32,
    /// A label the first pass gave the same word elsewhere.
    LabelElsewhere = 33,
    /// The label the first pass gave the same word most often elsewhere.
    MostLabelElsewhere = 34,
    /// The labels and positions the same word takes inside names elsewhere.
    InsideNamesElsewhere = 35,
    /// The first pass's tags of the two words before and the word.
    FirstPassTagsBefore = 36,
    /// The first pass's tags of the word and the two after.
    FirstPassTagsAfter = 37,
}

/// Every template with its name, in number order: the part of the model's contract that
/// the code defines (the vocabularies are the other part).
pub(crate) const TEMPLATES: [(Template, &str); 38] = [
    (Template::Bias, "Bias"),
    (Template::Word, "Word"),
    (Template::Shape, "Shape"),
    (Template::ShortShape, "ShortShape"),
    (Template::Prefix, "Prefix"),
    (Template::Suffix, "Suffix"),
    (Template::PreviousWord, "PreviousWord"),
    (Template::NextWord, "NextWord"),
    (Template::SecondWordBefore, "SecondWordBefore"),
    (Template::SecondWordAfter, "SecondWordAfter"),
    (Template::PreviousAndWord, "PreviousAndWord"),
    (Template::WordAndNext, "WordAndNext"),
    (Template::ShapeTrigram, "ShapeTrigram"),
    (Template::PreviousShapeAndShape, "PreviousShapeAndShape"),
    (Template::ShapeAndNextShape, "ShapeAndNextShape"),
    (Template::ShapeAtStart, "ShapeAtStart"),
    (Template::ShapeInCapitals, "ShapeInCapitals"),
    (Template::WordInCapitals, "WordInCapitals"),
    (Template::Lexicon, "Lexicon"),
    (Template::SeenLowercase, "SeenLowercase"),
    (Template::SeenCapitalizedInside, "SeenCapitalizedInside"),
    (Template::RuleOpinion, "RuleOpinion"),
    (Template::RuleKindAndShape, "RuleKindAndShape"),
    (Template::CapitalizedWithoutRule, "CapitalizedWithoutRule"),
    (Template::HyphenatedShape, "HyphenatedShape"),
    (Template::CapitalizedCommonWord, "CapitalizedCommonWord"),
    (Template::PreviousWordAndShape, "PreviousWordAndShape"),
    (Template::ShapeAndNextWord, "ShapeAndNextWord"),
    (Template::OpeningLines, "OpeningLines"),
    (Template::SurroundingWords, "SurroundingWords"),
    (Template::FirstPassTag, "FirstPassTag"),
    (Template::FirstPassTagAndPrevious, "FirstPassTagAndPrevious"),
    (Template::FirstPassTagAndNext, "FirstPassTagAndNext"),
    (Template::LabelElsewhere, "LabelElsewhere"),
    (Template::MostLabelElsewhere, "MostLabelElsewhere"),
    (Template::InsideNamesElsewhere, "InsideNamesElsewhere"),
    (Template::FirstPassTagsBefore, "FirstPassTagsBefore"),
    (Template::FirstPassTagsAfter, "FirstPassTagsAfter"),
];

/// The seed of the features' lowercase hashes, apart from every template's.
pub(crate) const LOWERCASE_SEED: u8 = 255;

/// How features become keys (`super::keys`): to be raised whenever that changes, since
/// a model trained on other keys would read as noise. 2: words joined by their hashes.
const KEY_SCHEME: u8 = 2;

/// The hash a model file must carry to be read: FNV-1a over the templates' numbers and
/// names, then the hash of every vocabulary the features and the rules read
/// ([`crate::vocabulary::FEATURE_VOCABULARY_HASH`]), then the [`KEY_SCHEME`]. Any change
/// to one of them needs a retrain.
pub(crate) fn contract_hash() -> u64 {
    contract_hash_for(crate::vocabulary::FEATURE_VOCABULARY_HASH)
}

/// The contract hash of these templates with vocabularies whose hash is `vocabulary`.
fn contract_hash_for(vocabulary: u64) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |byte: u8| {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    for (template, name) in TEMPLATES {
        add(template as u8);
        name.bytes().for_each(&mut add);
        add(0);
    }
    for byte in vocabulary.to_le_bytes() {
        add(byte);
    }
    add(KEY_SCHEME);
    hash
}

#[cfg(test)]
mod tests {
    use super::super::model::ModelPair;
    use super::super::{Tagger, BUILTIN_FIRST, BUILTIN_SECOND};
    use super::*;

    #[test]
    fn the_shipped_model_loads_with_this_build() {
        assert!(Tagger::builtin().is_ok(), "{:?}", Tagger::builtin().err());
    }

    #[test]
    fn a_model_trained_on_other_words_is_refused_with_the_retrain_message() {
        // A build whose vocabularies differ (one word added to one set changes their
        // hash) expects another contract than the shipped files carry.
        let other = contract_hash_for(crate::vocabulary::FEATURE_VOCABULARY_HASH ^ 1);
        let error = ModelPair::read_for(BUILTIN_FIRST, BUILTIN_SECOND, other)
            .err()
            .expect("refused");
        assert!(error.0.contains("retrain"), "{error}");
        assert!(error.0.contains("--bin train"), "{error}");
    }

    #[test]
    fn templates_are_numbered_in_order_and_named_once() {
        for (k, (template, _)) in TEMPLATES.iter().enumerate() {
            assert_eq!(*template as usize, k);
        }
        let mut names: Vec<&str> = TEMPLATES.iter().map(|(_, name)| *name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TEMPLATES.len());
        assert_ne!(contract_hash(), contract_hash_for(0));
    }
}

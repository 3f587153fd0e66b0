//! No input breaks the analyzer: random and hostile text never panics, every offset it
//! returns lies on a character boundary inside the text, and huge inputs finish.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_analyzer::offsets::{OffsetMap, Unit};
use article_analyzer::{analyze, Options};
use common::{assert_spans_valid, options};
use proptest::prelude::*;

/// Pieces that exercise the analyzer's rules, mixed with arbitrary characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("«".to_string()),
        Just("„".to_string()),
        Just("’s".to_string()),
        Just("'".to_string()),
        Just(" said ".to_string()),
        Just(" he said.".to_string()),
        Just("Steve Witkoff".to_string()),
        Just("al-Hayya".to_string()),
        Just("U.S.".to_string()),
        Just(" on Wednesday".to_string()),
        Just(" last week".to_string()),
        Just("October 8, 2025".to_string()),
        Just("3:30 p.m.".to_string()),
        Just("Roberto \"Hands of".to_string()),
        Just("LAS VEGAS (Reuters) - ".to_string()),
        Just(" Election Day".to_string()),
        Just("Martin Luther King, Jr.".to_string()),
        Just(" soon".to_string()),
        Just(" two years ago".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just("\u{0}\u{1b}\u{7f}".to_string()),
        Just("e\u{301}".to_string()),
        Just("😀👍🏽".to_string()),
        Just("東京".to_string()),
        Just("\u{200b}\u{feff}\u{202e}".to_string()),
        "[A-Z][a-z]{0,8}",
        "[0-9]{1,5}",
        any::<char>().prop_map(String::from),
        "\\PC{0,12}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_articles_give_valid_spans(text in article()) {
        let analysis = analyze(&text, &options());
        assert_spans_valid(&text, &analysis);
    }

    #[test]
    fn arbitrary_strings_give_valid_spans(text in any::<String>()) {
        let analysis = analyze(&text, &Options::default());
        assert_spans_valid(&text, &analysis);
    }

    #[test]
    fn offsets_convert_to_the_units_javascript_and_python_count(text in article()) {
        let utf16 = OffsetMap::new(&text, Unit::Utf16CodeUnit);
        let chars = OffsetMap::new(&text, Unit::CodePoint);
        for (byte, _) in text.char_indices().step_by(7) {
            prop_assert_eq!(utf16.convert(byte), text[..byte].encode_utf16().count());
            prop_assert_eq!(chars.convert(byte), text[..byte].chars().count());
        }
    }
}

#[test]
fn empty_and_blank_text_give_an_empty_analysis() {
    for text in ["", " ", "\n\n\n", "\t"] {
        let analysis = analyze(text, &options());
        assert!(
            analysis.entities.is_empty() && analysis.dates.is_empty() && analysis.quotes.is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn lone_and_unbalanced_quote_marks_do_not_swallow_the_article() {
    let text = "He said “this never closes.\nSteve Witkoff said: “A real quote here, with words,” on Wednesday.\n”\"“«»„";
    let analysis = analyze(text, &options());
    assert_spans_valid(text, &analysis);
    assert_eq!(analysis.quotes.len(), 1, "{:?}", analysis.quotes);
    assert!(analysis.quotes[0].text.starts_with("“A real quote"));
}

#[test]
fn a_text_ending_inside_a_name_or_a_dateline_is_analysed() {
    // Each ends where a rule would read one token further: a nickname's closing mark, a
    // holiday's "Day", a dateline's agency.
    for text in [
        "The fight featured Roberto \"Hands",
        "Then Roberto \"Hands of",
        "Hector “Macho",
        "Martin Luther King, Jr.",
        "LAS VEGAS (",
        "LAS VEGAS, Nev",
        "soon",
    ] {
        let analysis = analyze(text, &options());
        assert_spans_valid(text, &analysis);
    }
    let text = "The fight featured Roberto \"Hands";
    assert!(
        analyze(text, &options())
            .entities
            .iter()
            .any(|e| e.name == "Roberto"),
        "the name before the unfinished nickname is still found"
    );
}

#[test]
fn binary_junk_is_analysed_without_panicking() {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    assert_spans_valid(&text, &analyze(&text, &options()));
}

#[test]
fn a_single_one_megabyte_line_finishes() {
    let unit = "“Quoted words by Steve Witkoff on Wednesday,” he said, and President Trump's U.S. envoy al-Hayya 22 “";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    assert!(!text.contains('\n') && text.len() > 1_000_000);
    let analysis = analyze(&text, &options());
    assert_spans_valid(&text, &analysis);
    assert!(analysis.entities.iter().any(|e| e.name == "Steve Witkoff"));
    assert!(analysis.quotes.len() > 1000, "the quotes are still found");
}

#[test]
fn ten_megabytes_of_news_finish() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample/article.txt");
    let article = std::fs::read_to_string(path).expect("the seed article");
    let text = format!("{article}\n").repeat(10_000_000 / article.len() + 1);
    assert!(text.len() >= 10_000_000);
    let analysis = analyze(&text, &options());
    let witkoff = analysis
        .entities
        .iter()
        .find(|e| e.name == "Steve Witkoff")
        .expect("Witkoff is found");
    assert!(witkoff.mentions.len() > 1000);
    assert_eq!(analysis.quotes.len() % 3, 0);
}

/// Runs of one word that a pattern may take as a prefix ("later later … yesterday") or
/// one long title-case sentence: each must take time linear in its length. (A pattern
/// that recursed or rescanned per word once took minutes on these; a hang here shows as
/// a test that never ends.)
#[test]
fn long_runs_of_one_phrase_finish() {
    for unit in [
        "later ",
        "early ",
        "the end of ",
        "Smith, ",
        "The New York Times reported ",
        "that day ",
        "Sen. ",
        "(D-N.Y.) ",
        "year-earlier ",
        "“A real quote,” ",
    ] {
        let text = format!("{}Monday yesterday 1990.", unit.repeat(40_000));
        let analysis = analyze(&text, &options());
        assert_spans_valid(&text, &analysis);
        assert!(
            analysis.dates.iter().any(|d| d.text == "1990"),
            "{unit:?}: the year at the end is still found"
        );
    }
}

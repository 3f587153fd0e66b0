//! Every example phrase the project uses (the test suites' strings, the quoted phrases
//! of the comments and docs), cut after each of its words and placed where a paste cuts
//! text: at the end of a text, at its start, alone, repeated 1,000 times, with and
//! without a full stop, in capitals. Nothing may panic, every offset must lie on a
//! character boundary, and a whole phrase must be read the same wherever it stands.
//!
//! This is the test that would have caught "It rose at the end of": a phrase the
//! patterns know, cut after its last word.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_analyzer::{Analysis, Analyzer};
use common::{assert_spans_valid, example_phrases, options};
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A sentence with nothing to find, put before or after a phrase.
const NEUTRAL: &str = "Officials met to discuss the plan.";

/// The longest cut repeated 1,000 times (longer ones are whole test sentences, whose
/// repetition adds nothing a pattern could trip on but time).
const REPEATED_MAX_BYTES: usize = 60;

/// What an analysis found, without offsets, so that findings at different places in a
/// text compare equal: the dates with their values and the quotations, which rules find
/// in the phrase itself; and separately the names, which the tagger weighs against the
/// whole document (a lone line is a headline, where names need support in a body).
fn findings(analysis: &Analysis) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut found = BTreeSet::new();
    for date in &analysis.dates {
        found.insert(format!(
            "{} {:?} = {}",
            date.kind.name(),
            date.text,
            date.value
        ));
    }
    for quote in &analysis.quotes {
        found.insert(format!("quote {:?}", quote.text));
    }
    let names = analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
        .collect();
    (found, names)
}

/// The phrase cut after each of its words: "the", "the end", "the end of".
fn cuts(phrase: &str) -> Vec<&str> {
    let mut ends: Vec<usize> = phrase
        .char_indices()
        .filter(|&(i, c)| c.is_whitespace() && i > 0)
        .map(|(i, _)| i)
        .collect();
    ends.push(phrase.len());
    let mut cuts: Vec<&str> = ends
        .into_iter()
        .map(|end| phrase[..end].trim_end())
        .filter(|cut| !cut.is_empty())
        .collect();
    cuts.dedup();
    cuts
}

/// Every text one cut of a phrase is tried in.
fn placements(cut: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for form in [cut.to_string(), cut.to_uppercase()] {
        for ending in ["", "."] {
            let phrase = format!("{form}{ending}");
            texts.push(phrase.clone());
            texts.push(format!("{NEUTRAL} {phrase}"));
            texts.push(format!("{phrase} {NEUTRAL}"));
            if phrase.len() <= REPEATED_MAX_BYTES {
                texts.push(format!("{phrase} ").repeat(1_000));
            }
        }
    }
    texts
}

/// Analyses `text`, turning a panic into a failure report that names the input.
fn analyse_checked(analyzer: &Analyzer, text: &str) -> Result<Analysis, String> {
    let shown = || {
        let shown: String = text.chars().take(120).collect();
        format!("{shown:?} ({} bytes)", text.len())
    };
    let analysis = catch_unwind(AssertUnwindSafe(|| analyzer.analyze(text, &options())))
        .map_err(|_| format!("panicked on {}", shown()))?;
    catch_unwind(AssertUnwindSafe(|| assert_spans_valid(text, &analysis)))
        .map_err(|_| format!("bad offsets on {}", shown()))?;
    Ok(analysis)
}

/// Checks one phrase in every placement of every cut; the failures, described.
fn check_phrase(analyzer: &Analyzer, phrase: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for cut in cuts(phrase) {
        for text in placements(cut) {
            if let Err(failure) = analyse_checked(analyzer, &text) {
                failures.push(failure);
            }
        }
    }
    // The whole phrase is read the same alone, as the last or first paragraph of a text and
    // between two; its names are the same at the end of a text as with text after them.
    let whole = phrase.trim();
    let mut read = |text: &str| {
        analyse_checked(analyzer, text)
            .map(|a| findings(&a))
            .map_err(|failure| failures.push(failure))
            .ok()
    };
    let in_middle = read(&format!("{NEUTRAL}\n{whole}\n{NEUTRAL}"));
    let placed: Vec<_> = [
        whole.to_string(),
        format!("{NEUTRAL}\n{whole}"),
        format!("{whole}\n{NEUTRAL}"),
    ]
    .into_iter()
    .map(|t| (read(&t), t))
    .collect();
    for (placed, text) in placed {
        let (Some(placed), Some(middle)) = (placed, &in_middle) else {
            continue;
        };
        let mut differences = differences(&placed.0, &middle.0);
        if text.starts_with(NEUTRAL) {
            differences.extend(differences_in_names(&placed.1, &middle.1));
        }
        if !differences.is_empty() {
            failures.push(format!(
                "{whole:?} in {text:?} is read differently from between two sentences: {}",
                differences.join("; ")
            ));
        }
    }
    failures
}

/// What `placed` has that `reference` lacks and the reverse, described.
fn differences(placed: &BTreeSet<String>, reference: &BTreeSet<String>) -> Vec<String> {
    let lost = reference.difference(placed).map(|f| format!("lost {f}"));
    lost.chain(placed.difference(reference).map(|f| format!("gained {f}")))
        .collect()
}

/// The same for names.
fn differences_in_names(placed: &BTreeSet<String>, reference: &BTreeSet<String>) -> Vec<String> {
    differences(placed, reference)
        .into_iter()
        .map(|d| format!("{d} (name)"))
        .collect()
}

#[test]
fn the_neutral_sentence_finds_nothing() {
    let (found, names) = findings(&Analyzer::new().analyze(NEUTRAL, &options()));
    assert!(found.is_empty() && names.is_empty());
}

#[test]
fn the_examples_are_found_in_the_sources() {
    let phrases = example_phrases();
    assert!(
        phrases.len() > 500,
        "only {} example phrases found",
        phrases.len()
    );
    for expected in [
        "the end of 1990",
        "LAS VEGAS (Reuters) -",
        "earlier this year",
        "according to X",
    ] {
        assert!(
            phrases.iter().any(|p| p == expected),
            "{expected:?} is not among the examples: {phrases:?}"
        );
    }
    assert_eq!(cuts("the end  of"), ["the", "the end", "the end  of"]);
}

#[test]
fn every_example_cut_after_every_word_is_analysed_soundly() {
    let phrases = example_phrases();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let phrases = &phrases;
                scope.spawn(move || {
                    let analyzer = Analyzer::new();
                    phrases
                        .iter()
                        .skip(t)
                        .step_by(threads)
                        .flat_map(|p| check_phrase(&analyzer, p))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a checking thread"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} failures among {} phrases, the first:\n{}",
        failures.len(),
        phrases.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

//! A fuzzer on stable Rust: seeded random texts built from the analyzer's own vocabulary
//! (its lexicons and the words of its patterns), from the project's example phrases whole
//! or cut, and from punctuation, quotation marks, numbers and junk, so that the patterns
//! actually fire. No text may panic or yield an offset off a character boundary.
//!
//! Short in the test command; long on demand:
//!
//! ```text
//! FUZZ_CASES=1000000 cargo test --release --test fuzz -- --nocapture
//! FUZZ_SEED=7 FUZZ_FIRST=4711 FUZZ_CASES=1 cargo test --test fuzz   # replays one case
//! ```
//!
//! A failing case is written to `target/fuzz-failures/` and named by seed and number.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_analyzer::{Analyzer, Options};
use common::{assert_spans_valid, example_phrases, options, vocabulary, Rng};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Cases the test command runs (a few seconds).
const DEFAULT_CASES: u64 = 3_000;
/// The seed of the test command's cases, so that CI runs the same ones every time.
const DEFAULT_SEED: u64 = 0x5EED_2026;

const PUNCTUATION: &[&str] = &[
    ". ", ", ", "; ", ": ", "? ", "! ", "…", "“", "”", "\"", "'", "‘", "’", "’s", "'s", "«", "»",
    "„", "''", "(", ")", "[", "]", " - ", " -- ", " — ", "–", "-", "/", "$", "%", "&", "@", "#",
    "*", "•", "\n", "\n\n", "\r\n", "\t",
];

const NUMBERS: &[&str] = &[
    "2025-11-06",
    "3:30",
    "10:45 p.m.",
    "1,000",
    "5%",
    "$4.5 billion",
    "1990s",
    "'90s",
    "Q3",
    "FY2025",
    "2-1",
    "8",
    "31",
    "1996",
    "2024",
    "0",
    "12th",
];

const JUNK: &[&str] = &[
    "\u{0}", "\u{1b}", "\u{7f}", "\u{301}", "\u{200b}", "\u{feff}", "\u{202e}", "\u{fffd}", "😀",
    "👍🏽", "東京", "ß", "İ", "ﬁ",
];

/// What texts are built from.
struct Material {
    words: Vec<String>,
    phrases: Vec<String>,
}

impl Material {
    fn load() -> Self {
        let material = Material {
            words: vocabulary(),
            phrases: example_phrases(),
        };
        assert!(
            material.words.len() > 10_000 && material.phrases.len() > 500,
            "the vocabulary and the examples are read"
        );
        material
    }

    /// One piece of text.
    fn piece(&self, rng: &mut Rng) -> String {
        match rng.below(100) {
            0..=44 => {
                let word = rng.pick(&self.words);
                cased(rng, word)
            }
            45..=59 => {
                // An example whole, cut after a word, or from a word on.
                let phrase = rng.pick(&self.phrases[..]);
                let words: Vec<&str> = phrase.split_whitespace().collect();
                let (from, to) = match rng.below(3) {
                    0 => (0, words.len()),
                    1 => (0, 1 + rng.below(words.len())),
                    _ => (rng.below(words.len()), words.len()),
                };
                cased(rng, &words[from..to].join(" "))
            }
            60..=79 => rng.pick(PUNCTUATION).to_string(),
            80..=89 => rng.pick(NUMBERS).to_string(),
            90..=94 => (0..1 + rng.below(8))
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect(),
            95..=97 => rng.pick(JUNK).to_string(),
            _ => char::from_u32(rng.below(0x11_0000) as u32)
                .unwrap_or('\u{fffd}')
                .to_string(),
        }
    }

    /// One text: up to 80 pieces, now and then one of them repeated hundreds of times.
    fn text(&self, rng: &mut Rng) -> String {
        let mut text = String::new();
        for _ in 0..1 + rng.below(80) {
            let piece = self.piece(rng);
            let repeats = if rng.below(50) == 0 {
                100 + rng.below(2_000)
            } else {
                1
            };
            for _ in 0..repeats {
                text.push_str(&piece);
                text.push_str(match rng.below(10) {
                    0 => "",
                    1 => "\n",
                    _ => " ",
                });
            }
        }
        text
    }
}

/// The word as written, capitalized, in capitals or in lowercase.
fn cased(rng: &mut Rng, word: &str) -> String {
    match rng.below(10) {
        0 => word.to_uppercase(),
        1 => word.to_lowercase(),
        2 => word
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_uppercase().next().unwrap_or(c)
                } else {
                    c
                }
            })
            .collect(),
        _ => word.to_string(),
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The generator of case `number` under `seed`: each case stands alone, so any one can be
/// replayed.
fn case_rng(seed: u64, number: u64) -> Rng {
    Rng::new(seed ^ number.wrapping_mul(0xA24B_AED4_963E_E407))
}

/// Runs one case; the failure, described and saved, if any.
fn run_case(analyzer: &Analyzer, material: &Material, seed: u64, number: u64) -> Option<String> {
    let mut rng = case_rng(seed, number);
    let text = material.text(&mut rng);
    let options = if rng.below(4) == 0 {
        Options::default()
    } else {
        options()
    };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        assert_spans_valid(&text, &analyzer.analyze(&text, &options))
    }));
    if outcome.is_ok() {
        return None;
    }
    let dir = common::root().join("target/fuzz-failures");
    let path = dir.join(format!("seed-{seed}-case-{number}.txt"));
    let saved = std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::write(&path, &text))
        .is_ok();
    let shown: String = text.chars().take(300).collect();
    Some(format!(
        "case {number} (FUZZ_SEED={seed} FUZZ_FIRST={number} FUZZ_CASES=1){}: {shown:?}",
        if saved {
            format!(", saved in {}", path.display())
        } else {
            String::new()
        }
    ))
}

#[test]
fn generated_texts_never_break_the_analyzer() {
    let material = Material::load();
    let seed = env_number("FUZZ_SEED", DEFAULT_SEED);
    let first = env_number("FUZZ_FIRST", 0);
    let cases = env_number("FUZZ_CASES", DEFAULT_CASES);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    let started = std::time::Instant::now();
    let (failures, bytes): (Vec<String>, u64) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let material = &material;
                scope.spawn(move || {
                    let analyzer = Analyzer::new();
                    let mut failures = Vec::new();
                    let mut bytes = 0;
                    for number in (first + t..first + cases).step_by(threads as usize) {
                        bytes += material.text(&mut case_rng(seed, number)).len() as u64;
                        failures.extend(run_case(&analyzer, material, seed, number));
                    }
                    (failures, bytes)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a fuzzing thread"))
            .fold((Vec::new(), 0), |(mut all, total), (f, b)| {
                all.extend(f);
                (all, total + b)
            })
    });
    println!(
        "fuzz: {cases} cases from seed {seed} ({:.1} MB of text) in {:.1} s, {} failures",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed, the first:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

#[test]
fn the_generator_uses_the_analyzers_words_and_replays_a_case_from_its_seed() {
    let material = Material::load();
    for word in [
        "Thanksgiving",
        "yesterday",
        "according",
        "Reuters",
        "Monday",
    ] {
        assert!(
            material.words.iter().any(|w| w == word),
            "{word:?} is in the vocabulary"
        );
    }
    let a = material.text(&mut case_rng(1, 42));
    let b = material.text(&mut case_rng(1, 42));
    assert_eq!(a, b);
    assert_ne!(a, material.text(&mut case_rng(1, 43)));
}

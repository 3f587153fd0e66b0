//! Time stays linear: every example phrase of the project (see `tests/examples.rs`),
//! repeated 40,000 times in one text, is analysed within a small constant factor of the
//! time the same number of bytes of plain news text takes, measured in the same run (a
//! ratio, not milliseconds: the machine's speed cancels out). A pattern that rescans or
//! recurses per repetition shows here as a ratio in the hundreds.
//!
//! Slow in a debug build: the test command runs it with `--release`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use article_analyzer::Analyzer;
use common::{example_phrases, options, PLAIN_NEWS};
use std::time::Instant;

const REPETITIONS: usize = 40_000;
/// Phrases longer than this are whole test sentences, not phrases a pattern repeats.
const MAX_PHRASE_BYTES: usize = 60;
/// How much slower per byte than plain news a repeated phrase may be. Dense texts (a
/// date in every word) cost more per byte than news; a quadratic pattern costs hundreds.
const MAX_RATIO: f64 = 10.0;
/// How many of the slowest phrases are also timed at a quarter of the repetitions.
const GROWTH_CHECKED: usize = 5;
/// How much more a byte may cost in a text four times as long (linear: about 1).
const MAX_GROWTH: f64 = 1.6;
/// Size of the plain-news yardstick text.
const YARDSTICK_BYTES: usize = 1_000_000;

/// Seconds `analyzer` takes on `text`.
fn seconds(analyzer: &Analyzer, text: &str) -> f64 {
    let started = Instant::now();
    let analysis = analyzer.analyze(text, &options());
    std::hint::black_box(analysis);
    started.elapsed().as_secs_f64()
}

/// Seconds per byte of plain news, the fastest of a few runs.
fn yardstick(analyzer: &Analyzer, plain: &str) -> f64 {
    (0..3)
        .map(|_| seconds(analyzer, plain))
        .fold(f64::MAX, f64::min)
        / plain.len() as f64
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "minutes in a debug build: run with --release, as scripts/test.sh does"
)]
fn every_example_repeated_40000_times_takes_time_linear_in_its_length() {
    let phrases: Vec<String> = example_phrases()
        .into_iter()
        .filter(|p| p.len() <= MAX_PHRASE_BYTES)
        .collect();
    assert!(phrases.len() > 500, "the examples are read");
    let plain = PLAIN_NEWS.repeat(YARDSTICK_BYTES / PLAIN_NEWS.len() + 1);
    let analyzer = Analyzer::new();
    let started = Instant::now();
    let mut per_byte = yardstick(&analyzer, &plain);
    let mut ratios: Vec<(f64, &str)> = Vec::new();
    for (n, phrase) in phrases.iter().enumerate() {
        if n % 50 == 49 {
            // The machine's speed drifts: measure the yardstick again now and then.
            per_byte = per_byte.min(yardstick(&analyzer, &plain));
        }
        let text = format!("{phrase} ").repeat(REPETITIONS);
        let mut ratio = seconds(&analyzer, &text) / text.len() as f64 / per_byte;
        if ratio > MAX_RATIO {
            // One slow run may be the machine: the fastest of three, against a fresh yardstick.
            per_byte = per_byte.min(yardstick(&analyzer, &plain));
            let fastest = (0..3)
                .map(|_| seconds(&analyzer, &text))
                .fold(f64::MAX, f64::min);
            ratio = fastest / text.len() as f64 / per_byte;
        }
        ratios.push((ratio, phrase));
    }
    ratios.sort_by(|a, b| b.0.total_cmp(&a.0));
    let median = ratios[ratios.len() / 2].0;
    println!(
        "linear time: {} phrases x {REPETITIONS} in {:.0} s; plain news {:.2} MB/s; ratio median {median:.2}, slowest {:?}",
        ratios.len(),
        started.elapsed().as_secs_f64(),
        1e-6 / per_byte,
        &ratios[..5.min(ratios.len())]
    );
    let too_slow: Vec<_> = ratios.iter().filter(|(r, _)| *r > MAX_RATIO).collect();
    assert!(
        too_slow.is_empty(),
        "{} phrases take over {MAX_RATIO}x plain news per byte: {too_slow:?}",
        too_slow.len()
    );
    // One size shows a constant factor, not a trend: the slowest phrases must also cost no
    // more per byte at 40,000 repetitions than at a quarter of that.
    for &(_, phrase) in &ratios[..GROWTH_CHECKED.min(ratios.len())] {
        let per_byte_at = |repetitions: usize| {
            let text = format!("{phrase} ").repeat(repetitions);
            let fastest = (0..3)
                .map(|_| seconds(&analyzer, &text))
                .fold(f64::MAX, f64::min);
            fastest / text.len() as f64
        };
        let growth = per_byte_at(REPETITIONS) / per_byte_at(REPETITIONS / 4);
        println!(
            "  {phrase:?}: per-byte time x{growth:.2} from {} to {REPETITIONS} repetitions",
            REPETITIONS / 4
        );
        assert!(
            growth < MAX_GROWTH,
            "{phrase:?}: time per byte grows x{growth:.2} with 4x the text"
        );
    }
}

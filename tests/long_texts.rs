//! A text of any length is analysed in one call: its names link across the whole of it
//! (the page used to cut long texts into sections, which kept a late "Witkoff" from
//! joining "Steve Witkoff"), and `analyze_with_progress` reports how far it has come.

mod common;

use article_analyzer::{Analyzer, EntityKind, Progress, Step};
use common::{options, PLAIN_NEWS};

/// News text of at least `bytes` bytes, with no Witkoff in it.
fn filler(bytes: usize) -> String {
    assert!(!PLAIN_NEWS.contains("Witkoff"));
    format!("{PLAIN_NEWS}\n").repeat(bytes / (PLAIN_NEWS.len() + 1) + 1)
}

#[test]
fn a_surname_at_the_end_of_a_long_text_joins_the_full_name_at_its_start() {
    let text = format!(
        "Special envoy Steve Witkoff arrived in Cairo on Monday.\n{}\nThe talks went on late, Witkoff said.\n",
        filler(1_000_000)
    );
    let analysis = Analyzer::new().analyze(&text, &options());
    let last = text.rfind("Witkoff").unwrap();
    let entity = analysis
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.span.start == last))
        .expect("the last Witkoff is a mention");
    assert_eq!(entity.name, "Steve Witkoff");
    assert_eq!(entity.kind, EntityKind::Person);
    assert_eq!(entity.mentions.len(), 2, "both mentions, a megabyte apart");
}

#[test]
fn progress_goes_forward_through_every_step_and_ends_at_the_whole_text() {
    let text = filler(2_000_000);
    let mut seen: Vec<Progress> = Vec::new();
    let analysis = Analyzer::new().analyze_with_progress(&text, &options(), &mut |p| seen.push(p));
    assert!(!analysis.entities.is_empty());
    assert!(seen.iter().all(|p| p.total == text.len()));
    assert!(
        seen.windows(2).all(|w| w[0].done <= w[1].done),
        "never goes back"
    );
    assert_eq!(seen.last().map(|p| p.done), Some(text.len()));
    let steps: Vec<Step> = seen
        .iter()
        .map(|p| p.step)
        .fold(Vec::new(), |mut steps, step| {
            if steps.last() != Some(&step) {
                steps.push(step);
            }
            steps
        });
    use Step::*;
    assert_eq!(
        steps,
        [Tokenizing, Entities, ReferenceDate, Dates, Quotes, Numbers]
    );
    // Inside the names step, the slowest, progress moves on many times, each a small step.
    let naming: Vec<f64> = seen
        .iter()
        .filter(|p| p.step == Entities)
        .map(Progress::fraction)
        .collect();
    assert!(
        naming.len() >= 50,
        "{} reports while finding names",
        naming.len()
    );
    assert!(naming.windows(2).all(|w| w[1] - w[0] < 0.02));
    assert!(
        seen.len() <= 220,
        "not a report per sentence: {}",
        seen.len()
    );
}

#[test]
fn an_empty_text_reports_itself_done() {
    let mut seen = Vec::new();
    Analyzer::new().analyze_with_progress("", &options(), &mut |p| seen.push(p));
    assert_eq!(seen.last().map(Progress::fraction), Some(1.0));
}

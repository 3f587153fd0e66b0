//! The registry's examples, run as one table: every row of every recognizer is checked,
//! and every failing row is reported, not just the first.

use super::{first_match, starting_at, Cursor, REGISTRY};
use crate::dates::calendar::CalendarDate;
use crate::dates::extract;
use crate::text::Document;

/// One example row: `DCT | a sentence with [the expression] | TYPE value`.
struct Example<'e> {
    reference: CalendarDate,
    text: String,
    span: (usize, usize),
    kind: &'e str,
    value: &'e str,
}

fn parse(line: &str) -> Result<Example<'_>, String> {
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let [dct, sentence, expected] = parts[..] else {
        return Err("not three fields".into());
    };
    let reference = CalendarDate::parse(dct).ok_or("a bad reference date")?;
    let open = sentence.find('[').ok_or("no [")?;
    let close = sentence.find(']').ok_or("no ]")?;
    if close < open || sentence[close + 1..].contains('[') {
        return Err("not one bracketed expression".into());
    }
    let text = format!(
        "{}{}{}",
        &sentence[..open],
        &sentence[open + 1..close],
        &sentence[close + 1..]
    );
    let (kind, value) = expected.split_once(' ').ok_or("no TYPE value")?;
    Ok(Example {
        reference,
        text,
        span: (open, close - 1),
        kind,
        value,
    })
}

/// What is wrong with one row, if anything: the expression the analysis finds, and the
/// recognizer that wins at its first word.
fn check(r: usize, line: &str) -> Option<String> {
    let example = match parse(line) {
        Ok(example) => example,
        Err(why) => return Some(why),
    };
    let doc = Document::new(&example.text);
    let found = extract(&doc, Some(example.reference));
    let (start, end) = example.span;
    let Some(date) = found
        .iter()
        .find(|d| d.span.start == start && d.span.end == end)
    else {
        let got: Vec<String> = found
            .iter()
            .map(|d| format!("[{}] {} {}", d.text, d.kind.name(), d.value))
            .collect();
        return Some(format!("found {}", got.join(", ")));
    };
    if (date.kind.name(), date.value.as_str()) != (example.kind, example.value) {
        return Some(format!("gave {} {}", date.kind.name(), date.value));
    }
    // The recognizer that wins at the first token of the expression where one matches
    // ("fiscal 2026" is found at the year, and takes in the word before).
    let tokens = doc.tokens().enumerate();
    for (token, _) in tokens.filter(|(_, t)| t.start >= start && t.end <= end) {
        let c = Cursor {
            doc: &doc,
            limit: doc.sentence_of(token).end_token,
        };
        let mask = starting_at(&doc, token);
        let matches = |k: usize| mask & (1 << k) != 0 && (REGISTRY[k].find)(&c, token).is_some();
        if let Some(k) = (0..REGISTRY.len()).find(|&k| matches(k)) {
            return (k != r).then(|| format!("recognized by {}", REGISTRY[k].name));
        }
    }
    Some("no recognizer starts there".into())
}

#[test]
fn every_example_of_every_recognizer_holds() {
    let mut failures = Vec::new();
    let mut rows = 0;
    for (r, recognizer) in REGISTRY.iter().enumerate() {
        let lines = recognizer.examples.lines().map(str::trim);
        for line in lines.filter(|l| !l.is_empty() && !l.starts_with('#')) {
            rows += 1;
            if let Some(why) = check(r, line) {
                failures.push(format!("{}: {line}\n    {why}", recognizer.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {rows} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(rows >= 300, "only {rows} examples");
}

#[test]
fn every_recognizer_has_examples_and_a_name_of_its_own() {
    let mut names: Vec<&str> = REGISTRY.iter().map(|r| r.name).collect();
    for recognizer in &REGISTRY {
        let rows = recognizer
            .examples
            .lines()
            .filter(|l| l.contains(" | "))
            .count();
        assert!(rows >= 5, "{} has {rows} examples", recognizer.name);
    }
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), REGISTRY.len());
}

#[test]
fn start_words_are_lowercase_and_short_enough_for_the_table() {
    for recognizer in &REGISTRY {
        for word in recognizer.starts.words {
            assert!(
                word.len() <= 16 && !word.bytes().any(|b| b.is_ascii_uppercase()),
                "{}: {word:?}",
                recognizer.name
            );
        }
    }
}

#[test]
fn the_qualified_form_wraps_the_others_and_stops_at_one_level() {
    let doc = Document::new("It rose at the end of the end of 1990.");
    let found = extract(&doc, CalendarDate::parse("2025-11-06"));
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(got, [("the end of 1990", "1990")]);
    let first = doc
        .tokens()
        .position(|t| t.start == 11)
        .expect("the first \"the\"");
    let c = Cursor {
        doc: &doc,
        limit: doc.token_count(),
    };
    assert!(first_match(&c, first, starting_at(&doc, first)).is_none());
}

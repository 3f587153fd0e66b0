//! `--jsonl` lines: one `{"id", "text", "dct"?}` document in, one line of the shared
//! evaluation format out (`{"id", "entities", "timex", "quotes", "numbers"}`, offsets in
//! code points), or `{"id", "line", "error"}` in its place.

use article_analyzer::offsets::{OffsetMap, Unit};
use article_analyzer::{Analysis, Analyzer, CalendarDate, Options};
use serde::Serialize;

use crate::describe;

/// One line of `--jsonl` input read straight into its fields: the common case, where the
/// long arrays a gold file carries beside the text are skipped rather than built. A line
/// this does not read is read again through [`InputDocument`], for its error message.
#[derive(serde::Deserialize)]
struct InputLine<'a> {
    id: serde_json::Value,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
    #[serde(default)]
    dct: Option<String>,
}

/// One line of `--jsonl` input.
#[derive(serde::Deserialize)]
struct InputDocument {
    /// Read from the raw value before this struct; kept so that a line without it is refused.
    #[allow(dead_code)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

#[derive(Serialize)]
struct OutputEntity<'a> {
    start: usize,
    end: usize,
    label: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct OutputTimex<'a> {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct OutputQuote<'a> {
    start: usize,
    end: usize,
    speaker: Option<&'a str>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
}

#[derive(Serialize)]
struct OutputNumber<'a> {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    value: f64,
    unit: Option<&'a str>,
}

#[derive(Serialize)]
struct OutputDocument<'a> {
    id: &'a serde_json::Value,
    entities: Vec<OutputEntity<'a>>,
    timex: Vec<OutputTimex<'a>>,
    quotes: Vec<OutputQuote<'a>>,
    numbers: Vec<OutputNumber<'a>>,
}

/// The output line of a document that could not be analysed, in its input line's place.
#[derive(Serialize)]
struct OutputError<'a> {
    id: &'a serde_json::Value,
    line: usize,
    error: &'a str,
}

/// The output line of one `--jsonl` input line, and the message for standard error when
/// it failed (naming its line `number` and its id).
pub(crate) fn line(
    analyzer: &Analyzer,
    options: &Options,
    line: &[u8],
    number: usize,
) -> (Vec<u8>, Option<String>) {
    let (id, result) = analyze_line(analyzer, options, line);
    match result {
        Ok(analysis) => (
            serde_json::to_vec(&to_output(&id, &analysis)).unwrap_or_default(),
            None,
        ),
        Err(message) => {
            let named = if id.is_null() {
                String::new()
            } else {
                format!(" (id {id})")
            };
            let output = serde_json::to_vec(&OutputError {
                id: &id,
                line: number,
                error: &message,
            })
            .unwrap_or_default();
            (
                output,
                Some(format!("analyze: line {number}{named}: {message}")),
            )
        }
    }
}

/// Reads one `--jsonl` line and analyses it: its id (null when unreadable) and the
/// analysis, offsets in code points, or what went wrong.
fn analyze_line(
    analyzer: &Analyzer,
    options: &Options,
    line: &[u8],
) -> (serde_json::Value, Result<Analysis, String>) {
    let direct = std::str::from_utf8(line)
        .ok()
        .and_then(|l| serde_json::from_str::<InputLine>(l).ok());
    match direct {
        Some(input) => analyze_document(analyzer, options, input.id, &input.text, input.dct),
        None => match read_document(line) {
            Ok((id, document)) => {
                analyze_document(analyzer, options, id, &document.text, document.dct)
            }
            Err((id, message)) => (id, Err(message)),
        },
    }
}

/// Reads a `--jsonl` line through a JSON value: its id (null when unreadable) and its
/// fields, or what is wrong with it.
fn read_document(
    line: &[u8],
) -> Result<(serde_json::Value, InputDocument), (serde_json::Value, String)> {
    let value: serde_json::Value = match std::str::from_utf8(line)
        .map_err(|e| e.to_string())
        .and_then(|l| serde_json::from_str(l).map_err(|e| e.to_string()))
    {
        Ok(value) => value,
        Err(message) => {
            return Err((
                serde_json::Value::Null,
                format!("not a JSON object with \"id\" and \"text\": {message}"),
            ))
        }
    };
    if !value.is_object() {
        // Not serde's message, which would quote a string line: it may be the article.
        return Err((
            serde_json::Value::Null,
            "not a JSON object with \"id\" and \"text\"".to_string(),
        ));
    }
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    match serde_json::from_value(value) {
        Ok(document) => Ok((id, document)),
        Err(message) => Err((
            id,
            format!("not a JSON object with \"id\" and \"text\": {message}"),
        )),
    }
}

/// Analyses one `--jsonl` document: its `dct` (if any) as the reference date, offsets in
/// code points.
fn analyze_document(
    analyzer: &Analyzer,
    options: &Options,
    id: serde_json::Value,
    text: &str,
    dct: Option<String>,
) -> (serde_json::Value, Result<Analysis, String>) {
    let mut line_options = options.clone();
    if let Some(dct) = dct.as_deref() {
        match CalendarDate::parse(dct) {
            Some(date) => line_options.reference_date = Some(date),
            None => {
                return (
                    id,
                    Err(format!(
                        "\"dct\" '{dct}' is not a date of the form YYYY-MM-DD"
                    )),
                )
            }
        }
    }
    let result = analyzer
        .try_analyze(text, &line_options)
        .map_err(|error| describe(&error))
        .map(|mut analysis| {
            let map = OffsetMap::new(text, Unit::CodePoint);
            analysis.map_offsets(|b| map.convert(b));
            analysis
        });
    (id, result)
}

fn to_output<'a>(id: &'a serde_json::Value, analysis: &'a Analysis) -> OutputDocument<'a> {
    let mut entities: Vec<OutputEntity> = analysis
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(move |m| OutputEntity {
                start: m.span.start,
                end: m.span.end,
                label: e.kind.conll_label(),
                text: &m.text,
            })
        })
        .collect();
    entities.sort_by_key(|e| (e.start, e.end));
    OutputDocument {
        id,
        entities,
        timex: analysis
            .dates
            .iter()
            .map(|t| OutputTimex {
                start: t.span.start,
                end: t.span.end,
                kind: t.kind.name(),
                value: &t.value,
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| OutputQuote {
                start: q.span.start,
                end: q.span.end,
                speaker: q.speaker.as_ref().map(|s| s.name.as_str()),
                speaker_start: q.speaker.as_ref().map(|s| s.span.start),
                speaker_end: q.speaker.as_ref().map(|s| s.span.end),
            })
            .collect(),
        numbers: analysis
            .numbers
            .iter()
            .map(|n| OutputNumber {
                start: n.span.start,
                end: n.span.end,
                kind: n.kind.name(),
                value: n.value,
                unit: n.unit.as_deref(),
            })
            .collect(),
    }
}

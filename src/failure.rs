//! What went wrong when an analysis failed: the pipeline step it was in and the size of
//! the text (never the text itself, which may be private), so that a batch can report
//! one document's failure and go on, and a page can say in plain words what happened.
//!
//! The step is kept per thread while [`crate::Analyzer::analyze`] runs; after a panic it
//! still names the step that panicked. With the `fault-injection` feature (tests only), a
//! text containing [`FAULT_MARKER`] followed by a step's name panics in that step, so the
//! tests can check that one failure costs nothing else.

use std::cell::Cell;
use std::fmt;

/// A step of the analysis pipeline, in the order [`crate::Analyzer::analyze`] runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Splitting the text into tokens, sentences and paragraphs.
    Tokenizing,
    /// Finding, classifying and linking names.
    Entities,
    /// Choosing the date relative expressions are resolved against.
    ReferenceDate,
    /// Finding and resolving time expressions.
    Dates,
    /// Finding quotations, their speakers and attributed claims.
    Quotes,
    /// Finding money, percentages, quantities and counts.
    Numbers,
}

impl Step {
    /// The step's short name, as the fault marker and machine-readable errors spell it.
    pub fn name(self) -> &'static str {
        match self {
            Step::Tokenizing => "tokenizing",
            Step::Entities => "entities",
            Step::ReferenceDate => "reference-date",
            Step::Dates => "dates",
            Step::Quotes => "quotes",
            Step::Numbers => "numbers",
        }
    }

    /// What the step does, for a sentence such as "the analysis failed while finding dates".
    pub fn doing(self) -> &'static str {
        match self {
            Step::Tokenizing => "splitting the text into words and sentences",
            Step::Entities => "finding names",
            Step::ReferenceDate => "choosing the reference date",
            Step::Dates => "finding dates",
            Step::Quotes => "finding quotations",
            Step::Numbers => "finding numbers",
        }
    }
}

thread_local! {
    static CURRENT: Cell<Option<Step>> = const { Cell::new(None) };
}

/// Marks the start of `step` on this thread (and, with `fault-injection`, fails on request).
pub(crate) fn enter(step: Step, text: &str) {
    CURRENT.with(|current| current.set(Some(step)));
    inject(step, text);
}

/// Marks the end of the analysis on this thread.
pub(crate) fn leave() {
    CURRENT.with(|current| current.set(None));
}

/// The step an analysis on this thread is in; after a panic, the step that panicked.
pub fn step_in_progress() -> Option<Step> {
    CURRENT.with(Cell::get)
}

/// Why one analysis failed: the step and the text's size, never its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalysisError {
    /// The step that failed, when known.
    pub step: Option<Step>,
    /// The text's length in bytes (UTF-8).
    pub text_bytes: usize,
    /// The text's length in characters (code points).
    pub text_chars: usize,
}

impl AnalysisError {
    /// The error for a failure in `step` on `text`.
    pub fn new(step: Option<Step>, text: &str) -> Self {
        AnalysisError {
            step,
            text_bytes: text.len(),
            text_chars: text.chars().count(),
        }
    }
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let doing = self.step.map_or("analysing", Step::doing);
        write!(
            f,
            "the analysis failed while {doing} (a text of {} characters, {} bytes)",
            self.text_chars, self.text_bytes
        )
    }
}

impl std::error::Error for AnalysisError {}

/// The text that makes a step fail in builds with the `fault-injection` feature: the
/// marker, then the step's name ("\u{1}fault:dates").
pub const FAULT_MARKER: &str = "\u{1}fault:";

/// Panics in `step` when the feature is on and the text asks for it.
#[cfg(feature = "fault-injection")]
fn inject(step: Step, text: &str) {
    if text
        .split(FAULT_MARKER)
        .skip(1)
        .any(|rest| rest.starts_with(step.name()))
    {
        panic!("fault injected while {}", step.doing());
    }
}

#[cfg(not(feature = "fault-injection"))]
#[inline(always)]
fn inject(_step: Step, _text: &str) {}

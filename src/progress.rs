//! How far an analysis has come, for a caller that shows progress on a long text (the
//! page's worker on a 10 MB paste, say) instead of cutting the text into sections, which
//! would keep a name in a late section from joining its full form in the first.
//!
//! Progress is counted in the text's bytes, weighted by each step's usual share of the
//! work ([`SHARES`], from instruction counts on news text: `docs/performance.md`). Inside
//! the name tagger, by far the largest step, it advances sentence by sentence.

use crate::failure::Step;

/// How far an analysis has come: `done` of `total` (the text's length in bytes, each
/// step weighted by its usual cost), and the step it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The step under way.
    pub step: Step,
    /// Work done, from 0 to `total`; it never goes back.
    pub done: usize,
    /// All the work: the text's length in bytes.
    pub total: usize,
}

impl Progress {
    /// The share done, from 0 to 1 (1 for an empty text).
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

/// Each step's usual share of an analysis, in thousandths (they add up to 1,000), in the
/// order the pipeline runs them: CoNLL-2003 test news through callgrind, where names take
/// two thirds of the instructions.
const SHARES: [(Step, u64); 6] = [
    (Step::Tokenizing, 40),
    (Step::Entities, 700),
    (Step::ReferenceDate, 0),
    (Step::Dates, 110),
    (Step::Quotes, 20),
    (Step::Numbers, 130),
];

/// How many reports a caller hears at most in one analysis, besides each step's start.
const REPORTS: u64 = 200;

/// Passes an analysis's progress to a caller's function, about every half percent.
pub(crate) struct Meter<'a> {
    report: &'a mut dyn FnMut(Progress),
    total: u64,
    step: Step,
    /// Where the step under way starts and how much it spans, in thousandths.
    start: u64,
    span: u64,
    /// Work done when last reported, in units of `total`.
    reported: u64,
}

impl<'a> Meter<'a> {
    /// A meter for a text of `total` bytes, reporting to `report`.
    pub(crate) fn new(total: usize, report: &'a mut dyn FnMut(Progress)) -> Self {
        Meter {
            report,
            total: total as u64,
            step: Step::Tokenizing,
            start: 0,
            span: 0,
            reported: 0,
        }
    }

    /// Marks the start of `step` and reports it.
    pub(crate) fn enter(&mut self, step: Step) {
        let before: u64 = SHARES
            .iter()
            .take_while(|(s, _)| *s != step)
            .map(|(_, share)| share)
            .sum();
        let span = SHARES
            .iter()
            .find(|(s, _)| *s == step)
            .map_or(0, |(_, share)| *share);
        self.step = step;
        self.start = before;
        self.span = span;
        self.send(self.total * before / 1000, true);
    }

    /// Reports that `part` of `whole` of the step under way is done (sentences, say),
    /// when that is worth a report.
    pub(crate) fn within(&mut self, part: usize, whole: usize) {
        if whole == 0 {
            return;
        }
        let thousandths = self.start * whole as u64 + self.span * part.min(whole) as u64;
        // In u128: a 10 GB text of a million sentences would overflow u64.
        let done = self.total as u128 * thousandths as u128 / (1000 * whole as u128);
        self.send(done as u64, false);
    }

    /// Reports the whole analysis done.
    pub(crate) fn finish(&mut self) {
        self.send(self.total, true);
    }

    fn send(&mut self, done: u64, always: bool) {
        let done = done.clamp(self.reported, self.total);
        if !always && done < self.reported + self.total.div_ceil(REPORTS) {
            return;
        }
        self.reported = done;
        (self.report)(Progress {
            step: self.step,
            done: done as usize,
            total: self.total as usize,
        });
    }
}

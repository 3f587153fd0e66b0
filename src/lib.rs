//! Article analyzer: finds the named entities, time expressions and quotations of a
//! news article, who said each quotation, and which claims are credited to which source.
//!
//! The crate is a pure-Rust core (text in, [`Analysis`] out) with two thin adapters in
//! crates of their own: the `analyze` command-line tool (`crates/cli`) and the
//! wasm-bindgen layer (`crates/wasm`). The core depends on no JSON or JavaScript crate;
//! its result types implement `serde::Serialize` with the `serde` feature. All offsets inside the core are
//! UTF-8 byte offsets into the analysed text; [`offsets`] converts them to the UTF-16
//! code units JavaScript uses or the code points Python uses.
//!
//! ```
//! use article_analyzer::{analyze, Options, CalendarDate};
//! let text = "Steve Witkoff met Khalil al-Hayya in Egypt on October 8.";
//! let options = Options { reference_date: CalendarDate::parse("2025-11-06"), ..Options::default() };
//! let analysis = analyze(text, &options);
//! assert!(analysis.entities.iter().any(|e| e.name == "Steve Witkoff"));
//! assert_eq!(analysis.dates[0].value, "2025-10-08");
//! ```

pub mod analysis;
pub mod dates;
pub mod entities;
pub mod failure;
pub mod lexicon;
pub mod numbers;
pub mod offsets;
pub mod progress;
pub mod quotes;
pub mod text;
pub mod vocabulary;

pub use analysis::{
    Analysis, Attribution, DayRange, Entity, EntityKind, Mention, Number, NumberKind, Options,
    Quote, ReferenceDate, ReferenceSource, Span, Speaker, TimeExpression, TimexType,
};
pub use dates::calendar::CalendarDate;
#[cfg(feature = "train")]
pub use entities::tagger::training;
pub use entities::tagger::ModelError;
pub use failure::{AnalysisError, Step};
pub use progress::Progress;

use std::sync::OnceLock;

/// The analyzer with its lexicons loaded; build it once and reuse it for many articles.
pub struct Analyzer {
    lexicon: lexicon::Lexicon,
    tagger: entities::tagger::Tagger,
}

impl Analyzer {
    /// Loads the built-in lexicons and the entity model (milliseconds; do it once).
    ///
    /// # Panics
    /// When the compiled-in entity model does not match this build's feature templates and
    /// vocabularies (a build made without retraining; `cargo test` catches it): the
    /// message says how to retrain. [`Analyzer::try_new`] returns the error instead.
    pub fn new() -> Self {
        Self::try_new().unwrap_or_else(|error| panic!("{error}"))
    }

    /// Like [`Analyzer::new`], with a model that cannot be loaded as an error.
    pub fn try_new() -> Result<Self, ModelError> {
        Ok(Analyzer {
            lexicon: lexicon::Lexicon::builtin(),
            tagger: entities::tagger::Tagger::builtin()?,
        })
    }

    /// Analyses one article: entities, time expressions resolved against the reference
    /// date, and quotations with their speakers.
    pub fn analyze(&self, text: &str, options: &Options) -> Analysis {
        self.analyze_with_progress(text, options, &mut |_| {})
    }

    /// Like [`Analyzer::analyze`], telling `report` how far it has come (at each step's
    /// start and about every half percent), so that a text of any length can be analysed
    /// in one call, its names linked across the whole of it, while a page shows progress.
    pub fn analyze_with_progress(
        &self,
        text: &str,
        options: &Options,
        report: &mut dyn FnMut(Progress),
    ) -> Analysis {
        let mut meter = progress::Meter::new(text.len(), report);
        let enter = |step: Step, meter: &mut progress::Meter| {
            failure::enter(step, text);
            meter.enter(step);
        };
        enter(Step::Tokenizing, &mut meter);
        let document = text::Document::new(text);
        enter(Step::Entities, &mut meter);
        let entities =
            entities::recognize(&document, &self.lexicon, Some(&self.tagger), &mut meter);
        enter(Step::ReferenceDate, &mut meter);
        let reference = dates::reference::choose(&document, options);
        enter(Step::Dates, &mut meter);
        let dates = dates::extract(&document, reference.as_ref().map(|r| r.date));
        enter(Step::Quotes, &mut meter);
        let (quotes, attributions) = quotes::extract(&document, &entities, &self.lexicon);
        let mut entities = entities;
        entities::salience::score(&document, &mut entities, &quotes, &attributions);
        enter(Step::Numbers, &mut meter);
        let taken: Vec<Span> = dates
            .iter()
            .map(|d| d.span)
            .chain(
                entities
                    .iter()
                    .flat_map(|e| e.mentions.iter().map(|m| m.span)),
            )
            .collect();
        let numbers = numbers::extract(&document, &taken);
        failure::leave();
        meter.finish();
        Analysis {
            reference_date: reference,
            entities,
            dates,
            quotes,
            attributions,
            numbers,
        }
    }

    /// Like [`Analyzer::analyze`], but a panic inside the analysis becomes an error that
    /// names the failing step and the text's size, so that a batch can go on. (Where
    /// panics abort, as in WebAssembly, it cannot catch them: see `www/core.js`.) The
    /// analyzer holds no state an analysis changes, so it stays usable after a failure.
    /// The panic itself still goes to the process's panic hook, whose default prints its
    /// message, which may quote the text: a caller handling private text sets a quieter
    /// hook, as the `analyze` CLI does.
    pub fn try_analyze(&self, text: &str, options: &Options) -> Result<Analysis, AnalysisError> {
        // No `AssertUnwindSafe`: the compiler checks that nothing a panic could leave half
        // changed is reachable from `&self` (no cells, no locks).
        std::panic::catch_unwind(|| self.analyze(text, options)).map_err(|_| {
            let error = AnalysisError::new(failure::step_in_progress(), text);
            failure::leave();
            error
        })
    }
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// Analyses one article with a shared, lazily built [`Analyzer`].
pub fn analyze(text: &str, options: &Options) -> Analysis {
    static SHARED: OnceLock<Analyzer> = OnceLock::new();
    SHARED.get_or_init(Analyzer::new).analyze(text, options)
}

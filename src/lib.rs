//! Article analyzer: finds the named entities, time expressions and quotations of a
//! news article, who said each quotation, and which claims are credited to which source.
//!
//! The crate is a pure-Rust core (text in, [`Analysis`] out) with two thin adapters:
//! the `analyze` command-line tool (`src/bin/analyze.rs`) and, when compiled to
//! WebAssembly, a wasm-bindgen layer (`src/wasm.rs`). All offsets inside the core are
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
pub mod lexicon;
pub mod offsets;
pub mod quotes;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{
    Analysis, Attribution, Entity, EntityKind, Mention, Options, Quote, ReferenceDate, ReferenceSource, Span, Speaker, TimeExpression, TimexType,
};
pub use dates::calendar::CalendarDate;
#[cfg(feature = "train")]
pub use entities::tagger::training;

use std::sync::OnceLock;

/// The analyzer with its lexicons loaded; build it once and reuse it for many articles.
pub struct Analyzer {
    lexicon: lexicon::Lexicon,
    tagger: Option<entities::tagger::Tagger>,
}

impl Analyzer {
    /// Loads the built-in lexicons and the entity model (milliseconds; do it once).
    pub fn new() -> Self {
        Analyzer { lexicon: lexicon::Lexicon::builtin(), tagger: entities::tagger::Tagger::builtin() }
    }

    /// Analyses one article: entities, time expressions resolved against the reference
    /// date, and quotations with their speakers.
    pub fn analyze(&self, text: &str, options: &Options) -> Analysis {
        let document = text::Document::new(text);
        let entities = entities::recognize(&document, &self.lexicon, self.tagger.as_ref());
        let reference = dates::reference::choose(&document, options);
        let dates = dates::extract(&document, reference.as_ref().map(|r| r.date));
        let (quotes, attributions) = quotes::extract(&document, &entities, &self.lexicon);
        Analysis { reference_date: reference, entities, dates, quotes, attributions }
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

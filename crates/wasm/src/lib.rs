//! The WebAssembly face of the analyzer: a thin wasm-bindgen layer that converts
//! JavaScript options in and plain JavaScript objects out, with offsets in UTF-16 code
//! units so that `text.slice(start, end)` is right. No analysis happens here.

use article_analyzer::offsets::{OffsetMap, Unit};
use article_analyzer::{CalendarDate, Options};
use wasm_bindgen::prelude::*;

/// The options object, the one type this layer defines itself (it reads it field by field).
#[wasm_bindgen(typescript_custom_section)]
const OPTIONS_TYPE: &'static str = r#"
/** Options of an analysis. Dates are `YYYY-MM-DD` strings. */
export interface AnalyzeOptions {
  /** Resolve relative dates against this date; when absent, the article's dateline date, else `today`. */
  referenceDate?: string | null;
  /** The reader's current date; defaults to the browser's local date. */
  today?: string | null;
}
"#;

/// The analysis types (`Analysis`, `Entity`, `Span`, …), derived from the core's Rust types
/// by `build.rs`: offsets in them are UTF-16 code units here, `text.slice(start, end)`.
#[wasm_bindgen(typescript_custom_section)]
const ANALYSIS_TYPES: &'static str = include_str!(concat!(env!("OUT_DIR"), "/analysis.d.ts"));

pub mod tape;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
}

/// A panic aborts in WebAssembly, which would reach JavaScript as a bare "unreachable".
/// Instead, say which step failed: log where (never the panic's message, which may quote
/// the article) and throw an `Error` named `AnalyzerCrash`, which ends the call. The
/// instance may be left half changed, so the caller must reset it (`www/core.js` does).
fn report_panic(info: &std::panic::PanicHookInfo) {
    let doing = article_analyzer::failure::step_in_progress()
        .map_or("analysing", article_analyzer::Step::doing);
    let message = format!("the analysis failed while {doing}");
    let location = info
        .location()
        .map_or(String::new(), |l| format!(" at {}:{}", l.file(), l.line()));
    console_error(&format!(
        "article analyzer: {message}{location} (a bug in the analyzer)"
    ));
    let error = js_sys::Error::new(&message);
    error.set_name("AnalyzerCrash");
    wasm_bindgen::throw_val(error.into());
}

/// The analyzer with its lexicons loaded: build it once, analyse many articles.
#[wasm_bindgen(js_name = Analyzer)]
pub struct WasmAnalyzer {
    inner: article_analyzer::Analyzer,
}

#[wasm_bindgen(js_class = Analyzer)]
impl WasmAnalyzer {
    /// Loads the lexicons.
    #[wasm_bindgen(constructor)]
    pub fn new() -> WasmAnalyzer {
        WasmAnalyzer {
            inner: article_analyzer::Analyzer::new(),
        }
    }

    /// Analyses one article, of any length, in one call; throws an `Error` when the
    /// options are malformed. `onProgress(done, total)`, when given, is called at each
    /// step's start and about every half percent, in UTF-16 code units of the text (an
    /// estimate of the work done, weighted by each step's usual cost).
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analyze(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
        #[wasm_bindgen(js_name = onProgress)]
        #[wasm_bindgen(unchecked_param_type = "(done: number, total: number) => void")]
        on_progress: Option<js_sys::Function>,
    ) -> Result<JsValue, JsError> {
        let options = read_options(&options)?;
        let map = OffsetMap::new(text, Unit::Utf16CodeUnit);
        let total = map.convert(text.len());
        let mut report = |progress: article_analyzer::Progress| {
            if let Some(callback) = &on_progress {
                let done = (progress.fraction() * total as f64).round();
                // A callback that throws only loses its own report.
                let _ = callback.call2(&JsValue::NULL, &done.into(), &(total as f64).into());
            }
        };
        let mut analysis = self
            .inner
            .analyze_with_progress(text, &options, &mut report);
        analysis.map_offsets(|byte| map.convert(byte));
        tape::to_js(&analysis)
            .map_err(|e| JsError::new(&format!("cannot convert the analysis: {e}")))
    }
}

impl Default for WasmAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

/// Analyses one article with a shared analyzer (built on first use).
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    thread_local! {
        static SHARED: WasmAnalyzer = WasmAnalyzer::new();
    }
    SHARED.with(|analyzer| analyzer.analyze(text, options, None))
}

/// Reads `{referenceDate, today}` from a JavaScript value (undefined and null mean none).
fn read_options(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options {
            reference_date: None,
            today: Some(local_today()),
        });
    }
    if !options.is_object() {
        return Err(JsError::new(
            "options must be an object such as { referenceDate: \"2025-11-06\" }",
        ));
    }
    let reference_date = date_field(options, "referenceDate")?;
    // Today only stands in for a missing reference date (dates::reference); reading the
    // browser's clock takes four calls into JavaScript (about 1% of a batch of short
    // articles in V8), so it is read only then.
    let today = match date_field(options, "today")? {
        None if reference_date.is_none() => Some(local_today()),
        today => today,
    };
    Ok(Options {
        reference_date,
        today,
    })
}

fn date_field(options: &JsValue, name: &str) -> Result<Option<CalendarDate>, JsError> {
    let value = js_sys::Reflect::get(options, &JsValue::from_str(name))
        .map_err(|_| JsError::new(&format!("cannot read options.{name}")))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let Some(text) = value.as_string() else {
        return Err(JsError::new(&format!(
            "options.{name} must be a string of the form YYYY-MM-DD"
        )));
    };
    if text.trim().is_empty() {
        return Ok(None);
    }
    CalendarDate::parse(&text).map(Some).ok_or_else(|| {
        JsError::new(&format!(
            "options.{name} must be a date of the form YYYY-MM-DD, got \"{text}\""
        ))
    })
}

/// The browser's local calendar date.
fn local_today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(CalendarDate {
        year: 1970,
        month: 1,
        day: 1,
    })
}

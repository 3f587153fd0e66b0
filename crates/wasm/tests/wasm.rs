//! The wasm API as JavaScript sees it, run in headless Chromium by
//! `wasm-bindgen-test-runner` (see `scripts/test.sh`).
#![cfg(target_arch = "wasm32")]

use article_analyzer_wasm::{analyze, WasmAnalyzer};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property")
}

fn options(reference_date: &str) -> JsValue {
    let options = Object::new();
    Reflect::set(&options, &"referenceDate".into(), &reference_date.into()).unwrap();
    options.into()
}

/// `text.slice(start, end)` in JavaScript terms, for a `{span}` object.
fn slice(text: &str, item: &JsValue) -> String {
    let span = get(item, "span");
    let start = get(&span, "start").as_f64().unwrap() as u32;
    let end = get(&span, "end").as_f64().unwrap() as u32;
    String::from(JsString::from(text).slice(start, end))
}

const TEXT: &str =
    "😀 “We expressed our condolences for his loss,” Steve Witkoff said on Wednesday in Doha.";

#[wasm_bindgen_test]
fn wednesday_resolves_and_its_utf16_span_slices_back_to_the_word() {
    let analysis = analyze(TEXT, options("2025-11-06")).unwrap();
    let dates: Array = get(&analysis, "dates").dyn_into().unwrap();
    assert_eq!(dates.length(), 1);
    let wednesday = dates.get(0);
    assert_eq!(slice(TEXT, &wednesday), "Wednesday");
    assert_eq!(get(&wednesday, "value").as_string().unwrap(), "2025-11-05");
    assert_eq!(get(&wednesday, "type").as_string().unwrap(), "DATE");
}

#[wasm_bindgen_test]
fn the_quote_is_witkoffs_and_entities_slice_to_their_names() {
    let analysis = analyze(TEXT, options("2025-11-06")).unwrap();
    let quotes: Array = get(&analysis, "quotes").dyn_into().unwrap();
    assert_eq!(quotes.length(), 1);
    let speaker = get(&quotes.get(0), "speaker");
    assert_eq!(get(&speaker, "name").as_string().unwrap(), "Steve Witkoff");
    assert_eq!(slice(TEXT, &speaker), "Steve Witkoff");
    let entities: Array = get(&analysis, "entities").dyn_into().unwrap();
    let doha = entities
        .iter()
        .find(|e| get(e, "name").as_string().as_deref() == Some("Doha"))
        .expect("Doha is found");
    assert_eq!(get(&doha, "kind").as_string().unwrap(), "place");
    let mentions: Array = get(&doha, "mentions").dyn_into().unwrap();
    assert_eq!(slice(TEXT, &mentions.get(0)), "Doha");
}

#[wasm_bindgen_test]
fn a_malformed_reference_date_is_a_javascript_error_with_a_readable_message() {
    let error: JsValue = analyze(TEXT, options("next Tuesday")).unwrap_err().into();
    let error: js_sys::Error = error.dyn_into().expect("an Error object");
    let message = String::from(error.message());
    assert!(
        message.contains("YYYY-MM-DD") && message.contains("next Tuesday"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn an_analyzer_built_once_analyses_many_texts_and_empty_text_gives_empty_lists() {
    let analyzer = WasmAnalyzer::new();
    let empty = analyzer.analyze("", JsValue::UNDEFINED, None).unwrap();
    for list in ["entities", "dates", "quotes"] {
        assert_eq!(
            get(&empty, list).dyn_into::<Array>().unwrap().length(),
            0,
            "{list}"
        );
    }
    let analysis = analyzer.analyze(TEXT, options("2025-11-06"), None).unwrap();
    assert_eq!(
        get(&get(&analysis, "referenceDate"), "source")
            .as_string()
            .unwrap(),
        "given"
    );
}

#[wasm_bindgen_test]
fn progress_is_reported_in_utf16_code_units_and_ends_at_the_whole_text() {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::closure::Closure;
    let text = format!("{TEXT}\n").repeat(2_000);
    let seen: Rc<RefCell<Vec<(f64, f64)>>> = Rc::default();
    let record = seen.clone();
    let callback = Closure::<dyn FnMut(f64, f64)>::new(move |done, total| {
        record.borrow_mut().push((done, total));
    });
    let function: &js_sys::Function = callback.as_ref().unchecked_ref();
    let analysis = WasmAnalyzer::new()
        .analyze(&text, options("2025-11-06"), Some(function.clone()))
        .unwrap();
    assert_eq!(
        get(&analysis, "quotes")
            .dyn_into::<Array>()
            .unwrap()
            .length(),
        2_000
    );
    let seen = seen.borrow();
    let total = text.encode_utf16().count() as f64;
    assert!(seen.len() > 20, "{} reports", seen.len());
    assert!(seen.iter().all(|&(_, t)| t == total));
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(seen.last().map(|&(done, _)| done), Some(total));
}

/// Every form a Rust value takes through the tape (`tape.rs`, `js/tape.js`).
#[derive(serde::Serialize)]
struct EveryForm {
    none: Option<u32>,
    some: Option<&'static str>,
    flags: (bool, bool),
    numbers: Vec<f64>,
    unit: (),
    kind: Form,
    wrapped: Form,
    pair: Form,
    fields: Form,
    nested: Vec<Inner>,
    map: std::collections::BTreeMap<&'static str, i64>,
    astral: &'static str,
    letter: char,
}

#[derive(serde::Serialize)]
enum Form {
    #[serde(rename = "plain")]
    Unit,
    Newtype(u8),
    Tuple(u8, &'static str),
    Struct {
        depth: u8,
    },
}

/// Same field names as `EveryForm`'s and in another order: names are numbered once.
#[derive(serde::Serialize)]
struct Inner {
    some: &'static str,
    none: Option<u8>,
}

#[wasm_bindgen_test]
fn the_tape_gives_each_form_of_value_as_json_would() {
    let value = EveryForm {
        none: None,
        some: Some("yes"),
        flags: (true, false),
        numbers: vec![0.0, -2.5, 1e21, 7.0, 8.0],
        unit: (),
        kind: Form::Unit,
        wrapped: Form::Newtype(3),
        pair: Form::Tuple(4, "four"),
        fields: Form::Struct { depth: 5 },
        nested: vec![
            Inner {
                some: "a",
                none: None,
            },
            Inner {
                some: "",
                none: Some(9),
            },
        ],
        map: [("end", 7), ("k", -1)].into_iter().collect(),
        astral: "😀 “x” é",
        letter: 'ß',
    };
    let json_of = |js: JsValue| -> String { js_sys::JSON::stringify(&js).unwrap().into() };
    let json = json_of(article_analyzer_wasm::tape::to_js(&value).unwrap());
    // The tape is kept from one call to the next: a smaller value in between, then the
    // same value again, read as before (names numbered afresh, nothing left over).
    let small = Inner {
        some: "b",
        none: Some(1),
    };
    assert_eq!(
        json_of(article_analyzer_wasm::tape::to_js(&small).unwrap()),
        r#"{"some":"b","none":1}"#
    );
    assert_eq!(
        json_of(article_analyzer_wasm::tape::to_js(&value).unwrap()),
        json
    );
    assert_eq!(
        json,
        concat!(
            r#"{"none":null,"some":"yes","flags":[true,false],"numbers":[0,-2.5,1e+21,7,8],"#,
            r#""unit":null,"kind":"plain","wrapped":{"Newtype":3},"pair":{"Tuple":[4,"four"]},"#,
            r#""fields":{"Struct":{"depth":5}},"nested":[{"some":"a","none":null},"#,
            r#"{"some":"","none":9}],"map":{"end":7,"k":-1},"astral":"😀 “x” é","letter":"ß"}"#
        )
    );
}

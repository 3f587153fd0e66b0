//! Writes the TypeScript declarations of the analysis types, derived from the core's Rust
//! types by `ts-rs`, for `src/lib.rs` to put into the glue's `.d.ts`: one schema, written
//! once, in Rust.

use article_analyzer::analysis::*;
use ts_rs::TS;

fn main() {
    let declarations = [
        (Span::docs(), Span::decl()),
        (EntityKind::docs(), EntityKind::decl()),
        (Mention::docs(), Mention::decl()),
        (Entity::docs(), Entity::decl()),
        (TimexType::docs(), TimexType::decl()),
        (DayRange::docs(), DayRange::decl()),
        (TimeExpression::docs(), TimeExpression::decl()),
        (Speaker::docs(), Speaker::decl()),
        (Quote::docs(), Quote::decl()),
        (Attribution::docs(), Attribution::decl()),
        (NumberKind::docs(), NumberKind::decl()),
        (Number::docs(), Number::decl()),
        (ReferenceSource::docs(), ReferenceSource::decl()),
        (ReferenceDate::docs(), ReferenceDate::decl()),
        (Analysis::docs(), Analysis::decl()),
    ];
    let mut out = String::from(
        "// Derived from the Rust types of src/analysis.rs by ts-rs (crates/wasm/build.rs).\n\
         // Every offset here is in UTF-16 code units: `text.slice(span.start, span.end)`.\n",
    );
    for (docs, declaration) in declarations {
        out.push_str(&docs.unwrap_or_default());
        out.push_str("export ");
        out.push_str(&declaration);
        out.push('\n');
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("analysis.d.ts");
    std::fs::write(&path, out).expect("the declarations are written");
    println!("cargo::rerun-if-changed=build.rs");
}

//! Writes the TypeScript declarations of the analysis types, derived from the core's Rust
//! types by `ts-rs`, for `src/lib.rs` to put into the glue's `.d.ts`: one schema, written
//! once, in Rust.

use article_analyzer::analysis::*;
use ts_rs::TS;

fn main() {
    let declarations = [
        Span::decl(),
        EntityKind::decl(),
        Mention::decl(),
        Entity::decl(),
        TimexType::decl(),
        TimeExpression::decl(),
        Speaker::decl(),
        Quote::decl(),
        Attribution::decl(),
        ReferenceSource::decl(),
        ReferenceDate::decl(),
        Analysis::decl(),
    ];
    let mut out = String::from(
        "// Derived from the Rust types of src/analysis.rs by ts-rs (crates/wasm/build.rs).\n",
    );
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(&declaration);
        out.push('\n');
    }
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("analysis.d.ts");
    std::fs::write(&path, out).expect("the declarations are written");
    println!("cargo::rerun-if-changed=build.rs");
}

//! Compiles the analyzer's English (`data/en/*.txt`, except the furniture words, which
//! `text::furniture` reads itself) into static tables, and hashes every vocabulary the
//! entity tagger's features see, so that a model trained on other words is refused.
//!
//! A data file is a list of sets: each `## name` heading opens one, each line under it is
//! one entry (spaces allowed), `#` starts a comment line. A comment line
//! `# overlaps: other_name, …` declares that the set may share entries with those sets;
//! any other overlap fails the vocabulary test. `speech.txt` becomes the module
//! `vocabulary::speech`, its set `## cue_verbs` the constant `CUE_VERBS: &[&str]`. A set
//! with the comment line `# indexed` also gets `cue_verbs_index(word) -> Option<usize>`,
//! its entry's place by a compiled `match` (for lists read at every token). A set with
//! `# pairs: TYPE` has entries `word = value` and becomes `&[(&str, TYPE)]`: TYPE is `&str`,
//! `u32`, `i32`, `bool`, `f64`, or an enum whose variant each value names (`# pairs: Unit` with
//! `hour = Hour` gives `("hour", Unit::Hour)`).

use std::fmt::Write as _;
use std::path::Path;

/// The data file read at run time by `text::furniture`, not compiled here.
const READ_AT_RUN_TIME: &str = "furniture.txt";

fn main() {
    let mut files: Vec<_> = std::fs::read_dir("data/en")
        .expect("data/en exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = String::new();
    let mut all = String::from("/// Every set: (file, set, entries, sets it may overlap).\n");
    all.push_str("pub const ALL: &[(&str, &str, &[&str], &[&str])] = &[\n");
    for path in &files {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if file == READ_AT_RUN_TIME {
            continue;
        }
        let module = file.trim_end_matches(".txt");
        let text = std::fs::read_to_string(path).expect("a data file is text");
        let (header, sets) = parse(&text);
        let _ = writeln!(out, "{header}pub mod {module} {{");
        for set in &sets {
            let upper = set.name.to_uppercase();
            match &set.pair_type {
                None => {
                    let _ = writeln!(out, "{}    pub const {upper}: &[&str] = &[", set.doc);
                    for entry in &set.entries {
                        let _ = writeln!(out, "        {entry:?},");
                    }
                }
                Some(kind) => {
                    let rust = match kind.as_str() {
                        "&str" | "u32" | "i32" | "bool" | "f64" => kind.clone(),
                        _ => format!("crate::dates::words::{kind}"),
                    };
                    let _ = writeln!(
                        out,
                        "{}    pub const {upper}: &[(&str, {rust})] = &[",
                        set.doc
                    );
                    for entry in &set.entries {
                        let (word, value) = entry.split_once(" = ").unwrap_or_else(|| {
                            panic!("{file} ## {}: {entry:?} is not `word = value`", set.name)
                        });
                        let value = match kind.as_str() {
                            "&str" => format!("{value:?}"),
                            "u32" | "i32" | "bool" => value.to_string(),
                            "f64" if value.contains(['.', 'e']) => value.to_string(),
                            "f64" => format!("{value}.0"),
                            _ => format!("{rust}::{value}"),
                        };
                        let _ = writeln!(out, "        ({word:?}, {value}),");
                    }
                }
            }
            out.push_str("    ];\n");
            if set.indexed {
                let _ = writeln!(
                    out,
                    "    /// The place of `word` in [`{upper}`], if it is there.\n    \
                     pub fn {name}_index(word: &str) -> Option<usize> {{\n        match word {{",
                    upper = set.name.to_uppercase(),
                    name = set.name
                );
                for (k, entry) in set.entries.iter().enumerate() {
                    let _ = writeln!(out, "            {entry:?} => Some({k}),");
                }
                out.push_str("            _ => None,\n        }\n    }\n");
            }
            // The test reads the words of every set, a pair set's too.
            let words: Vec<&str> = set
                .entries
                .iter()
                .map(|e| match set.pair_type {
                    Some(_) => e.split(" = ").next().unwrap_or(e),
                    None => e,
                })
                .collect();
            let _ = writeln!(
                all,
                "    ({module:?}, {:?}, &{words:?}, &{:?}),",
                set.name, set.overlaps
            );
        }
        out.push_str("}\n");
    }
    all.push_str("];\n");
    out.push_str(&all);
    let _ = writeln!(
        out,
        "/// FNV-1a (64-bit) of every vocabulary file the tagger's features depend on.\n\
         pub const FEATURE_VOCABULARY_HASH: u64 = {:#018x};",
        feature_vocabulary_hash()
    );
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("vocabulary.rs"), out).expect("written");
    println!("cargo::rerun-if-changed=data/en");
    println!("cargo::rerun-if-changed=data/lexicon");
}

/// One set of a data file.
struct Set {
    name: String,
    doc: String,
    entries: Vec<String>,
    overlaps: Vec<String>,
    indexed: bool,
    /// The type of a pair set's values (`# pairs: TYPE`).
    pair_type: Option<String>,
}

/// The file's opening comment (as a doc comment of its module) and its sets.
fn parse(text: &str) -> (String, Vec<Set>) {
    let mut header = String::new();
    let mut sets: Vec<Set> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(name) = line.strip_prefix("## ") {
            sets.push(Set {
                name: name.trim().to_string(),
                doc: String::new(),
                entries: Vec::new(),
                overlaps: Vec::new(),
                indexed: false,
                pair_type: None,
            });
        } else if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            match sets.last_mut() {
                None => {
                    let _ = writeln!(header, "/// {comment}");
                }
                Some(set) if comment == "indexed" => set.indexed = true,
                Some(set) if comment.starts_with("pairs:") => {
                    set.pair_type = Some(comment["pairs:".len()..].trim().to_string())
                }
                Some(set) => match comment.strip_prefix("overlaps:") {
                    Some(names) => set
                        .overlaps
                        .extend(names.split(',').map(|n| n.trim().to_string())),
                    None => {
                        let _ = writeln!(set.doc, "    /// {comment}");
                    }
                },
            }
        } else if !line.trim().is_empty() {
            if let Some(set) = sets.last_mut() {
                set.entries.push(line.trim().to_string());
            }
        }
    }
    (header, sets)
}

/// The data files no feature of the entity tagger reads: `numbers.txt` is read only by
/// `src/numbers`, which runs after the entities are found, so editing it needs no retraining.
const NOT_FEATURES: &[&str] = &["numbers.txt"];

/// FNV-1a over the names, set headings and entries of every vocabulary file (`data/en`,
/// `data/lexicon`; comments and blank lines left out) but [`NOT_FEATURES`]: the lexicons
/// are features, and the rules, whose opinion is a feature, read the rest.
fn feature_vocabulary_hash() -> u64 {
    let mut paths = Vec::new();
    for dir in ["data/en", "data/lexicon"] {
        for entry in std::fs::read_dir(dir)
            .expect("the data directories exist")
            .flatten()
        {
            let path = entry.path();
            let feature = !NOT_FEATURES.iter().any(|f| path.ends_with(f));
            if path.extension().is_some_and(|e| e == "txt") && feature {
                paths.push(path);
            }
        }
    }
    paths.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in paths {
        let name = path.to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(&path).expect("a data file is text");
        let lines = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && (!l.starts_with('#') || l.starts_with("## ")));
        let mut add = |bytes: &[u8]| {
            for &b in bytes.iter().chain(&[0]) {
                hash ^= b as u64;
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        add(name.as_bytes());
        for line in lines {
            add(line.as_bytes());
        }
    }
    hash
}

//! Helpers shared by the robustness, example-truncation and fuzz tests: the check that
//! every offset of an analysis is sound, and the phrases and words the project itself
//! uses as examples and vocabulary, read from its own sources so that a new example or
//! word list is covered without being listed here.
#![allow(dead_code)]

use article_analyzer::failure::FAULT_MARKER;
use article_analyzer::{Analysis, CalendarDate, Options};
use std::path::{Path, PathBuf};

/// The reference date of every test here (a Thursday).
pub fn options() -> Options {
    Options {
        reference_date: CalendarDate::parse("2025-11-06"),
        today: None,
    }
}

/// Checks every span of the analysis against the text it came from: inside the text, on
/// character boundaries, not empty, and holding the text it reports.
pub fn assert_spans_valid(text: &str, analysis: &Analysis) {
    let check = |start: usize, end: usize, what: &str| {
        assert!(
            start < end && end <= text.len(),
            "{what} span {start}..{end} outside 0..{}",
            text.len()
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{what} span {start}..{end} splits a character"
        );
    };
    for entity in &analysis.entities {
        assert!(!entity.mentions.is_empty());
        for m in &entity.mentions {
            check(m.span.start, m.span.end, "mention");
            assert_eq!(m.span.of(text), m.text);
        }
    }
    for d in &analysis.dates {
        check(d.span.start, d.span.end, "date");
        assert_eq!(d.span.of(text), d.text);
        assert!(!d.value.is_empty());
    }
    for q in &analysis.quotes {
        check(q.span.start, q.span.end, "quote");
        if let Some(s) = &q.speaker {
            check(s.span.start, s.span.end, "speaker");
            if let Some(e) = s.entity {
                assert!(e < analysis.entities.len());
            }
        }
    }
    for a in &analysis.attributions {
        check(a.span.start, a.span.end, "attribution");
        check(a.source.span.start, a.source.span.end, "source");
    }
}

/// The project's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (recursively) whose name ends with `extension`, sorted.
pub fn files_under(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.to_string_lossy().ends_with(extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// A source file's comments and its string literals (with escapes undone).
#[derive(Default)]
pub struct SourceText {
    pub comments: Vec<String>,
    pub literals: Vec<String>,
}

/// Splits Rust source into comments and string literals (plain, byte and raw strings;
/// character literals and lifetimes are skipped, so `'"'` opens no string).
pub fn scan_rust(source: &str) -> SourceText {
    let chars: Vec<char> = source.chars().collect();
    let mut out = SourceText::default();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = chars[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(chars.len(), |k| i + k);
            out.comments.push(chars[i + 2..end].iter().collect());
            i = end;
        } else if c == 'r'
            && matches!(next, Some('"' | '#'))
            && (i == 0 || !chars[i - 1].is_alphanumeric() || chars[i - 1] == 'b')
        {
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            let open = i + 1 + hashes;
            if chars.get(open) != Some(&'"') {
                i += 1;
                continue;
            }
            let closing: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let body_end = (open + 1..chars.len())
                .find(|&k| chars[k..].starts_with(&closing))
                .unwrap_or(chars.len());
            out.literals
                .push(chars[open + 1..body_end].iter().collect());
            i = body_end + closing.len();
        } else if c == '"' {
            let (literal, end) = string_literal(&chars, i + 1);
            out.literals.push(literal);
            i = end;
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{2019}') or a lifetime ('t).
            let len = if next == Some('\\') {
                chars[i + 3..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map_or(1, |k| k + 4)
            } else {
                3
            };
            i += if chars.get(i + len - 1) == Some(&'\'') && len > 2 {
                len
            } else {
                1
            };
        } else {
            i += 1;
        }
    }
    out
}

/// The body of a string literal starting at `i` (after its opening mark), escapes undone,
/// and the index after its closing mark.
fn string_literal(chars: &[char], mut i: usize) -> (String, usize) {
    let mut text = String::new();
    while i < chars.len() && chars[i] != '"' {
        if chars[i] != '\\' {
            text.push(chars[i]);
            i += 1;
            continue;
        }
        let escaped = chars.get(i + 1).copied().unwrap_or('\\');
        i += 2;
        match escaped {
            'n' => text.push('\n'),
            'r' => text.push('\r'),
            't' => text.push('\t'),
            'x' => {
                let hex: String = chars[i..(i + 2).min(chars.len())].iter().collect();
                text.extend(u8::from_str_radix(&hex, 16).ok().map(char::from));
                i += 2;
            }
            '0' => text.push('\0'),
            'u' => {
                let end = chars[i..]
                    .iter()
                    .position(|&c| c == '}')
                    .map_or(chars.len(), |k| i + k);
                let hex: String = chars[i..end]
                    .iter()
                    .filter(|c| c.is_ascii_hexdigit())
                    .collect();
                text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                i = end + 1;
            }
            '\n' => {
                // A line continuation: the break and the next line's indentation vanish.
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
            }
            other => text.push(other),
        }
    }
    (text, i + 1)
}

/// The parts of `line` between straight double quotes: "the end of 1990", "early 1991";
/// none when the line holds an odd number of them (a quotation begun on another line).
pub fn quoted_in(line: &str) -> impl Iterator<Item = &str> {
    let balanced = line.matches('"').count() % 2 == 0;
    line.split('"').skip(1).step_by(2).filter(move |_| balanced)
}

/// Whether a found string reads as an example of text (some letters or digits, not a
/// path, a format string or a lone character).
fn is_example(phrase: &str) -> bool {
    let phrase = phrase.trim();
    phrase.chars().count() >= 2
        && phrase.chars().any(char::is_alphanumeric)
        && !phrase.contains(['{', '}', '\\', '/', '`'])
        && !phrase.ends_with(".rs")
        && !phrase.starts_with("--")
}

/// Every example phrase of the project: the string literals of the test suites and the
/// quoted phrases of the comments and docs in `src/`, `tests/`, `crates/` and the Markdown files
/// ("the end of 1990", "“…,” Witkoff said", "LAS VEGAS (Reuters) -"), deduplicated.
pub fn example_phrases() -> Vec<String> {
    let root = root();
    let mut phrases = Vec::new();
    for path in ["tests", "src", "crates"]
        .iter()
        .flat_map(|dir| files_under(&root.join(dir), ".rs"))
    {
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let scanned = scan_rust(&source);
        let inside = path.strip_prefix(&root).unwrap_or(&path);
        if inside.components().any(|c| c.as_os_str() == "tests") {
            phrases.extend(scanned.literals.iter().filter(|l| l.len() < 2_000).cloned());
        }
        for comment in &scanned.comments {
            phrases.extend(quoted_in(comment).map(str::to_string));
        }
    }
    let docs = files_under(&root.join("docs"), ".md");
    for path in [root.join("README.md"), root.join("ARCHITECTURE.md")]
        .into_iter()
        .chain(docs)
    {
        for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
            phrases.extend(quoted_in(line).map(str::to_string));
        }
    }
    phrases.retain(|p| is_example(p) && !p.contains(FAULT_MARKER));
    phrases.sort();
    phrases.dedup();
    phrases
}

/// The analyzer's own vocabulary: every word of its lexicons (`data/lexicon/*.txt`) and
/// every word in the string literals of its source (month names, cue verbs, starters,
/// holidays, titles …), so that generated text is made of words the patterns know.
pub fn vocabulary() -> Vec<String> {
    let root = root();
    let mut words = Vec::new();
    for path in files_under(&root.join("data/lexicon"), ".txt") {
        for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
            let entry = line.split('\t').next().unwrap_or("").trim();
            if !entry.is_empty() && !entry.starts_with('#') {
                words.push(entry.to_string());
            }
        }
    }
    for path in ["src", "crates"]
        .iter()
        .flat_map(|dir| files_under(&root.join(dir), ".rs"))
    {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        for literal in scan_rust(&source).literals {
            words.extend(
                literal
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .map(str::to_string),
            );
        }
    }
    // Never the test-only fault marker: the test command builds with fault injection on.
    words.retain(|w| !w.contains(FAULT_MARKER));
    words.sort();
    words.dedup();
    words
}

/// A small, fast, seeded generator (xorshift64*), so that a failing case is replayed
/// from its seed alone.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed` (any value; zero is remapped).
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Plain news text, written for these tests (names, places, dates, a quotation, a
/// source), as the yardstick that pathological texts are timed against.
pub const PLAIN_NEWS: &str = "BRUSSELS (Reuters) - European Union ministers agreed on Tuesday to extend a \
programme of loans to farmers hit by last summer's drought, two diplomats familiar with the talks said.
The agreement, reached after nine hours of negotiations, will let member states lend up to 2 billion euros \
over the next three years. \u{201c}This is a lifeline for thousands of families,\u{201d} Agriculture Minister \
Maria Lindqvist told reporters after the meeting. \u{201c}We could not wait until the spring.\u{201d}
Officials in Warsaw and Madrid had pressed for faster payments since early March, according to a letter \
seen by Reuters. The European Commission said on Monday that the first loans could be paid by the end of \
January, and that a review would follow in 2027.
Farm groups welcomed the deal but said it came late. Jonas Berger, who heads a farmers' association in \
Bavaria, said prices had fallen 15 percent in the past year. \u{201c}Many of us sold our herds in October,\u{201d} he said.
";

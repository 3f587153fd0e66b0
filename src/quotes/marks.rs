//! Quotation marks: which way each one points, and how they pair into quotations.
//!
//! Double marks of every style (“ ” „ « » ") pair on a stack within a paragraph, so a
//! straight quotation may hold a curly one and the other way round; only the outermost
//! pair is a quotation. A quotation still open at the end of its paragraph goes on only
//! if the next paragraph opens with a quotation mark (the convention for quotations of
//! several paragraphs); it is then reported one paragraph at a time. A mark that never
//! closes is dropped, and what it held is read as if it were not there, so one stray
//! mark never swallows the article. Single marks (‘ ’ ') are quotations only outside
//! double ones; inside, they are the quotation's own nested quotes.

use crate::text::{Document, TokenKind};
use std::ops::Range;

/// One quotation (or one paragraph of a quotation running over several), as tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct QuotedSpan {
    /// The opening mark.
    pub open: usize,
    /// The closing mark, or the paragraph's last token when the quotation runs on.
    pub close: usize,
    /// Whether `close` is a closing mark.
    pub closed: bool,
    /// Whether this paragraph continues the quotation of the paragraph before.
    pub continues: bool,
    /// Whether single marks (‘…’) delimit it.
    pub single: bool,
}

impl QuotedSpan {
    /// The quoted tokens, without the marks.
    pub fn inner(&self) -> Range<usize> {
        self.open + 1..if self.closed {
            self.close
        } else {
            self.close + 1
        }
    }

    /// One past the quotation's last token.
    pub fn end(&self) -> usize {
        self.close + 1
    }
}

/// Which way a mark points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    /// A straight mark whose spacing does not tell.
    Either,
}

/// A quotation mark as read in its context.
#[derive(Clone, Copy, Debug)]
struct Mark {
    double: bool,
    straight: bool,
    direction: Direction,
}

/// Reads the mark at token `i`: its family and the way it points. Spacing decides when
/// it is clear (space before and a word after opens, a word before and space after
/// closes), so a misprinted “ closing a quotation still closes it; otherwise the
/// glyph decides.
fn classify(doc: &Document, i: usize) -> Option<Mark> {
    let token = *doc.token(i)?;
    let glyph = doc.text[token.start..token.end].chars().next()?;
    let before = doc.text[..token.start].chars().next_back();
    let after = doc.text[token.end..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c));
    let space_after = after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}—–…".contains(c));
    let by_spacing = match (space_before, space_after) {
        (true, false) => Some(Direction::Open),
        (false, true) => Some(Direction::Close),
        _ => None,
    };
    if glyph == '\'' && (before == Some('\'') || after == Some('\'')) {
        // A doubled apostrophe: no quotation mark this analyzer reads.
        return None;
    }
    let (double, straight, by_glyph) = match glyph {
        '"' | '＂' => (true, true, Direction::Either),
        '“' | '„' | '‟' | '〝' | '«' => (true, false, Direction::Open),
        '”' | '»' | '〞' | '〟' => (true, false, Direction::Close),
        '\'' => (false, true, Direction::Either),
        '‘' | '‚' | '‛' | '‹' => (false, false, Direction::Open),
        '’' | '›' => (false, false, Direction::Close),
        _ => return None,
    };
    Some(Mark {
        double,
        straight,
        direction: by_spacing.unwrap_or(by_glyph),
    })
}

fn paragraph_of(doc: &Document, token: usize) -> usize {
    doc.sentence_of(token).paragraph
}

/// Finds the quotations of a document, in text order.
pub(super) fn find(doc: &Document) -> Vec<QuotedSpan> {
    let mut found = pair_doubles(doc);
    found.extend(pair_singles(doc, &found));
    found.sort_by_key(|m| m.open);
    found
}

/// The state of double-mark pairing within one paragraph.
#[derive(Default)]
struct Paragraph {
    /// Open marks, outermost first: (token, straight).
    stack: Vec<(usize, bool)>,
    /// Pairs found directly inside the outermost open mark, kept in case it never closes.
    inner: Vec<QuotedSpan>,
}

fn pair_doubles(doc: &Document) -> Vec<QuotedSpan> {
    let mut found = Vec::new();
    let mut state = Paragraph::default();
    // Earlier paragraphs of a quotation still running, reported once it closes.
    let mut running: Vec<QuotedSpan> = Vec::new();
    let mut paragraph = None;
    for i in 0..doc.token_count() {
        let p = paragraph_of(doc, i);
        let mark = if doc.is_kind(i, TokenKind::Quote) {
            classify(doc, i).filter(|m| m.double)
        } else {
            None
        };
        if paragraph != Some(p) {
            let reopens = paragraph == Some(p.wrapping_sub(1))
                && mark.is_some_and(|m| m.direction != Direction::Close);
            let left_open = state.stack.first().copied();
            match (left_open, i.checked_sub(1)) {
                // Reopened in the same style: a straight quotation goes on with a straight mark.
                (Some((open, straight)), Some(last))
                    if reopens
                        && mark.is_some_and(|m| m.straight == straight)
                        && may_run_on(doc, open) =>
                {
                    let continues = !running.is_empty();
                    running.push(QuotedSpan {
                        open,
                        close: last,
                        closed: false,
                        continues,
                        single: false,
                    });
                    state = Paragraph {
                        stack: vec![(i, mark.is_some_and(|m| m.straight))],
                        inner: Vec::new(),
                    };
                    paragraph = Some(p);
                    continue;
                }
                _ => {
                    // A mark that never closed: what it held stands on its own.
                    found.append(&mut state.inner);
                    running.clear();
                    state = Paragraph::default();
                }
            }
            paragraph = Some(p);
        }
        let Some(mark) = mark else {
            continue;
        };
        let closes = match mark.direction {
            Direction::Open => None,
            Direction::Either => state.stack.iter().rposition(|&(_, straight)| straight),
            // A closing mark closes the nearest opening of its own kind, else the nearest of any.
            Direction::Close => state
                .stack
                .iter()
                .rposition(|&(_, straight)| straight == mark.straight)
                .or(state.stack.len().checked_sub(1)),
        };
        match (closes, mark.direction) {
            (Some(depth), _) => {
                let (open, _) = state.stack[depth];
                state.stack.truncate(depth);
                if i <= open + 1 {
                    continue;
                }
                let pair = QuotedSpan {
                    open,
                    close: i,
                    closed: true,
                    continues: !running.is_empty() && depth == 0,
                    single: false,
                };
                match depth {
                    0 => {
                        found.append(&mut running);
                        found.push(pair);
                        state.inner.clear();
                    }
                    1 => state.inner.push(pair),
                    _ => {}
                }
            }
            (None, Direction::Open | Direction::Either) => {
                // Quotations do not nest in their own style: an earlier opening of this
                // style still open was a stray. Dropping it keeps the stack at two.
                if let Some(stray) = state
                    .stack
                    .iter()
                    .position(|&(_, straight)| straight == mark.straight)
                {
                    state.stack.truncate(stray);
                    if stray == 0 {
                        found.append(&mut state.inner);
                    }
                }
                state.stack.push((i, mark.straight));
            }
            (None, Direction::Close) => {}
        }
    }
    found.append(&mut state.inner);
    found
}

/// Whether a quotation opening at `open` may run on past its paragraph: it must open
/// a sentence or follow a reporting clause ("said:", "said that"), as a quotation of
/// several paragraphs does; a mark in the middle of narration ("a stray “mark") is a
/// stray.
fn may_run_on(doc: &Document, open: usize) -> bool {
    let Some(before) = open.checked_sub(1) else {
        return true;
    };
    let word = doc.word(before);
    doc.sentence_index(before) != doc.sentence_index(open)
        || matches!(doc.kind(before), Some(TokenKind::Punct | TokenKind::Quote))
        || crate::vocabulary::is_speech_verb(word)
        || word == "that"
}

/// Whether the quote token `i` is an apostrophe doubled with the next one (`''`, the
/// double quotation mark of some archived text).
fn doubled_apostrophe(doc: &Document, i: usize) -> bool {
    let apostrophe = |k: usize| doc.is_kind(k, TokenKind::Quote) && doc.word(k) == "'";
    i + 1 < doc.token_count()
        && apostrophe(i)
        && apostrophe(i + 1)
        && doc.end(i) == doc.start(i + 1)
}

/// Single-quoted stretches outside every double quotation, within a paragraph. They are
/// candidates only: the caller keeps those a reporting cue makes clearly quotations.
/// Doubled apostrophes are not read as quotations, but what they enclose is inside a
/// double quotation all the same: a single-quoted stretch there is nested in it, never
/// a quotation of its own.
fn pair_singles(doc: &Document, doubles: &[QuotedSpan]) -> Vec<QuotedSpan> {
    let mut found = Vec::new();
    let mut next_double = 0;
    let mut open: Option<usize> = None;
    // Whether a doubled apostrophe has opened a quotation in this paragraph.
    let mut in_doubled = false;
    let mut paragraph = None;
    let mut skip_to = 0;
    for i in 0..doc.token_count() {
        if !doc.is_kind(i, TokenKind::Quote) || i < skip_to {
            continue;
        }
        let p = paragraph_of(doc, i);
        if paragraph != Some(p) {
            paragraph = Some(p);
            in_doubled = false;
        }
        if doubled_apostrophe(doc, i) {
            // Two apostrophes in a row, or three when a nested quotation closes with them.
            skip_to = i + 2;
            while skip_to < doc.token_count()
                && doc.word(skip_to) == "'"
                && doc.end(skip_to - 1) == doc.start(skip_to)
            {
                skip_to += 1;
            }
            in_doubled = !in_doubled;
            open = None;
            continue;
        }
        if in_doubled {
            continue;
        }
        while next_double < doubles.len() && doubles[next_double].end() <= i {
            next_double += 1;
        }
        if doubles.get(next_double).is_some_and(|d| d.open <= i) {
            open = None;
            continue;
        }
        let Some(mark) = classify(doc, i).filter(|m| !m.double) else {
            continue;
        };
        if open.is_some_and(|o| paragraph_of(doc, o) != paragraph_of(doc, i)) {
            open = None;
        }
        match (open, mark.direction) {
            (_, Direction::Open) => open = Some(i),
            (Some(o), Direction::Close) => {
                if i > o + 1 {
                    found.push(QuotedSpan {
                        open: o,
                        close: i,
                        closed: true,
                        continues: false,
                        single: true,
                    });
                }
                open = None;
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find(&doc)
            .iter()
            .map(|m| text[doc.start(m.open)..doc.end(m.close)].to_string())
            .collect()
    }

    #[test]
    fn straight_marks_pair_by_spacing() {
        assert_eq!(
            quoted(r#"He said "no way," and left. She said "fine.""#),
            [r#""no way,""#, r#""fine.""#]
        );
    }

    #[test]
    fn a_curly_quotation_inside_a_straight_one_is_part_of_it() {
        assert_eq!(
            quoted("\"I read “the question” aloud,\" he said."),
            ["\"I read “the question” aloud,\""]
        );
    }

    #[test]
    fn a_stray_mark_is_dropped_and_what_follows_still_pairs() {
        assert_eq!(
            quoted("A “stray mark. Then “a real quote,” he said.\nNext “one.”"),
            ["“a real quote,”", "“one.”"]
        );
    }

    #[test]
    fn a_quotation_runs_over_paragraphs_when_each_reopens() {
        let text = "He said:\n“First part,\n“second part,\n“and the end,” he said.";
        assert_eq!(
            quoted(text),
            ["“First part,", "“second part,", "“and the end,”"]
        );
    }

    #[test]
    fn a_stray_mark_in_narration_does_not_run_into_the_next_paragraph() {
        assert_eq!(
            quoted("A stray “mark here.\n“The next one is fine,” Smith added."),
            ["“The next one is fine,”"]
        );
    }

    #[test]
    fn a_misprinted_closing_mark_still_closes() {
        assert_eq!(
            quoted("It was “Mostly False.“ Then more."),
            ["“Mostly False.“"]
        );
    }

    #[test]
    fn doubled_apostrophes_are_not_read_as_marks() {
        assert!(quoted("''This isn't tax reform,'' said Douglas Holtz-Eakin.").is_empty());
    }

    #[test]
    fn single_quotes_inside_doubled_apostrophes_are_nested_not_quotations() {
        assert!(
            quoted("''He said, 'Eight years, no daylight.' That was it,'' he recalled.").is_empty()
        );
        assert!(quoted(
            "''When Twitter says, 'We can't do this,' I don't believe that,'' said Hany Farid."
        )
        .is_empty());
        assert!(quoted("''Then he said, 'No.''' He left.").is_empty());
        // Outside them, single quotes still pair.
        assert_eq!(
            quoted("''Fine,'' he said. Later he said, 'No deal.'"),
            ["'No deal.'"]
        );
    }

    #[test]
    fn inches_do_not_open_a_quotation() {
        assert!(quoted("He is 6'3\" tall and weighs 236 pounds.").is_empty());
    }
}

//! The tokenizer: the text cut into words, numbers, quotation marks and other marks, with
//! byte offsets (see the conventions in [`super`]).

use super::{is_quote_mark, Token, TokenKind};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The character starting at byte `at`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// The character ending just before byte `at`, if any.
fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|head| head.chars().next_back())
}

pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // A space, most of what lies between tokens, passed over without decoding it.
        if bytes.get(at) == Some(&b' ') {
            at += 1;
            continue;
        }
        let Some(c) = char_at(text, at) else {
            break;
        };
        let start = at;
        let next_at = at + c.len_utf8();
        if c.is_whitespace() || c.is_control() {
            at = next_at;
            continue;
        }
        if c.is_alphanumeric() {
            let kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            at = word_end(text, start, next_at, kind);
            tokens.push(Token {
                kind,
                start,
                end: at,
                sentence: 0,
            });
            continue;
        }
        if is_apostrophe(c) && is_possessive_at(text, start) {
            at = next_at + 1; // the apostrophe and the ASCII 's'
            tokens.push(Token {
                kind: TokenKind::Word,
                start,
                end: at,
                sentence: 0,
            });
            continue;
        }
        let kind = if is_quote_mark(c) {
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        tokens.push(Token {
            kind,
            start,
            end: next_at,
            sentence: 0,
        });
        at = next_at;
    }
    tokens
}

/// The end of the word or number that starts at `start` (its first char ends at `at`).
fn word_end(text: &str, start: usize, mut at: usize, kind: TokenKind) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, most of any word, a byte at a time.
        while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
            at += 1;
        }
        let Some(ch) = char_at(text, at) else {
            break;
        };
        let after = at + ch.len_utf8();
        let next = || char_at(text, after);
        let joins = if ch.is_alphanumeric() {
            true
        } else if ch == '-' || ch == '\u{2011}' {
            next().is_some_and(char::is_alphanumeric)
        } else if kind == TokenKind::Number && matches!(ch, ',' | '.' | ':' | '/') {
            next().is_some_and(|n| n.is_ascii_digit())
        } else if kind == TokenKind::Word && is_apostrophe(ch) {
            next().is_some_and(char::is_alphabetic) && !is_possessive_at(text, at)
        } else if kind == TokenKind::Word
            && ch == '.'
            && at == start + char_at(text, start).map_or(1, char::len_utf8)
        {
            // "U.S." and "p.m.": a single letter, a dot, then more "x." pairs.
            return letter_dot_chain_end(text, start).unwrap_or(at);
        } else {
            false
        };
        if !joins {
            break;
        }
        at = after;
    }
    at
}

/// The end of a chain of single letters each followed by a dot ("U.S.", "a.m."),
/// starting at `start`, when it has at least two letters.
fn letter_dot_chain_end(text: &str, start: usize) -> Option<usize> {
    let mut at = start;
    let mut letters = 0;
    while let Some(letter) = char_at(text, at).filter(|c| c.is_alphabetic()) {
        let dot = at + letter.len_utf8();
        if char_at(text, dot) != Some('.') {
            break;
        }
        letters += 1;
        at = dot + 1;
        // A chain ends at a dot followed by anything but another letter-dot pair.
        let after_letter = char_at(text, at)
            .filter(|c| c.is_alphabetic())
            .map(|c| at + c.len_utf8());
        if after_letter.and_then(|p| char_at(text, p)) != Some('.') {
            break;
        }
    }
    (letters >= 2).then_some(at)
}

/// `'s` after a letter and before a non-letter: a possessive (or "is") clitic.
fn is_possessive_at(text: &str, apostrophe: usize) -> bool {
    let Some(mark) = char_at(text, apostrophe) else {
        return false;
    };
    let s_at = apostrophe + mark.len_utf8();
    char_before(text, apostrophe).is_some_and(char::is_alphanumeric)
        && matches!(char_at(text, s_at), Some('s' | 'S'))
        && char_at(text, s_at + 1).is_none_or(|c| !c.is_alphanumeric())
}

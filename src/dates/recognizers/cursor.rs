//! What every recognizer reads with: a cursor over one sentence's tokens, and the small
//! readers of days, years and ordinals they share.

use crate::analysis::TimexType;
use crate::dates::words::number_value;
use crate::dates::{Found, Meaning};
use crate::text::{Document, TokenKind};
use std::borrow::Cow;

pub(super) use crate::vocabulary::time::{ORDINALS, PARTS_OF_DAY};

/// A view of the tokens of one sentence, so no pattern runs past its end.
pub(crate) struct Cursor<'d, 't> {
    pub(super) doc: &'d Document<'t>,
    pub(super) limit: usize,
}

impl<'d, 't> Cursor<'d, 't> {
    pub(super) fn word(&self, i: usize) -> &'t str {
        if i < self.limit {
            self.doc.word(i)
        } else {
            ""
        }
    }

    /// Token `i` in lowercase, borrowed for an ASCII word (most words are).
    pub(super) fn lower(&self, i: usize) -> Cow<'d, str> {
        if i < self.limit {
            self.doc.lowercase_unicode(i)
        } else {
            Cow::Borrowed("")
        }
    }

    /// The token before `i` in lowercase, in this sentence or not; "" at the start.
    pub(super) fn lower_before(&self, i: usize) -> Cow<'d, str> {
        match i.checked_sub(1) {
            Some(before) => self.doc.lowercase_unicode(before),
            None => Cow::Borrowed(""),
        }
    }

    /// Whether token `i` is one of `words` (given in lowercase), in any case.
    pub(super) fn is(&self, i: usize, words: &[&str]) -> bool {
        debug_assert!(
            words
                .iter()
                .all(|w| !w.bytes().any(|b| b.is_ascii_uppercase())),
            "{words:?} are not all in lowercase"
        );
        // The lowercase text is a slice: comparing it is cheaper than ignoring case.
        let w = if i < self.limit {
            self.doc.lowercase(i)
        } else {
            ""
        };
        words.contains(&w)
    }

    pub(super) fn is_number(&self, i: usize) -> bool {
        i < self.limit && self.doc.is_kind(i, TokenKind::Number)
    }

    pub(super) fn found(
        &self,
        first: usize,
        end: usize,
        kind: TimexType,
        meaning: Meaning,
    ) -> Option<Found> {
        Some(Found {
            first_token: first,
            end_token: end,
            kind,
            meaning,
        })
    }
}

/// How many tokens `Cursor::sentence_mentions` looks through at most.
pub(super) const MENTION_WINDOW: usize = 400;

impl Cursor<'_, '_> {
    /// Whether the sentence around the cursor, or the one before, mentions `word`
    /// (alone or as the end of a hyphenated word: "third-quarter").
    pub(super) fn sentence_mentions(&self, word: &str) -> bool {
        let s = self.doc.sentence_index(self.limit.saturating_sub(1));
        let first = self.doc.sentence(s.saturating_sub(1)).first_token;
        let end = self.doc.sentence(s).end_token;
        // At most the last few hundred tokens, so that an endless sentence full of
        // "year-earlier" does not make this quadratic.
        let first = first.max(end.saturating_sub(MENTION_WINDOW));
        (first..end).any(|k| {
            let w = self.doc.word(k).as_bytes();
            let tail = w.len().wrapping_sub(word.len());
            w.eq_ignore_ascii_case(word.as_bytes())
                || w.len() > word.len()
                    && w[tail - 1] == b'-'
                    && w[tail..].eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// Whether token `i` is a lowercase word (the next word of a noun phrase).
    pub(super) fn is_word(&self, i: usize) -> bool {
        i < self.limit
            && self.doc.is_kind(i, TokenKind::Word)
            && self.word(i).chars().next().is_some_and(char::is_lowercase)
    }
}

/// A day of month such as "8", "8th" or "22nd".
pub(super) fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|ch: char| ch.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !(suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th"))
        || digits.is_empty()
        || digits.len() > 2
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year such as "2025" (1000-2199).
pub(super) fn year_number(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1000..2200).contains(y))
}

/// A year said in words, as broadcast transcripts write it: "nineteen ninety-six".
pub(super) fn spelled_year(c: &Cursor, i: usize) -> Option<i32> {
    let century = match c.lower(i).as_ref() {
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    };
    let rest = number_value(&c.lower(i + 1)).filter(|n| (10..=99).contains(n))?;
    Some(century * 100 + rest as i32)
}

/// Whether the word before token `i` can introduce "year's end" or "year end" ("by",
/// "at", "around" …).
pub(super) fn year_end_may_follow(doc: &Document, i: usize) -> bool {
    let before = doc.word_at(i as isize - 1);
    ["by", "at", "around", "until", "before", "through"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(before))
}

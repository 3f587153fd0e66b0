//! Reporting cues: where the words that say who spoke stand around a quotation.
//!
//! In the order they are tried: a cue right after the quotation ("…,” Witkoff said",
//! "…,” said Witkoff", "…,” a senior official said", "…” — Carla Sanchez"); a cue
//! before it in its sentence ("Witkoff told reporters “…”", "According to X, “…”"), or
//! an introduction ending in a colon; a reporting clause closing the sentence ("“…” for
//! criminal behavior, she said"); and, for a fragment quoted inside narration, the
//! subject of the sentence ("Gingrich dismissed Estonia as the “suburbs of St.
//! Petersburg”").

use super::marks::QuotedSpan;
use super::speakers::{is_auxiliary, is_function_word, is_speaker_pronoun, Resolver};
use crate::analysis::{EntityKind, Speaker};
use crate::text::{is_all_caps, is_capitalized, is_dash, TokenKind};
use crate::vocabulary::{
    grammar::{CLAUSE_OPENERS, NOT_A_SUBJECT, SUBJECT_ENDERS, SUBJECT_OPENERS},
    is_speech_verb,
    speech::{ADDRESSING, INTRODUCTORY, SPEECH_NOUNS},
};

/// Words that end the subject at the head of a sentence: verbs and auxiliaries,
/// recognised by form.
fn ends_subject(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_auxiliary(&lower)
        || SUBJECT_ENDERS.contains(&lower.as_str())
        || !is_capitalized(word)
            && (lower.ends_with("ed") || lower.ends_with("ly") || is_speech_verb(&lower))
}

/// How far into a sentence an introductory phrase or a dateline may run, in tokens.
const MAX_INTRODUCTION_TOKENS: usize = 30;

/// How many commas of introductory phrases are tried before giving up on a subject.
const MAX_INTRODUCTION_COMMAS: usize = 3;

/// The longest subject taken from the head of a sentence, in tokens.
const MAX_SUBJECT_TOKENS: usize = 8;

/// How far after a quotation its reporting verb may stand, in tokens.
const AFTER_WINDOW: usize = 24;

/// How far before a quotation its reporting verb may stand, in tokens.
const BEFORE_WINDOW: usize = 40;

impl Resolver<'_, '_> {
    /// Whether token `i` is a reporting verb.
    pub fn is_speech_verb(&self, i: usize) -> bool {
        self.doc.is_kind(i, TokenKind::Word)
            && (is_speech_verb(self.doc.word(i))
                // "she shot back", "he fired back", "Clinton hit back": replies.
                || matches!(self.doc.word(i), "shot" | "fired" | "hit" | "wrote") && self.doc.word_at(i as isize + 1) == "back")
    }

    fn is_participle(&self, i: usize) -> bool {
        self.doc.word(i).ends_with("ing")
    }

    /// Whether token `k` ends a clause: a terminal mark that is not an abbreviation's dot.
    fn ends_clause(&self, k: usize) -> bool {
        let doc = self.doc;
        matches!(doc.word(k), ";" | "?" | "!")
            || doc.word(k) == "."
                && !doc.is_abbreviation_dot(k)
                && !matches!(doc.word_at(k as isize + 1), ")" | ",")
    }

    /// The token after a parenthesis opening at `k` closes, when it closes soon ("Rep.
    /// Gwen Moore (D-Wis.) said").
    fn skip_parenthesis(&self, k: usize, end: usize) -> Option<usize> {
        (self.doc.word(k) == "(").then(|| {
            (k + 1..end.min(k + 10))
                .find(|&j| self.doc.word(j) == ")")
                .map(|j| j + 1)
        })?
    }

    /// "…,” Witkoff said", "…,” said Witkoff", "…,” a senior official said", "…,”
    /// according to X", "…” — Carla Sanchez".
    pub fn cue_after(&self, marks: &QuotedSpan) -> Option<Speaker> {
        let doc = self.doc;
        if !marks.closed {
            return None;
        }
        let mut j = marks.end();
        while j < doc.token_count() && doc.word(j) == "," {
            j += 1;
        }
        if j >= doc.token_count() || doc.line_break_between(marks.close, j) {
            return None;
        }
        if is_dash(doc.word(j)) && j + 1 < doc.token_count() && !doc.line_break_between(j, j + 1) {
            // A signature after a dash.
            return self
                .mention_at(j + 1)
                .map(|(mention, e)| self.named(mention, Some(e)));
        }
        // The quotation must hand over to a reporting clause: it ends in a comma, a
        // question or an exclamation, or a comma follows it.
        let last_inner = (marks.open + 1..marks.close)
            .rev()
            .find(|&k| !doc.is_kind(k, TokenKind::Quote))
            .map_or("", |k| doc.word(k));
        let hands_over =
            j > marks.end() || matches!(last_inner, "," | "?" | "!" | "…") || is_dash(last_inner);
        if !hands_over {
            return None;
        }
        let sentence = doc.sentence_index(j);
        let end = doc.sentence(sentence).end_token.min(j + AFTER_WINDOW);
        if doc.word(j).eq_ignore_ascii_case("according") && doc.word_at(j as isize + 1) == "to" {
            let to_end = (j + 2..end)
                .find(|&k| doc.word(k) == "," || self.ends_clause(k))
                .unwrap_or(end);
            return self.speaker_in(j + 2, to_end);
        }
        if self.is_speech_verb(j) {
            return if self.is_participle(j) || ADDRESSING.contains(&doc.word(j)) {
                None
            } else {
                self.noun_phrase_at(j + 1, end)
            };
        }
        let opening = doc.word(j).to_lowercase();
        if CLAUSE_OPENERS.contains(&opening.as_str()) || NOT_A_SUBJECT.contains(&opening.as_str()) {
            return None;
        }
        let mut k = j;
        let verb = loop {
            if k >= end {
                return None;
            }
            if let Some(after) = self.skip_parenthesis(k, end) {
                k = after;
                continue;
            }
            if doc.is_kind(k, TokenKind::Quote)
                || self.ends_clause(k)
                || CLAUSE_OPENERS.contains(&doc.word(k))
            {
                return None;
            }
            if self.is_speech_verb(k) {
                break k;
            }
            k += 1;
        };
        if self.is_participle(verb) {
            return None;
        }
        self.subject_of_clause(j, verb)
    }

    /// "Witkoff said: “…”", "Kushner told reporters that “…”", "According to X, “…”",
    /// "Caddell continued:" ending the sentence or paragraph before the quotation.
    pub fn cue_before(&self, marks: &QuotedSpan) -> Option<Speaker> {
        let doc = self.doc;
        let sentence = doc.sentence_index(marks.open);
        let first = doc.sentence(sentence).first_token;
        if first == marks.open {
            // A quotation opening its sentence may be introduced by the sentence
            // before, ending in a colon.
            let previous = doc.sentence(sentence.checked_sub(1)?);
            if doc.word(previous.end_token - 1) != ":" {
                return None;
            }
            return self.introduction(previous.first_token, previous.end_token - 1);
        }
        self.cue_in(first, marks.open)
    }

    /// The speaker named by a reporting clause in `first..end`, the words before a
    /// quotation.
    fn cue_in(&self, first: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        // The reporting clause may be long ("The Post reports that her team avoided … in
        // order to “keep the details …”"), but not endless.
        let window_start = end.saturating_sub(BEFORE_WINDOW).max(first);
        if let Some(according) = (window_start..end).rev().find(|&k| {
            doc.word(k).eq_ignore_ascii_case("according") && doc.word_at(k as isize + 1) == "to"
        }) {
            let to_end = (according + 2..end)
                .find(|&k| doc.word(k) == "," || doc.is_kind(k, TokenKind::Quote))
                .unwrap_or(end);
            return self.speaker_in(according + 2, to_end);
        }
        let cue = (window_start..end)
            .rev()
            .find(|&k| self.is_speech_verb(k) || self.possessed_speech_noun(k).is_some())?;
        if let Some(speaker) = self.possessed_speech_noun(cue) {
            return Some(speaker);
        }
        let verb = cue;
        if self.is_participle(verb) {
            // "…, saying “…”": the participle's subject is the sentence's; "footage of
            // Clinton asking “…”": the name just before it.
            if doc.word_at(verb as isize - 1) == "," {
                return self.sentence_subject(first, verb);
            }
            return self
                .subject_before(verb.saturating_sub(4).max(first), verb)
                .filter(|s| s.entity.is_some())
                .or_else(|| self.sentence_subject(first, verb));
        }
        let quote_before = (first..verb)
            .rev()
            .find(|&k| doc.is_kind(k, TokenKind::Quote))
            .map_or(first, |k| k + 1);
        let subject = self
            .subject_of_clause(quote_before, verb)
            .or_else(|| self.sentence_subject(first, verb))?;
        // "Lynch said she recalled …": a pronoun reporting inside another report takes the
        // outer reporter, who is named.
        if is_speaker_pronoun(&subject.text) {
            let pronoun_at = (quote_before..verb)
                .rev()
                .find(|&k| doc.start(k) == subject.span.start);
            if let Some(outer_verb) = pronoun_at.and_then(|p| {
                (quote_before..p)
                    .rev()
                    .find(|&k| self.is_speech_verb(k) && !self.is_participle(k))
            }) {
                if let Some(outer) = self.subject_of_clause(quote_before, outer_verb) {
                    return Some(outer);
                }
            }
        }
        Some(subject)
    }

    /// The speaker owning a speech noun at `k` ("Trump's claim"), if it is one.
    fn possessed_speech_noun(&self, k: usize) -> Option<Speaker> {
        let doc = self.doc;
        if k < 2 || !SPEECH_NOUNS.contains(&doc.word(k)) || !matches!(doc.word(k - 1), "'s" | "’s")
        {
            return None;
        }
        // The noun must introduce the words: "Trump's claim that “…”", "his answer: “…”".
        let next = k + 1;
        if next >= doc.token_count()
            || !(matches!(doc.word(next), "that" | ":" | ",")
                || doc.is_kind(next, TokenKind::Quote))
        {
            return None;
        }
        let owner_end = doc.start(k - 1);
        let owner_start = doc.start(k.saturating_sub(6));
        let &(mention, e) = self
            .mentions
            .within(crate::analysis::Span::new(owner_start, owner_end))
            .filter(|(m, _)| m.end == owner_end)
            .last()?;
        self.is_speaker_kind(e)
            .then(|| self.named(mention, Some(e)))
    }

    /// The speaker of an introduction ("Caddell continued:", "The New York Times
    /// reports:", "Sanders made the following comment:") in `first..end`.
    fn introduction(&self, first: usize, end: usize) -> Option<Speaker> {
        if first >= end {
            return None;
        }
        self.cue_in(first, end)
            .or_else(|| self.sentence_subject(first, end))
    }

    /// A reporting clause ending the quotation's sentence: "“…” for criminal behavior,
    /// she said."
    pub fn trailing_cue(&self, marks: &QuotedSpan) -> Option<Speaker> {
        let doc = self.doc;
        if !marks.closed {
            return None;
        }
        let sentence = doc.sentence_of(marks.close);
        let mut last = sentence.end_token;
        while last > marks.end()
            && matches!(
                doc.kind(last - 1),
                Some(TokenKind::Punct | TokenKind::Quote)
            )
            && doc.word(last - 1) != ","
        {
            last -= 1;
        }
        if last <= marks.end() || last - marks.end() > AFTER_WINDOW * 2 {
            return None;
        }
        let comma = (marks.end()..last).rev().find(|&k| doc.word(k) == ",")?;
        if (comma..last).any(|k| doc.is_kind(k, TokenKind::Quote)) || last - comma > 10 {
            return None;
        }
        let verb = (comma + 1..last).find(|&k| self.is_speech_verb(k) && !self.is_participle(k))?;
        if verb == comma + 1 {
            return if ADDRESSING.contains(&doc.word(verb)) {
                None
            } else {
                self.noun_phrase_at(verb + 1, last)
            };
        }
        self.subject_before(comma + 1, verb)
    }

    /// The first token at or after `k` that is not punctuation or part of a quotation;
    /// `end` after more than a few quotations in a row, where no subject is to be found
    /// (and a sentence of thousands of quotations must not cost thousands of steps per
    /// quotation).
    fn skip_quoted(&self, mut k: usize, end: usize) -> usize {
        const MAX_SKIPPED: usize = 4;
        let doc = self.doc;
        let mut skipped = 0;
        while k < end {
            let Some(&token) = doc.token(k) else { break };
            let quotation = self
                .quote_spans
                .binary_search_by_key(&token.start, |q| q.start)
                .ok();
            if let Some(q) = quotation {
                skipped += 1;
                if skipped > MAX_SKIPPED {
                    return end;
                }
                let after = self.quote_spans[q].end;
                k += doc
                    .tokens_between(k, end)
                    .partition_point(|t| t.start < after);
            } else if matches!(token.kind, TokenKind::Quote | TokenKind::Punct) {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// The subject at the head of the sentence (or clause) `first..end`: a name, a
    /// pronoun or a description, after any dateline or introductory phrase ("In July,
    /// Gingrich …").
    pub fn sentence_subject(&self, first: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let mut start = self.skip_quoted(first, end);
        if start >= end {
            return None;
        }
        // A dateline: "FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton …".
        if is_all_caps(doc.word(start)) {
            if let Some(dash) =
                (start..end.min(start + MAX_INTRODUCTION_TOKENS)).find(|&k| is_dash(doc.word(k)))
            {
                start = self.skip_quoted(dash + 1, end);
            }
        }
        if start >= end {
            return None;
        }
        let word = doc.word(start);
        let introduced = INTRODUCTORY.contains(&word)
            || is_capitalized(word) && (word.ends_with("ing") || word.ends_with("ly"));
        if !introduced {
            return self.subject_at(start, end);
        }
        // Try the phrase after each of the first commas in turn ("In July, Gingrich …",
        // "Bemoaning the “phony system,” Trump accused …"), then the clause the
        // introductory word opens ("Though she called it “outrageous” …").
        let participle =
            |k: usize| k < end && doc.is_kind(k, TokenKind::Word) && doc.word(k).ends_with("ing");
        let participial = participle(start) || participle(start + 1);
        let mut k = start;
        let mut any_comma = false;
        for _ in 0..MAX_INTRODUCTION_COMMAS {
            // A comma inside a quotation does not end the phrase, unless it closes the
            // quotation that ends a participial phrase ("Bemoaning the “phony system,”
            // Trump …", "After saying her foot was “so swollen …,” she …"). A clause
            // ("While Sullivan proclaims the article a “terrific piece,” Clinton …") keeps
            // its quotation for its own subject.
            let ends_phrase = |j: usize| {
                doc.word(j) == ","
                    && (!self.inside_quote(super::speakers::span(doc, j, j + 1))
                        || participial && doc.is_kind(j + 1, TokenKind::Quote))
            };
            let Some(comma) =
                (k..end.min(start + MAX_INTRODUCTION_TOKENS)).find(|&j| ends_phrase(j))
            else {
                break;
            };
            any_comma = true;
            let after = self.skip_quoted(comma + 1, end);
            if let Some(speaker) = self.subject_at(after, end) {
                return Some(speaker);
            }
            k = comma + 1;
        }
        if any_comma {
            return None;
        }
        self.subject_at(start + 1, end)
    }

    /// The subject starting at token `start`, ending at its first verb-like word.
    fn subject_at(&self, start: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if start >= end || doc.is_kind(start, TokenKind::Quote) {
            return None;
        }
        if is_speaker_pronoun(doc.word(start)) {
            return Some(self.pronoun(start));
        }
        let mut stop = start;
        while stop < end && stop < start + MAX_SUBJECT_TOKENS {
            let is_word = doc.is_word_or_number(stop) || doc.is_abbreviation_dot(stop);
            if !is_word || stop > start && ends_subject(doc.word(stop)) {
                break;
            }
            stop += 1;
        }
        if stop == start || stop == end {
            return None;
        }
        let range = super::speakers::span(doc, start, stop);
        let possessive = |m: &crate::analysis::Span| {
            matches!(doc.text[m.end..].chars().next(), Some('\'' | '’'))
        };
        let mentions: Vec<_> = self.mentions.within(range).copied().collect();
        if let Some(&(mention, e)) = mentions
            .iter()
            .rev()
            .find(|(m, e)| self.is_speaker_kind(*e) && !possessive(m))
        {
            return Some(self.named(mention, Some(e)));
        }
        // A country or a group may speak as the whole subject ("Japan branded …").
        if let [(mention, e)] = mentions[..] {
            let whole = mention.start == doc.start(start) && mention.end == doc.end(stop - 1);
            if whole
                && matches!(
                    self.entities[e].kind,
                    EntityKind::Place | EntityKind::Organization
                )
            {
                return Some(self.named(mention, Some(e)));
            }
        }
        let opening = doc.word(start).to_lowercase();
        let determined = SUBJECT_OPENERS.contains(&opening.as_str());
        let possessed = mentions.iter().any(|(m, _)| possessive(m));
        if (determined || possessed) && !is_function_word(doc.word(stop - 1)) {
            return self.description(start, stop);
        }
        None
    }
}

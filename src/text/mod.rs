//! Text and tokens: splits an article into tokens with byte offsets, sentences and
//! paragraphs. Every other module works on a [`Document`].
//!
//! Tokens follow news conventions: a possessive `'s`/`’s` is its own token (so it never
//! becomes part of a name), letter-dot abbreviations such as `U.S.` and `p.m.` stay
//! whole, hyphenated words such as `al-Hayya` and `son-in-law` are one token, and
//! every quotation mark is a token of its own.

pub mod dateline;
pub mod furniture;

use crate::analysis::Span;
use crate::vocabulary::text::ABBREVIATIONS;
use furniture::Furniture;
use std::borrow::Cow;
use tokenize::tokenize;

mod tokenize;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens, apostrophes or abbreviation dots.
    Word,
    /// Starts with a digit: `22`, `1,000`, `3:30`, `2025-11-06`, `2-1`.
    Number,
    /// A quotation mark of any style.
    Quote,
    /// Any other single character that is not whitespace.
    Punct,
}

/// One token: its kind and its byte range in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What the token is made of.
    pub kind: TokenKind,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
}

/// A sentence as a range of token indices, plus its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Index of its first token.
    pub first_token: usize,
    /// Index just past its last token.
    pub end_token: usize,
    /// Index of the paragraph it lies in.
    pub paragraph: usize,
}

/// The article split into tokens, sentences and paragraphs.
///
/// The tokens are private: every read goes through an accessor that answers "nothing
/// there" (an empty word, `None`, `false`, the end of the text) for an index past either
/// end, so a pattern that looks ahead of the last token can never panic.
pub struct Document<'t> {
    /// The whole text, which every offset points into.
    pub text: &'t str,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    /// Byte ranges of the paragraphs (lines of text separated by line breaks).
    paragraphs: Vec<(usize, usize)>,
    /// Per token: whether only opening marks stand before it in its sentence (see
    /// [`Document::starts_sentence`]); computed once, since the tagger asks at every token.
    opens_sentence: Vec<bool>,
    /// Bylines, credits, stamps and share lines, in text order (see [`furniture`]).
    furniture: Vec<Furniture>,
    /// Per sentence: whether it is written in capitals (a headline, a table); computed once,
    /// since the name rules and the tagger both ask.
    in_capitals: Vec<bool>,
    /// The lines at the top with a dateline's shape (see [`dateline`]); computed once, for
    /// the entities and the reference date.
    datelines: Vec<dateline::Dateline>,
    /// The text in ASCII lowercase, byte for byte where `text` is (so a token's span reads
    /// either): every step's lowercase question about a word, with no copy per question.
    lowercase_text: String,
}

/// Whether `c` is a quotation mark (straight, curly, angle or low-9).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{2018}'..='\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' | '\u{301D}'..='\u{301F}' | '\u{FF02}'
    )
}

impl<'t> Document<'t> {
    /// Tokenizes `text` and splits it into sentences and paragraphs.
    #[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
    pub fn new(text: &'t str) -> Self {
        let mut tokens = tokenize(text);
        let paragraphs = split_paragraphs(text);
        let sentences = split_sentences(text, &mut tokens, &paragraphs);
        let mut document = Document {
            text,
            tokens,
            sentences,
            paragraphs,
            opens_sentence: Vec::new(),
            furniture: Vec::new(),
            in_capitals: Vec::new(),
            datelines: Vec::new(),
            lowercase_text: text.to_ascii_lowercase(),
        };
        document.in_capitals = (0..document.sentences.len())
            .map(|s| document.find_capitals(s))
            .collect();
        document.opens_sentence = document.find_sentence_openings();
        document.furniture = furniture::find(&document);
        document.datelines = dateline::find(&document);
        document
    }

    /// The lines at the top of the article with a dateline's shape, top first (a place in
    /// capitals, then an agency's credit, a date or a dash).
    pub fn datelines(&self) -> &[dateline::Dateline] {
        &self.datelines
    }

    /// The text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` in ASCII lowercase (other letters as written), or "" past the end.
    pub fn lowercase(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.lowercase_text[t.start..t.end])
    }

    /// Token `i` in lowercase, Unicode letters included (as `str::to_lowercase`): borrowed
    /// for an ASCII word, as most are.
    pub fn lowercase_unicode(&self, i: usize) -> Cow<'_, str> {
        let word = self.word(i);
        if word.is_ascii() {
            Cow::Borrowed(self.lowercase(i))
        } else {
            Cow::Owned(word.to_lowercase())
        }
    }

    /// Token `i` in ASCII lowercase, or "" past either end.
    pub fn lowercase_at(&self, i: isize) -> &str {
        usize::try_from(i).map_or("", |i| self.lowercase(i))
    }

    /// How many tokens the text has.
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// Token `i`, or `None` past the end.
    pub fn token(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// Every token in text order, for one pass over the text.
    pub fn tokens(&self) -> std::slice::Iter<'_, Token> {
        self.tokens.iter()
    }

    /// Tokens `first..end`, clamped to the text (a sub-slice to search, never to index).
    pub fn tokens_between(&self, first: usize, end: usize) -> &[Token] {
        let end = end.min(self.tokens.len());
        &self.tokens[first.min(end)..end]
    }

    /// The kind of token `i`, or `None` past the end.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` exists and is of `kind`.
    pub fn is_kind(&self, i: usize, kind: TokenKind) -> bool {
        self.kind(i) == Some(kind)
    }

    /// Whether token `i` exists and is a word or a number.
    pub fn is_word_or_number(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word | TokenKind::Number))
    }

    /// The byte offset where token `i` starts; the end of the text past the last token.
    pub fn start(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(self.text.len(), |t| t.start)
    }

    /// The byte offset where token `i` ends; the end of the text past the last token.
    pub fn end(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// The bytes from the start of token `first` to the end of token `end - 1` (tokens
    /// `first..end`), clamped to the text; empty when the range holds no token.
    pub fn span(&self, first: usize, end: usize) -> Span {
        let start = self.start(first);
        match end.checked_sub(1) {
            Some(last) if first < end && first < self.tokens.len() => {
                Span::new(start, self.end(last.min(self.tokens.len() - 1)))
            }
            _ => Span::new(start, start),
        }
    }

    /// The text of tokens `first..end` with what lies between them (see [`Document::span`]).
    pub fn text_of(&self, first: usize, end: usize) -> &'t str {
        self.span(first, end).of(self.text)
    }

    /// The index of the sentence holding token `i`; past the last token, the number of
    /// sentences (an index no token has).
    pub fn sentence_index(&self, i: usize) -> usize {
        self.tokens
            .get(i)
            .map_or(self.sentences.len(), |t| t.sentence)
    }

    /// How many sentences the text has.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// Every sentence in text order.
    pub fn sentences(&self) -> std::slice::Iter<'_, Sentence> {
        self.sentences.iter()
    }

    /// How many paragraphs the text has.
    pub fn paragraph_count(&self) -> usize {
        self.paragraphs.len()
    }

    /// Sentence `s`; past the last one, an empty sentence at the end of the text.
    pub fn sentence(&self, s: usize) -> Sentence {
        let past_end = || Sentence {
            first_token: self.tokens.len(),
            end_token: self.tokens.len(),
            paragraph: self.paragraphs.len(),
        };
        self.sentences.get(s).copied().unwrap_or_else(past_end)
    }

    /// The sentence holding token `i`; past the last token, an empty sentence at the end.
    pub fn sentence_of(&self, i: usize) -> Sentence {
        self.sentence(self.sentence_index(i))
    }

    /// The byte range of paragraph `p`; past the last one, an empty range at the end.
    pub fn paragraph(&self, p: usize) -> (usize, usize) {
        self.paragraphs
            .get(p)
            .copied()
            .unwrap_or((self.text.len(), self.text.len()))
    }

    /// The token range `first..end` of paragraph `p` (empty past the last one).
    pub fn paragraph_tokens(&self, p: usize) -> (usize, usize) {
        let (start, end) = self.paragraph(p);
        let first = self.tokens.partition_point(|t| t.start < start);
        let last = self.tokens.partition_point(|t| t.start < end);
        (first, last.max(first))
    }

    /// Whether sentence `s` is written in capitals: at least 60% of its words (a headline,
    /// a results table); `false` past the end.
    pub fn sentence_in_capitals(&self, s: usize) -> bool {
        self.in_capitals.get(s).copied().unwrap_or(false)
    }

    fn find_capitals(&self, sentence: usize) -> bool {
        let s = self.sentence(sentence);
        let (mut words, mut caps) = (0, 0);
        for i in s.first_token..s.end_token {
            if self.is_kind(i, TokenKind::Word) && self.word(i).chars().any(char::is_alphabetic) {
                words += 1;
                if is_all_caps(self.word(i)) {
                    caps += 1;
                }
            }
        }
        caps >= 1 && caps * 10 >= words * 6
    }

    /// The page furniture around the article (bylines, credits, stamps, share lines), in
    /// text order.
    pub fn furniture(&self) -> &[Furniture] {
        &self.furniture
    }

    /// The piece of furniture token `i` lies in, if any.
    pub fn furniture_at(&self, i: usize) -> Option<&Furniture> {
        let after = self.furniture.partition_point(|f| f.first_token <= i);
        after
            .checked_sub(1)
            .map(|k| &self.furniture[k])
            .filter(|f| i < f.end_token)
    }

    /// Whether the byte at `offset` lies in a piece of furniture.
    pub fn in_furniture_text(&self, offset: usize) -> bool {
        let after = self
            .furniture
            .partition_point(|f| self.start(f.first_token) <= offset);
        after
            .checked_sub(1)
            .is_some_and(|k| offset < self.end(self.furniture[k].end_token - 1))
    }

    /// Whether token `i` opens a news agency's credit in brackets, as datelines write it
    /// ("(Reuters)", "(AP)").
    pub fn agency_credit_at(&self, i: usize) -> bool {
        let i = i as isize;
        self.word_at(i) == "("
            && self.word_at(i + 1).starts_with(char::is_uppercase)
            && self.word_at(i + 2) == ")"
    }

    /// Whether token `i` is a dash ([`is_dash`]).
    pub fn dash_at(&self, i: usize) -> bool {
        is_dash(self.word_at(i as isize))
    }

    /// The text of token `i`, or "" past either end.
    pub fn word_at(&self, i: isize) -> &'t str {
        if i < 0 || i as usize >= self.tokens.len() {
            ""
        } else {
            self.word(i as usize)
        }
    }

    /// Whether token `i` is the first word of its sentence (quotation marks and
    /// opening punctuation before it do not count).
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.opens_sentence.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` opens a clause: it is the first word of its sentence or follows a
    /// quotation mark ("‘Look, …’"). A capital there says nothing of a name.
    pub fn opens_clause(&self, i: usize) -> bool {
        self.starts_sentence(i) || i > 0 && self.is_kind(i - 1, TokenKind::Quote)
    }

    /// For every token, whether only opening marks (quotation marks, "(", "[", dashes,
    /// bullets) stand before it in its sentence: one pass over the tokens.
    fn find_sentence_openings(&self) -> Vec<bool> {
        let is_opening_mark = |j: usize| {
            let t = &self.tokens[j];
            t.kind == TokenKind::Quote
                || (t.kind == TokenKind::Punct
                    && (matches!(self.word(j), "(" | "[" | "*" | "•") || is_dash(self.word(j))))
        };
        let mut opens = vec![false; self.tokens.len()];
        for sentence in &self.sentences {
            for i in sentence.first_token..sentence.end_token {
                opens[i] = i == sentence.first_token || opens[i - 1] && is_opening_mark(i - 1);
            }
        }
        opens
    }

    /// Whether token `i` is the dot of an abbreviation or initial ("Mr.", "B.")
    /// rather than a full stop.
    pub fn is_abbreviation_dot(&self, i: usize) -> bool {
        if i == 0 || self.word(i) != "." || self.end(i - 1) != self.start(i) {
            return false;
        }
        let before = self.word(i - 1);
        ABBREVIATIONS.contains(&before)
            || before.chars().count() == 1 && before.chars().all(char::is_uppercase)
    }

    /// Whether a line break lies between tokens `a` and `b` (a before b).
    pub fn line_break_between(&self, a: usize, b: usize) -> bool {
        self.text
            .get(self.end(a)..self.start(b))
            .is_some_and(|gap| gap.contains('\n'))
    }
}

/// Calls `f` with `word` in lowercase, without allocating for an ASCII word of up to 32
/// bytes (the lexicons and word lists are asked at nearly every token).
pub fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    // Most words are in lowercase already: no copy at all.
    if is_plain_lowercase(word) {
        return f(word);
    }
    let mut buffer = [0u8; 32];
    if word.len() <= buffer.len() && word.is_ascii() {
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// Whether `word` is ASCII with no capital: its own lowercase form.
fn is_plain_lowercase(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Whether `holds` is true of `word` as written or in lowercase: one call for a word
/// already in lowercase (most), where asking again of the same text would be waste.
pub fn as_written_or_lowercase(word: &str, holds: impl Fn(&str) -> bool) -> bool {
    holds(word) || !is_plain_lowercase(word) && with_lowercase(word, holds)
}

/// Whether a word starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The word with its first letter in lowercase and the rest as written ("He" is "he",
/// "HE" is "hE"): the form a sentence-initial capital hides.
pub fn uncapitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Whether a token is a dash: "-", "--", "–", "—", "―" (`data/en/text.txt`, `## dashes`).
pub fn is_dash(word: &str) -> bool {
    crate::vocabulary::text::DASHES.contains(&word)
}

/// Whether every letter of a word is uppercase and it has at least two letters: the one
/// test of "written in capitals".
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

fn split_paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    // A line break is one byte, found by a search rather than by decoding each character.
    for (i, _) in text.match_indices('\n') {
        if !text[start..i].trim().is_empty() {
            paragraphs.push((start, i));
        }
        start = i + 1;
    }
    if !text[start..].trim().is_empty() {
        paragraphs.push((start, text.len()));
    }
    paragraphs
}

fn split_sentences(
    text: &str,
    tokens: &mut [Token],
    paragraphs: &[(usize, usize)],
) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut first = 0;
    for i in 0..tokens.len() {
        while paragraph + 1 < paragraphs.len() && tokens[i].start >= paragraphs[paragraph].1 {
            paragraph += 1;
        }
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            // The gap between two tokens is a byte or two: a loop, not a search call.
            Some(n)
                if text.as_bytes()[tokens[i].end..n.start]
                    .iter()
                    .any(|&b| b == b'\n') =>
            {
                true
            }
            Some(_) => ends_sentence(text, tokens, i),
        };
        tokens[i].sentence = sentences.len();
        if boundary {
            sentences.push(Sentence {
                first_token: first,
                end_token: i + 1,
                paragraph,
            });
            first = i + 1;
        }
    }
    sentences
}

/// Whether token `i` closes a sentence: a terminal mark (with any closing quotes or
/// brackets after it), followed by something that can start a sentence.
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let w = |j: usize| &text[tokens[j].start..tokens[j].end];
    let this = w(i);
    let next = i + 1;
    let (terminal_index, after) = if matches!(this, "." | "!" | "?" | "…") {
        (i, next)
    } else if (tokens[i].kind == TokenKind::Quote || this == ")")
        && i > 0
        && matches!(w(i - 1), "." | "!" | "?" | "…")
    {
        // A closing mark after the terminal: the sentence ends here only when the mark
        // really closes (is followed by space).
        if tokens.get(next).is_some_and(|n| n.start == tokens[i].end) {
            return false;
        }
        (i - 1, next)
    } else {
        return false;
    };
    let Some(following) = tokens.get(after) else {
        return true;
    };
    // A closing quote right after the terminal belongs to this sentence.
    if following.start == tokens[i].end && (following.kind == TokenKind::Quote || w(after) == ")") {
        return false;
    }
    let next_word = w(after);
    let starts_upper = next_word
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || following.kind == TokenKind::Quote
        || matches!(next_word, "(" | "[" | "—" | "-");
    if !starts_upper {
        return false;
    }
    if w(terminal_index) == "." && terminal_index > 0 {
        let before = &tokens[terminal_index - 1];
        if before.end == tokens[terminal_index].start {
            let prev = w(terminal_index - 1);
            if ABBREVIATIONS.contains(&prev) {
                return false;
            }
            // "J. Smith": a lone capital letter is an initial.
            if prev.chars().count() == 1 && prev.chars().all(|c| c.is_uppercase()) {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let d = Document::new(text);
        (0..d.tokens.len()).map(|i| d.word(i)).collect()
    }

    #[test]
    fn possessive_is_split_from_the_name() {
        assert_eq!(
            words("Lebanon’s Al Mayadeen"),
            ["Lebanon", "’s", "Al", "Mayadeen"]
        );
        assert_eq!(words("Trump's ally"), ["Trump", "'s", "ally"]);
    }

    #[test]
    fn abbreviations_and_hyphens_stay_whole() {
        assert_eq!(
            words("U.S. envoy al-Hayya, 3:30 p.m."),
            ["U.S.", "envoy", "al-Hayya", ",", "3:30", "p.m."]
        );
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_after_titles() {
        let d = Document::new("Mr. Smith left. He said “Go.” Then he went.\nNew line");
        assert_eq!(d.sentences.len(), 4);
        assert_eq!(d.paragraphs.len(), 2);
    }
}

//! Text and tokens: splits an article into tokens with byte offsets, sentences and
//! paragraphs. Every other module works on a [`Document`].
//!
//! Tokens follow news conventions: a possessive `'s`/`’s` is its own token (so it never
//! becomes part of a name), letter-dot abbreviations such as `U.S.` and `p.m.` stay
//! whole, hyphenated words such as `al-Hayya` and `son-in-law` are one token, and
//! every quotation mark is a token of its own.

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
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    /// Index of the sentence the token belongs to.
    pub sentence: usize,
}

/// A sentence as a range of token indices, plus its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub first_token: usize,
    pub end_token: usize,
    pub paragraph: usize,
}

/// The article split into tokens, sentences and paragraphs.
pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Byte ranges of the paragraphs (lines of text separated by line breaks).
    pub paragraphs: Vec<(usize, usize)>,
}

/// Whether `c` is a quotation mark (straight, curly, angle or low-9).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{2018}'..='\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' | '\u{301D}'..='\u{301F}' | '\u{FF02}'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt",
    "Sgt", "Prof", "Rev", "Hon", "Adm", "Maj", "Cmdr", "Insp", "Supt", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "Mt", "Ft", "Inc",
    "Corp", "Co", "Ltd", "approx", "est", "Ave", "Blvd", "Rd", "Gov", "Atty", "Pres", "Fig",
];

impl<'t> Document<'t> {
    /// Tokenizes `text` and splits it into sentences and paragraphs.
    pub fn new(text: &'t str) -> Self {
        let mut tokens = tokenize(text);
        let paragraphs = split_paragraphs(text);
        let sentences = split_sentences(text, &mut tokens, &paragraphs);
        Document { text, tokens, sentences, paragraphs }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
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
        let sentence = &self.sentences[self.tokens[i].sentence];
        (sentence.first_token..i).all(|j| {
            let t = &self.tokens[j];
            t.kind == TokenKind::Quote
                || (t.kind == TokenKind::Punct && matches!(self.word(j), "(" | "[" | "-" | "—" | "–" | "*" | "•"))
        })
    }

    /// Whether a line break lies between tokens `a` and `b` (a before b).
    pub fn line_break_between(&self, a: usize, b: usize) -> bool {
        self.text[self.tokens[a].end..self.tokens[b].start].contains('\n')
    }
}

/// Whether a word starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether every letter of a word is uppercase and it has at least two letters.
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

fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::with_capacity(chars.len() / 5);
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c.is_whitespace() || c.is_control() {
            k += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let kind = if c.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word };
            let mut j = k + 1;
            while j < chars.len() {
                let ch = chars[j].1;
                let next = chars.get(j + 1).map(|&(_, n)| n);
                if ch.is_alphanumeric() {
                    j += 1;
                } else if (ch == '-' || ch == '\u{2011}') && next.is_some_and(|n| n.is_alphanumeric()) {
                    j += 1;
                } else if kind == TokenKind::Number
                    && matches!(ch, ',' | '.' | ':' | '/')
                    && next.is_some_and(|n| n.is_ascii_digit())
                {
                    j += 1;
                } else if kind == TokenKind::Word
                    && is_apostrophe(ch)
                    && next.is_some_and(|n| n.is_alphabetic())
                    && !is_possessive_at(&chars, j)
                {
                    j += 1;
                } else if kind == TokenKind::Word && ch == '.' && is_letter_dot_abbreviation(&chars, k, j) {
                    // "U.S." and "p.m.": take every "x." pair.
                    j += 1;
                    while j + 1 < chars.len() && chars[j].1.is_alphabetic() && chars[j + 1].1 == '.' {
                        j += 2;
                    }
                    break;
                } else {
                    break;
                }
            }
            tokens.push(Token { kind, start, end: end_of(j), sentence: 0 });
            k = j;
            continue;
        }
        if is_apostrophe(c) && is_possessive_at(&chars, k) {
            let j = k + 2;
            tokens.push(Token { kind: TokenKind::Word, start, end: end_of(j), sentence: 0 });
            k = j;
            continue;
        }
        let kind = if is_quote_mark(c) { TokenKind::Quote } else { TokenKind::Punct };
        tokens.push(Token { kind, start, end: end_of(k + 1), sentence: 0 });
        k += 1;
    }
    tokens
}

/// `'s` after a letter and before a non-letter: a possessive (or "is") clitic.
fn is_possessive_at(chars: &[(usize, char)], k: usize) -> bool {
    k > 0
        && chars[k - 1].1.is_alphanumeric()
        && chars.get(k + 1).is_some_and(|&(_, c)| c == 's' || c == 'S')
        && chars.get(k + 2).is_none_or(|&(_, c)| !c.is_alphanumeric())
}

/// A token that so far is a single letter, followed by '.', then a letter and '.'
/// ("U.S.", "a.m.") — or a single letter followed by '.' inside such a chain.
fn is_letter_dot_abbreviation(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    dot == start + 1
        && chars.get(dot + 1).is_some_and(|&(_, c)| c.is_alphabetic())
        && chars.get(dot + 2).is_some_and(|&(_, c)| c == '.')
}

fn split_paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            if !text[start..i].trim().is_empty() {
                paragraphs.push((start, i));
            }
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        paragraphs.push((start, text.len()));
    }
    paragraphs
}

fn split_sentences(text: &str, tokens: &mut [Token], paragraphs: &[(usize, usize)]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut first = 0;
    let word = |t: &Token| &text[t.start..t.end];
    for i in 0..tokens.len() {
        while paragraph + 1 < paragraphs.len() && tokens[i].start >= paragraphs[paragraph].1 {
            paragraph += 1;
        }
        let next = tokens.get(i + 1);
        let boundary = match next {
            None => true,
            Some(n) if text[tokens[i].end..n.start].contains('\n') => true,
            Some(_) => ends_sentence(text, tokens, i),
        };
        tokens[i].sentence = sentences.len();
        if boundary {
            sentences.push(Sentence { first_token: first, end_token: i + 1, paragraph });
            first = i + 1;
        }
        let _ = word;
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
    } else if (tokens[i].kind == TokenKind::Quote || this == ")") && i > 0 && matches!(w(i - 1), "." | "!" | "?" | "…") {
        // A closing mark after the terminal: the sentence ends here only when the mark
        // really closes (is followed by space).
        if tokens.get(next).is_some_and(|n| n.start == tokens[i].end) {
            return false;
        }
        (i - 1, next)
    } else {
        return false;
    };
    let Some(following) = tokens.get(after) else { return true };
    // A closing quote right after the terminal belongs to this sentence.
    if following.start == tokens[i].end && (following.kind == TokenKind::Quote || w(after) == ")") {
        return false;
    }
    let next_word = w(after);
    let starts_upper = next_word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
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
        assert_eq!(words("Lebanon’s Al Mayadeen"), ["Lebanon", "’s", "Al", "Mayadeen"]);
        assert_eq!(words("Trump's ally"), ["Trump", "'s", "ally"]);
    }

    #[test]
    fn abbreviations_and_hyphens_stay_whole() {
        assert_eq!(words("U.S. envoy al-Hayya, 3:30 p.m."), ["U.S.", "envoy", "al-Hayya", ",", "3:30", "p.m."]);
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_after_titles() {
        let d = Document::new("Mr. Smith left. He said “Go.” Then he went.\nNew line");
        assert_eq!(d.sentences.len(), 4);
        assert_eq!(d.paragraphs.len(), 2);
    }
}

//! Page furniture: the lines a news site wraps around an article when it is copied from
//! the page. Bylines ("By Jane Okafor and Lee Jae-hoon"), credits ("Reporting by Jeff
//! Mason in Washington; Editing by Heather Timmons"), photo credits ("REUTERS/Aly
//! Song/File Photo", "Photo: Kim Hong-Ji/AP", "FILE PHOTO:"), update stamps ("Updated
//! 3:45 PM EST, Tue September 10, 2024"), copyright notices and share lines ("Share this
//! article").
//!
//! The people named in furniture are persons and the places after "in" are places; the
//! furniture's own words name nothing, and nobody in it speaks in the article.

mod words;

use super::{is_dash, Document, TokenKind};
pub use words::is_name_particle;
use words::words;

/// What a piece of furniture is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FurnitureKind {
    /// "By NAME and NAME", a line of its own.
    Byline,
    /// "Reporting by NAME; Editing by NAME", "Contributing: NAME", "Associated Press
    /// writer NAME contributed to this report."
    Credits,
    /// "REUTERS/NAME", "NAME/AP", "Photo: NAME/Getty Images", "FILE PHOTO:".
    PhotoCredit,
    /// "Updated 3:45 PM EST, Tue September 10, 2024", "© 2024 Reuters".
    Stamp,
    /// "Share this article", "Facebook Twitter Email", "Advertisement".
    Share,
}

/// One piece of furniture: a token range, and the names in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Furniture {
    /// What it is.
    pub kind: FurnitureKind,
    /// Its first token.
    pub first_token: usize,
    /// Just past its last token.
    pub end_token: usize,
    /// The people it names, as token ranges.
    pub persons: Vec<(usize, usize)>,
    /// The places it names ("in Washington"), as token ranges.
    pub places: Vec<(usize, usize)>,
}

/// The pieces of furniture of a document, in text order.
pub(crate) fn find(doc: &Document) -> Vec<Furniture> {
    let mut found = Vec::new();
    // Lines (paragraphs) as token ranges, from the sentences, which know their paragraph.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut last_paragraph = usize::MAX;
    for sentence in doc.sentences() {
        match lines.last_mut() {
            Some(line) if sentence.paragraph == last_paragraph => line.1 = sentence.end_token,
            _ => lines.push((sentence.first_token, sentence.end_token)),
        }
        last_paragraph = sentence.paragraph;
    }
    for (first, last) in lines {
        if first >= last {
            continue;
        }
        let line = Line {
            doc,
            first,
            end: last,
        };
        // Most lines open with a word no furniture opens with, hold no slash and do not end
        // in "contributed to this report.".
        let opening = (first..last.min(first + 2)).any(|i| words().could_open(doc.word(i)));
        let slash = doc.text[doc.start(first)..doc.end(last - 1)].contains('/');
        let reported = (last.saturating_sub(3)..last).any(|i| {
            matches!(
                doc.word(i),
                "report" | "reporting" | "story" | "article" | "research"
            )
        });
        if !opening && !slash && !reported {
            continue;
        }
        if let Some(f) = line
            .byline()
            .or_else(|| line.credits())
            .or_else(|| line.stamp())
            .or_else(|| line.share())
        {
            found.push(f);
            continue;
        }
        // A credit has a slash or opens with "FILE": most lines have neither.
        if slash || opening {
            found.extend(line.photo_credits());
        }
    }
    found
}

/// One line (paragraph) of the document, as a token range.
struct Line<'d, 't> {
    doc: &'d Document<'t>,
    first: usize,
    end: usize,
}

/// Longest lines furniture is looked for in, in tokens: longer lines are prose.
const MAX_LINE_TOKENS: usize = 80;

impl Line<'_, '_> {
    fn word(&self, i: usize) -> &str {
        if i < self.end {
            self.doc.word(i)
        } else {
            ""
        }
    }

    fn furniture(&self, kind: FurnitureKind, first: usize, end: usize) -> Furniture {
        Furniture {
            kind,
            first_token: first,
            end_token: end,
            persons: vec![],
            places: vec![],
        }
    }

    fn is_capitalized_word(&self, i: usize) -> bool {
        i < self.end
            && self.doc.is_kind(i, TokenKind::Word)
            && self.doc.word(i).starts_with(char::is_uppercase)
    }

    /// The end of a person's name starting at token `i`: capitalized words, initials
    /// ("J."), particles inside ("von der"), a suffix ("Jr."), at most six words.
    fn name_end(&self, i: usize) -> Option<usize> {
        let mut k = i;
        let mut name_words = 0;
        let mut last_capitalized = None;
        while k < self.end && name_words < 6 {
            let word = self.word(k);
            if is_name_particle(word) && name_words > 0 {
                // "von der Leyen": particles, then a capitalized word.
                let mut next = k + 1;
                while is_name_particle(self.word(next)) && next - k < 3 {
                    next += 1;
                }
                if !self.is_capitalized_word(next) {
                    break;
                }
                name_words += next - k;
                k = next;
                continue;
            }
            if !self.is_capitalized_word(k) || is_agency_word(word) {
                break;
            }
            if words().credit_roles.contains_lowercase(word) && self.word(k + 1) == "by" {
                break;
            }
            name_words += 1;
            k += 1;
            // An initial and its full stop.
            if word.chars().count() == 1 && self.word(k) == "." {
                k += 1;
            } else if words().name_suffixes.contains(word) && self.word(k) == "." {
                k += 1;
            }
            last_capitalized = Some(k);
        }
        let end = last_capitalized?;
        let only_agency = (i..end).all(|j| is_agency_word(self.word(j)) || self.word(j) == ".");
        (!only_agency).then_some(end)
    }

    /// Names separated by commas, "and" or "&" from token `i`: the names and where the list
    /// ends.
    fn names_from(&self, mut i: usize) -> (Vec<(usize, usize)>, usize) {
        let mut names = Vec::new();
        while let Some(end) = self.name_end(i) {
            names.push((i, end));
            i = end;
            let separator = |k: usize| matches!(self.word(k), "," | "and" | "&" | "AND");
            if separator(i) && self.name_end(i + 1).is_some() {
                i += 1;
            } else if self.word(i) == "," && self.word(i + 1) == "and" {
                i += 2;
            } else {
                break;
            }
        }
        (names, i)
    }

    /// Places after "in" at token `i` ("in Washington", "in Wilmington, Delaware"); the
    /// places and where they end.
    fn places_from(&self, i: usize) -> (Vec<(usize, usize)>, usize) {
        if self.word(i) != "in" {
            return (vec![], i);
        }
        let mut places = Vec::new();
        let mut k = i + 1;
        loop {
            let start = k;
            while self.is_capitalized_word(k) && k - start < 4 {
                k += 1;
            }
            if k == start {
                break;
            }
            places.push((start, k));
            if self.word(k) == "," && self.is_capitalized_word(k + 1) {
                k += 1;
            } else {
                break;
            }
        }
        if places.is_empty() {
            (places, i)
        } else {
            (places, k)
        }
    }

    /// A line that is only a byline: "By NAME", "By NAME and NAME, Agency".
    fn byline(&self) -> Option<Furniture> {
        if self.end - self.first > MAX_LINE_TOKENS / 2 {
            return None;
        }
        let mut i = self.first;
        if self.doc.is_kind(i, TokenKind::Punct) && (is_dash(self.word(i)) || self.word(i) == "*") {
            i += 1;
        }
        let opener = words()
            .byline_openers
            .iter()
            .find(|opener| self.text_is(i, opener))
            .map(|opener| i + opener.split(' ').count())?;
        let (persons, mut end) = self.names_from(opener);
        if persons.is_empty() {
            return None;
        }
        let (places, after) = self.places_from(end);
        end = after;
        // What may follow: the agency or the author's role, an update stamp after "|".
        let tail_word = |k: usize| {
            !self.doc.is_kind(k, TokenKind::Word)
                || self.is_capitalized_word(k)
                || words().byline_tail_words.contains(self.word(k))
        };
        let rest_ok = end == self.end
            || (matches!(self.word(end), "," | "|" | "·" | "/" | "(" | ":")
                || is_dash(self.word(end)))
                && self.end - end <= 16
                && (end..self.end).all(tail_word);
        rest_ok.then(|| Furniture {
            persons,
            places,
            ..self.furniture(FurnitureKind::Byline, self.first, self.end)
        })
    }

    /// A line of credits: "(Reporting by NAME in PLACE; Editing by NAME and NAME)",
    /// "Contributing: NAME, NAME", "Associated Press writer NAME contributed to this report."
    fn credits(&self) -> Option<Furniture> {
        if self.end - self.first > MAX_LINE_TOKENS {
            return None;
        }
        let mut credits = self.furniture(FurnitureKind::Credits, self.first, self.end);
        let mut i = self.first;
        while matches!(self.word(i), "(" | "[") || is_dash(self.word(i)) {
            i += 1;
        }
        let mut segments = 0;
        loop {
            // A role ending in "by", or a contributors' opener and a colon.
            let mut k = i;
            while k < self.end && k - i < 4 && words().credit_roles.contains_lowercase(self.word(k))
            {
                k += 1;
            }
            let opened = if k > i && self.word(k) == "by" {
                Some(k + 1)
            } else {
                words()
                    .contributor_openers
                    .iter()
                    .any(|o| self.text_is(i, o))
                    .then(|| {
                        let words = self.first_word_count(i);
                        (self.word(i + words) == ":").then_some(i + words + 1)
                    })
                    .flatten()
            };
            let Some(names_start) = opened else {
                break;
            };
            let segment_start = i;
            loop {
                let (names, end) = self.names_from(names_start.max(i));
                if names.is_empty() {
                    break;
                }
                credits.persons.extend(names);
                let (places, end) = self.places_from(end);
                credits.places.extend(places);
                i = end;
                // "NAME in Washington and NAME in Wilmington"
                if matches!(self.word(i), "and" | ",") && self.name_end(i + 1).is_some() {
                    i += 1;
                    continue;
                }
                break;
            }
            if i == segment_start {
                // A role with no name after it ("Editing by" at the end of a text): no
                // credits, and nothing left to read.
                break;
            }
            segments += 1;
            if matches!(self.word(i), ";" | "," | "." | "|") {
                i += 1;
            }
            if i >= self.end || matches!(self.word(i), ")" | "]") {
                break;
            }
        }
        // What may close the credits: brackets and stops, or the outlet ("USA TODAY").
        let closes = |i: usize| {
            let closing = |k: usize| matches!(self.word(k), ")" | "]" | "." | ";" | "," | "|");
            (i..self.end).all(closing)
                || self.end - i <= 5
                    && (i..self.end).all(|k| closing(k) || self.is_capitalized_word(k))
        };
        if segments > 0 && !credits.persons.is_empty() && closes(i) {
            return Some(credits);
        }
        self.contributed_to_report()
    }

    /// "Associated Press writers NAME in PLACE and NAME contributed to this report."
    fn contributed_to_report(&self) -> Option<Furniture> {
        let contributed = (self.first..self.end).find(|&k| {
            matches!(self.word(k), "contributed" | "contributes")
                && matches!(self.word(k + 1), "to" | "reporting" | "research" | "this")
        })?;
        let mut credits = self.furniture(FurnitureKind::Credits, self.first, self.end);
        let mut k = self.first;
        while k < contributed {
            if words().contributor_nouns.contains(self.word(k)) {
                let (names, mut end) = self.names_from(k + 1);
                loop {
                    let (places, after) = self.places_from(end);
                    credits.places.extend(places);
                    end = after;
                    if matches!(self.word(end), "and" | ",") && self.name_end(end + 1).is_some() {
                        let (more, after) = self.names_from(end + 1);
                        credits.persons.extend(more);
                        end = after;
                    } else {
                        break;
                    }
                }
                credits.persons.extend(names);
                k = end.max(k + 1);
            } else {
                k += 1;
            }
        }
        credits.persons.sort();
        (!credits.persons.is_empty() && contributed - self.first <= 40).then_some(credits)
    }

    /// An update stamp or copyright line: "Updated 3:45 PM EST, Tue September 10, 2024",
    /// "Published 10 hours ago", "© 2024 Reuters".
    fn stamp(&self) -> Option<Furniture> {
        if self.end - self.first > 24 {
            return None;
        }
        let first = self.word(self.first);
        let is = |word: &str, one_of: &[&str]| one_of.iter().any(|w| w.eq_ignore_ascii_case(word));
        // "Last updated", "First published": those openers need their verb.
        let needs_verb = is(first, &["last", "first", "originally"]);
        let opens = first == "©"
            || words().stamp_openers.contains_lowercase(first)
                && (!needs_verb
                    || is(
                        self.word(self.first + 1),
                        &["updated", "published", "modified"],
                    ));
        if !opens {
            return None;
        }
        let dated = (self.first..self.end).any(|k| self.doc.is_kind(k, TokenKind::Number))
            || (self.first..self.end).any(|k| self.word(k) == "ago");
        let capital =
            self.word(self.first).starts_with(char::is_uppercase) || self.word(self.first) == "©";
        let stamp_words = (self.first + 1..self.end).all(|k| {
            !self.doc.is_kind(k, TokenKind::Word)
                || self.is_capitalized_word(k)
                || words().stamp_words.contains(self.word(k))
        });
        (opens && dated && capital && stamp_words)
            .then(|| self.furniture(FurnitureKind::Stamp, self.first, self.end))
    }

    /// A line of share buttons and page labels: "Share this article", "Facebook Twitter
    /// Email", "Advertisement", "Listen 3 min".
    fn share(&self) -> Option<Furniture> {
        if self.end - self.first > 16 {
            return None;
        }
        let mut key = false;
        for k in self.first..self.end {
            match self.doc.kind(k) {
                Some(TokenKind::Word) => {
                    if !words().share_words.contains_lowercase(self.word(k)) {
                        return None;
                    }
                    key |= words().share_keys.contains_lowercase(self.word(k));
                }
                Some(TokenKind::Number | TokenKind::Punct) => {}
                _ => return None,
            }
        }
        key.then(|| self.furniture(FurnitureKind::Share, self.first, self.end))
    }

    /// Photo credits inside a line: "REUTERS/Aly Song/File Photo", "Kim Hong-Ji/AP",
    /// "(Photo by Chip Somodevilla/Getty Images)", "FILE PHOTO:" at its start.
    fn photo_credits(&self) -> Vec<Furniture> {
        let mut found: Vec<Furniture> = Vec::new();
        if self.end - self.first > 4 * MAX_LINE_TOKENS {
            return found;
        }
        // "FILE PHOTO:", "FILE -" (AP): the caption that follows is content.
        let file = self.first;
        let file_words = if matches!(self.word(file), "FILE" | "File")
            && matches!(self.word(file + 1), "PHOTO" | "photo" | "Photo")
        {
            2
        } else if self.word(file) == "FILE" {
            1
        } else {
            0
        };
        if file_words > 0
            && (self.word(file + file_words) == ":" || is_dash(self.word(file + file_words)))
        {
            found.push(self.furniture(FurnitureKind::PhotoCredit, file, file + file_words + 1));
        }
        let mut k = self.first;
        while k < self.end {
            if self.word(k) != "/" || !self.joined(k) {
                k += 1;
                continue;
            }
            let agency_before = self.agency_run_before(k);
            let agency_after = self.agency_run_after(k + 1);
            let credit = if let Some(start) = agency_before {
                // AGENCY/NAME(/File Photo)
                self.name_end(k + 1)
                    .map(|end| (start, vec![(k + 1, end)], end))
            } else if let Some(end) = agency_after {
                // NAME/AGENCY
                self.name_start_before(k)
                    .map(|start| (start, vec![(start, k)], end))
            } else {
                None
            };
            let Some((mut start, persons, mut end)) = credit else {
                k += 1;
                continue;
            };
            // "/File Photo", "/Pool", "/AFP via Getty Images" after it.
            while self.word(end) == "/" && self.joined(end) {
                match self.agency_run_after(end + 1) {
                    Some(after) => end = after,
                    None => break,
                }
            }
            // "Photo: …", "(Photo by …)"
            if start >= self.first + 2
                && words().photo_openers.contains(self.word(start - 2))
                && matches!(self.word(start - 1), ":" | "by")
            {
                start -= 2;
            }
            if start > self.first && self.word(start - 1) == "(" && self.word(end) == ")" {
                start -= 1;
                end += 1;
            }
            found.push(Furniture {
                persons,
                ..self.furniture(FurnitureKind::PhotoCredit, start, end)
            });
            k = end;
        }
        found
    }

    /// Whether the slash at `k` touches the words on both sides ("REUTERS/Aly").
    fn joined(&self, k: usize) -> bool {
        k > self.first
            && self.doc.end(k - 1) == self.doc.start(k)
            && self.doc.end(k) == self.doc.start(k + 1)
    }

    /// The start of a run of agency words ending just before token `k` ("AP Photo",
    /// "REUTERS"), if it holds an agency.
    fn agency_run_before(&self, k: usize) -> Option<usize> {
        let mut start = k;
        while start > self.first && is_agency_word(self.word(start - 1)) && k - start < 4 {
            start -= 1;
        }
        (start..k)
            .any(|j| words().agencies.contains(self.word(j)))
            .then_some(start)
    }

    /// The end of a run of agency words starting at token `k` ("Getty Images", "AFP via
    /// Getty Images", "File Photo"), if it holds an agency or is a file mark.
    fn agency_run_after(&self, k: usize) -> Option<usize> {
        let mut end = k;
        while end < self.end && is_agency_word(self.word(end)) && end - k < 5 {
            end += 1;
        }
        let file = (k..end).any(|j| matches!(self.word(j), "File" | "FILE"));
        ((k..end).any(|j| words().agencies.contains(self.word(j))) || file).then_some(end)
    }

    /// The start of a person's name that ends just before token `k` ("Kim Hong-Ji" before
    /// "/AP"), at most four words back.
    fn name_start_before(&self, k: usize) -> Option<usize> {
        let mut start = k;
        while start > self.first && k - start < 4 {
            let word = self.word(start - 1);
            let initial = word == "." && start >= 2 && self.word(start - 2).chars().count() == 1;
            if self.is_capitalized_word(start - 1)
                && !words().photo_openers.contains(word)
                && !is_agency_word(word)
                || initial
                || is_name_particle(word) && start < k
            {
                start -= 1;
            } else {
                break;
            }
        }
        while start < k && is_name_particle(self.word(start)) {
            start += 1;
        }
        (start < k && self.name_end(start) == Some(k)).then_some(start)
    }

    /// Whether the words from token `i` are `phrase` (words separated by spaces).
    fn text_is(&self, i: usize, phrase: &str) -> bool {
        // Most lines fail at the first word: test it before splitting the phrase.
        phrase.starts_with(self.word(i))
            && !self.word(i).is_empty()
            && phrase
                .split(' ')
                .enumerate()
                .all(|(k, w)| self.word(i + k) == w)
    }

    /// How many words the contributors' opener at token `i` has.
    fn first_word_count(&self, i: usize) -> usize {
        words()
            .contributor_openers
            .iter()
            .filter(|o| self.text_is(i, o))
            .map(|o| o.split(' ').count())
            .max()
            .unwrap_or(1)
    }
}

/// Whether `word` is a word of a news agency's or picture service's credit.
fn is_agency_word(word: &str) -> bool {
    words().agency_words.contains(word)
}

#[cfg(test)]
mod tests;

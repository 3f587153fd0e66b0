//! Page furniture: the lines a news site wraps around an article when it is copied from
//! the page. Bylines ("By Jane Okafor and Lee Jae-hoon"), credits ("Reporting by Jeff
//! Mason in Washington; Editing by Heather Timmons"), photo credits ("REUTERS/Aly
//! Song/File Photo", "Photo: Kim Hong-Ji/AP", "FILE PHOTO:"), update stamps ("Updated
//! 3:45 PM EST, Tue September 10, 2024"), copyright notices and share lines ("Share this
//! article").
//!
//! The people named in furniture are persons and the places after "in" are places; the
//! furniture's own words name nothing, and nobody in it speaks in the article.

use super::{Document, TokenKind};

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

/// Words that open a byline.
const BYLINE_OPENERS: &[&str] = &["By", "BY", "by", "Words by", "Story by", "Written by"];

/// Small words of what may follow a byline's names ("Reuters staff writer", "Updated 2
/// hours ago").
const BYLINE_TAIL_WORDS: &[&str] = &[
    "staff",
    "writer",
    "writers",
    "reporter",
    "correspondent",
    "editor",
    "senior",
    "chief",
    "political",
    "news",
    "and",
    "for",
    "the",
    "of",
    "at",
    "in",
    "contributor",
    "updated",
    "published",
    "min",
    "read",
    "ago",
    "hours",
    "hour",
    "minutes",
    "on",
    "am",
    "pm",
    "a.m.",
    "p.m.",
];

/// Small words an update stamp may hold besides its date ("Updated 2 hours ago").
const STAMP_WORDS: &[&str] = &[
    "at",
    "on",
    "ago",
    "hours",
    "hour",
    "hrs",
    "minutes",
    "minute",
    "mins",
    "min",
    "days",
    "day",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "and",
    "by",
    "updated",
    "published",
    "read",
    "all",
    "rights",
    "reserved",
    "the",
    "of",
    "this",
    "material",
    "may",
    "not",
    "be",
    "broadcast",
    "rewritten",
    "or",
    "redistributed",
];

/// Words that, followed by "by", open a credit ("Additional reporting by").
const CREDIT_ROLES: &[&str] = &[
    "reporting",
    "additional",
    "writing",
    "editing",
    "compiled",
    "produced",
    "research",
    "graphics",
    "translated",
    "translation",
    "photography",
    "photos",
    "video",
    "reported",
    "written",
    "edited",
    "fact-checked",
    "data",
    "design",
    "illustration",
    "and",
    "further",
    "sub-editing",
    "interviews",
    "production",
];

/// Words that, followed by a colon, open a list of contributors ("Contributing: NAME").
const CONTRIBUTOR_OPENERS: &[&str] = &[
    "Contributing",
    "Contributors",
    "Contributor",
    "Additional contributors",
];

/// Words of the "… writer NAME contributed to this report" credit (AP, Bloomberg).
const CONTRIBUTOR_NOUNS: &[&str] = &[
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "journalist",
    "journalists",
    "photographer",
    "photographers",
    "producer",
    "producers",
];

/// Words of news agencies and picture services, as photo credits write them.
const AGENCY_WORDS: &[&str] = &[
    "REUTERS",
    "Reuters",
    "AP",
    "AFP",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Getty",
    "GETTY",
    "Images",
    "IMAGES",
    "Bloomberg",
    "Xinhua",
    "XINHUA",
    "Anadolu",
    "Agency",
    "Kyodo",
    "KYODO",
    "Yonhap",
    "YONHAP",
    "TASS",
    "Sputnik",
    "dpa",
    "DPA",
    "ANSA",
    "PA",
    "Wire",
    "Shutterstock",
    "Alamy",
    "NurPhoto",
    "SOPA",
    "LightRocket",
    "Sipa",
    "SIPA",
    "USA",
    "Pool",
    "POOL",
    "Redux",
    "Handout",
    "HANDOUT",
    "ZUMA",
    "Zuma",
    "Press",
    "Imago",
    "IMAGO",
    "Abaca",
    "WireImage",
    "Corbis",
    "iStock",
    "Unsplash",
    "Photo",
    "PHOTO",
    "Photos",
    "Pictures",
    "via",
    "VIA",
    "Courtesy",
    "File",
    "FILE",
    "Associated",
    "Press",
    "AAP",
    "CP",
    "ABC",
    "CNN",
    "BBC",
    "NYT",
    "Bloomberg",
    "Contributor",
];

/// The agency words that are agencies by themselves (a run of agency words needs one).
const AGENCIES: &[&str] = &[
    "REUTERS",
    "Reuters",
    "AP",
    "AFP",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Getty",
    "GETTY",
    "Bloomberg",
    "Xinhua",
    "XINHUA",
    "Anadolu",
    "Kyodo",
    "KYODO",
    "Yonhap",
    "YONHAP",
    "TASS",
    "Sputnik",
    "dpa",
    "DPA",
    "ANSA",
    "PA",
    "Shutterstock",
    "Alamy",
    "NurPhoto",
    "SOPA",
    "Sipa",
    "SIPA",
    "Pool",
    "POOL",
    "Redux",
    "Handout",
    "HANDOUT",
    "ZUMA",
    "Zuma",
    "Imago",
    "IMAGO",
    "Abaca",
    "WireImage",
    "Corbis",
    "iStock",
    "Unsplash",
    "Courtesy",
    "AAP",
    "CP",
    "NYT",
];

/// Words that open a photo credit before a colon ("Photo: NAME/AP") or "by".
const PHOTO_OPENERS: &[&str] = &[
    "Photo",
    "PHOTO",
    "Photograph",
    "Photographer",
    "Image",
    "Picture",
    "Credit",
    "Photos",
    "Pictured",
    "Illustration",
];

/// First words of update stamps, in lowercase ("Updated", "Last updated", "Published").
const STAMP_OPENERS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "last",
    "first",
    "originally",
    "copyright",
];

/// Words a share line is made of, in lowercase; a line of these alone is furniture.
const SHARE_WORDS: &[&str] = &[
    "share",
    "this",
    "article",
    "story",
    "on",
    "via",
    "tweet",
    "email",
    "e-mail",
    "print",
    "copy",
    "link",
    "copied",
    "save",
    "comments",
    "comment",
    "listen",
    "to",
    "read",
    "more",
    "advertisement",
    "skip",
    "subscribe",
    "sign",
    "up",
    "follow",
    "us",
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "telegram",
    "flipboard",
    "messenger",
    "opens",
    "new",
    "tab",
    "window",
    "min",
    "mins",
    "minute",
    "minutes",
    "audio",
    "gift",
    "bookmark",
    "our",
    "standards",
    "the",
    "thomson",
    "reuters",
    "trust",
    "principles",
    "add",
    "topic",
    "sections",
    "show",
    "hide",
    "caption",
    "toggle",
    "expand",
    "enlarge",
    "image",
    "photo",
    "video",
    "full",
    "screen",
];

/// The share words that make a line of share words furniture (not "read more on this").
const SHARE_KEYS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "e-mail",
    "print",
    "advertisement",
    "subscribe",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "copy",
    "principles",
    "listen",
    "bookmark",
    "caption",
    "toggle",
    "enlarge",
];

/// Particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
pub const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "dos", "das", "du", "del", "della", "la", "le",
    "bin", "ibn", "binti", "bint", "al", "el", "abu", "ben", "ter", "zu", "y", "e", "St.",
];

/// What follows a name and is part of it ("Jr.", "III").
const NAME_SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV", "JR", "SR"];

/// The pieces of furniture of a document, in text order.
pub(crate) fn find(doc: &Document) -> Vec<Furniture> {
    let mut found = Vec::new();
    for p in 0..doc.paragraph_count() {
        let (first, last) = doc.paragraph_tokens(p);
        if first >= last {
            continue;
        }
        let line = Line {
            doc,
            first,
            end: last,
        };
        if let Some(f) = line
            .byline()
            .or_else(|| line.credits())
            .or_else(|| line.stamp())
            .or_else(|| line.share())
        {
            found.push(f);
            continue;
        }
        found.extend(line.photo_credits());
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
        let mut words = 0;
        let mut last_capitalized = None;
        while k < self.end && words < 6 {
            let word = self.word(k);
            if NAME_PARTICLES.contains(&word) && words > 0 {
                // "von der Leyen": particles, then a capitalized word.
                let mut next = k + 1;
                while NAME_PARTICLES.contains(&self.word(next)) && next - k < 3 {
                    next += 1;
                }
                if !self.is_capitalized_word(next) {
                    break;
                }
                words += next - k;
                k = next;
                continue;
            }
            if !self.is_capitalized_word(k) || is_agency_word(word) {
                break;
            }
            if CREDIT_ROLES.contains(&word.to_lowercase().as_str()) && self.word(k + 1) == "by" {
                break;
            }
            words += 1;
            k += 1;
            // An initial and its full stop.
            if word.chars().count() == 1 && self.word(k) == "." {
                k += 1;
            } else if NAME_SUFFIXES.contains(&word) && self.word(k) == "." {
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
        if self.doc.is_kind(i, TokenKind::Punct) && matches!(self.word(i), "-" | "—" | "–" | "*")
        {
            i += 1;
        }
        let opener = BYLINE_OPENERS.iter().find_map(|opener| {
            let words: Vec<&str> = opener.split(' ').collect();
            words
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == *w)
                .then_some(i + words.len())
        })?;
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
                || BYLINE_TAIL_WORDS.contains(&self.word(k))
        };
        let rest_ok = end == self.end
            || matches!(
                self.word(end),
                "," | "|" | "-" | "—" | "–" | "·" | "/" | "(" | ":"
            ) && self.end - end <= 16
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
        while matches!(self.word(i), "(" | "[" | "-" | "—" | "–") {
            i += 1;
        }
        let mut segments = 0;
        loop {
            // A role ending in "by", or a contributors' opener and a colon.
            let mut k = i;
            while k < self.end && k - i < 4 && CREDIT_ROLES.contains(&self.lower(k).as_str()) {
                k += 1;
            }
            let opened = if k > i && self.word(k) == "by" {
                Some(k + 1)
            } else {
                CONTRIBUTOR_OPENERS
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
            if CONTRIBUTOR_NOUNS.contains(&self.word(k)) {
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
        let first = self.lower(self.first);
        let opens = self.word(self.first) == "©"
            || STAMP_OPENERS.contains(&first.as_str())
                && (first != "last" && first != "first" && first != "originally"
                    || matches!(
                        self.lower(self.first + 1).as_str(),
                        "updated" | "published" | "modified"
                    ));
        let dated = (self.first..self.end).any(|k| self.doc.is_kind(k, TokenKind::Number))
            || (self.first..self.end).any(|k| self.word(k) == "ago");
        let capital =
            self.word(self.first).starts_with(char::is_uppercase) || self.word(self.first) == "©";
        let stamp_words = (self.first + 1..self.end).all(|k| {
            !self.doc.is_kind(k, TokenKind::Word)
                || self.is_capitalized_word(k)
                || STAMP_WORDS.contains(&self.word(k))
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
                    let lower = self.lower(k);
                    if !SHARE_WORDS.contains(&lower.as_str()) {
                        return None;
                    }
                    key |= SHARE_KEYS.contains(&lower.as_str());
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
        if file_words > 0 && matches!(self.word(file + file_words), ":" | "-" | "—" | "–") {
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
                && PHOTO_OPENERS.contains(&self.word(start - 2))
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
            .any(|j| AGENCIES.contains(&self.word(j)))
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
        ((k..end).any(|j| AGENCIES.contains(&self.word(j))) || file).then_some(end)
    }

    /// The start of a person's name that ends just before token `k` ("Kim Hong-Ji" before
    /// "/AP"), at most four words back.
    fn name_start_before(&self, k: usize) -> Option<usize> {
        let mut start = k;
        while start > self.first && k - start < 4 {
            let word = self.word(start - 1);
            let initial = word == "." && start >= 2 && self.word(start - 2).chars().count() == 1;
            if self.is_capitalized_word(start - 1)
                && !PHOTO_OPENERS.contains(&word)
                && !is_agency_word(word)
                || initial
                || NAME_PARTICLES.contains(&word) && start < k
            {
                start -= 1;
            } else {
                break;
            }
        }
        while start < k && NAME_PARTICLES.contains(&self.word(start)) {
            start += 1;
        }
        (start < k && self.name_end(start) == Some(k)).then_some(start)
    }

    /// Token `i` in lowercase.
    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Whether the words from token `i` are `phrase` (words separated by spaces).
    fn text_is(&self, i: usize, phrase: &str) -> bool {
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, w)| self.word(i + k) == w)
    }

    /// How many words the contributors' opener at token `i` has.
    fn first_word_count(&self, i: usize) -> usize {
        CONTRIBUTOR_OPENERS
            .iter()
            .filter(|o| self.text_is(i, o))
            .map(|o| o.split(' ').count())
            .max()
            .unwrap_or(1)
    }
}

/// Whether `word` is a word of a news agency's or picture service's credit.
fn is_agency_word(word: &str) -> bool {
    AGENCY_WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(text: &str) -> Vec<(FurnitureKind, String, Vec<String>, Vec<String>)> {
        let doc = Document::new(text);
        let words = |(a, b): (usize, usize)| doc.text_of(a, b).to_string();
        doc.furniture()
            .iter()
            .map(|f| {
                (
                    f.kind,
                    doc.text_of(f.first_token, f.end_token).to_string(),
                    f.persons.iter().copied().map(words).collect(),
                    f.places.iter().copied().map(words).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn bylines_name_their_authors() {
        let found = furniture("Headline Here\nBy Jane Okafor and Lee Jae-hoon\nText follows.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, FurnitureKind::Byline);
        assert_eq!(found[0].2, ["Jane Okafor", "Lee Jae-hoon"]);
        let found = furniture("By JANE DOE, JOHN ROE and Ngozi Adichie, Associated Press");
        assert_eq!(found[0].2, ["JANE DOE", "JOHN ROE", "Ngozi Adichie"]);
        let found = furniture("By Ursula von der Leyen in Brussels");
        assert_eq!(found[0].2, ["Ursula von der Leyen"]);
        assert_eq!(found[0].3, ["Brussels"]);
    }

    #[test]
    fn a_sentence_opening_with_by_is_no_byline() {
        assert!(furniture("By Tuesday, the talks had failed.").is_empty());
        assert!(furniture("By the time Biden arrived, the crowd had left.").is_empty());
        assert!(
            furniture("By Friday Trump and Xi will have met in Seoul to talk trade.").is_empty()
        );
    }

    #[test]
    fn credits_name_each_reporter_and_editor() {
        let found = furniture(
            "(Reporting by Jeff Mason in Washington; Additional reporting by Kim Hong-Ji in \
             Seoul; Editing by Heather Timmons and Andrea Ricci)",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, FurnitureKind::Credits);
        assert_eq!(
            found[0].2,
            [
                "Jeff Mason",
                "Kim Hong-Ji",
                "Heather Timmons",
                "Andrea Ricci"
            ]
        );
        assert_eq!(found[0].3, ["Washington", "Seoul"]);
        let found = furniture("Writing by Tom Balmforth; editing by Philippa Fletcher");
        assert_eq!(found[0].2, ["Tom Balmforth", "Philippa Fletcher"]);
        let found = furniture("Contributing: Joey Garrison and Maria Ramirez, USA TODAY");
        assert_eq!(found[0].2, ["Joey Garrison", "Maria Ramirez"]);
        let found = furniture(
            "Associated Press writers Zeke Miller in Washington and Aamer Madhani contributed \
             to this report.",
        );
        assert_eq!(found[0].2, ["Zeke Miller", "Aamer Madhani"]);
        assert_eq!(found[0].3, ["Washington"]);
    }

    #[test]
    fn photo_credits_in_the_styles_of_several_agencies() {
        let text = "FILE PHOTO: A woman walks past a store in Shanghai, China, March 3, 2024. \
                    REUTERS/Aly Song/File Photo";
        let found = furniture(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, "FILE PHOTO:");
        assert_eq!(found[1].1, "REUTERS/Aly Song/File Photo");
        assert_eq!(found[1].2, ["Aly Song"]);
        let found = furniture("Lee Jae-myung speaks in Seoul. Photo: Kim Hong-Ji/AP");
        assert_eq!(found[0].1, "Photo: Kim Hong-Ji/AP");
        assert_eq!(found[0].2, ["Kim Hong-Ji"]);
        let found = furniture("Senators listen. (Photo by Chip Somodevilla/Getty Images)");
        assert_eq!(found[0].1, "(Photo by Chip Somodevilla/Getty Images)");
        let found = furniture("Xi Jinping waves. AP Photo/Andy Wong");
        assert_eq!(found[0].2, ["Andy Wong"]);
        let found = furniture("A rally in Paris. Brendan Smialowski/AFP via Getty Images");
        assert_eq!(found[0].1, "Brendan Smialowski/AFP via Getty Images");
        assert_eq!(found[0].2, ["Brendan Smialowski"]);
    }

    #[test]
    fn stamps_and_share_lines_name_nothing() {
        let found = furniture("Updated 3:45 PM EST, Tue September 10, 2024\nShare this article");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, FurnitureKind::Stamp);
        assert_eq!(found[1].0, FurnitureKind::Share);
        assert_eq!(
            furniture("Facebook Twitter Email")[0].0,
            FurnitureKind::Share
        );
        assert_eq!(
            furniture("© 2024 Reuters. All rights reserved.")[0].0,
            FurnitureKind::Stamp
        );
        assert!(furniture("Facebook said on Tuesday it would share more data.").is_empty());
        assert!(furniture(
            "Updated figures showed 3 percent growth in the first quarter, \
                           officials said on Monday after a long review of the data."
        )
        .is_empty());
    }

    #[test]
    fn a_slash_between_words_is_no_credit_by_itself() {
        assert!(
            furniture("The AC/DC concert and the Israeli/Palestinian talks went on.").is_empty()
        );
    }
}

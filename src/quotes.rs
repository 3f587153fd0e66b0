//! Quotations and their speakers.
//!
//! Detection pairs quotation marks within paragraphs: curly (“ ”), angle (« »), low-9
//! („ “) and straight marks, whose direction is read from the spacing around them. A
//! quotation that runs over several paragraphs repeats its opening mark at each one and
//! closes only at the end; a mark that never closes is dropped so that it cannot
//! swallow the rest of the article. Quoted titles and scare quotes (three words or
//! fewer with no reporting verb) are not quotations.
//!
//! Attribution looks, in order, for a reporting cue after the quotation ("…,” Witkoff
//! said", "…,” said Witkoff", "…,” a senior official said"), then before it ("Witkoff
//! said: “…”"), and otherwise lets a quotation continue the one just before it. A
//! pronoun speaker resolves to the subject of the nearest earlier sentence that names a
//! compatible person.

use crate::analysis::{Entity, EntityKind, Quote, Span, Speaker};
use crate::entities::{person_gender, Gender};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};

/// Verbs that report speech.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "adding",
    "wrote",
    "writes",
    "writing",
    "tweeted",
    "tweets",
    "posted",
    "insisted",
    "insists",
    "explained",
    "explains",
    "stated",
    "states",
    "noted",
    "notes",
    "argued",
    "argues",
    "asked",
    "asks",
    "replied",
    "replies",
    "continued",
    "continues",
    "declared",
    "declares",
    "claimed",
    "claims",
    "warned",
    "warns",
    "recalled",
    "recalls",
    "admitted",
    "admits",
    "acknowledged",
    "responded",
    "remarked",
    "suggested",
    "suggests",
    "announced",
    "announces",
    "observed",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "maintained",
    "conceded",
    "joked",
    "shouted",
    "testified",
    "concluded",
    "predicted",
    "vowed",
    "promised",
    "complained",
    "countered",
    "cautioned",
    "lamented",
    "boasted",
    "pointed",
    "recounted",
    "exclaimed",
    "whispered",
    "yelled",
    "quipped",
    "mused",
    "agreed",
    "commented",
    "confirmed",
    "denied",
    "urged",
];

/// Pronouns that can name a speaker.
const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "He", "She", "They", "I", "We"];

/// Words that end a speaker description ("a senior official in Washington said").
const DESCRIPTION_STOPS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "who",
    "which",
    "that",
    "when",
    "while",
    "to",
    "as",
    "from",
    "last",
    "this",
    "on",
    "late",
    "early",
    "earlier",
    "later",
    "recently",
    "previously",
    "told",
];

/// How far back, in bytes, a pronoun looks for the person it refers to.
const PRONOUN_HORIZON_BYTES: usize = 3000;

/// Fewer words than this, with no reporting cue, make a scare quote or a title.
const MIN_UNCUED_WORDS: usize = 4;

/// A pair of quotation marks, as token indices.
#[derive(Clone, Copy, Debug)]
struct Marks {
    open: usize,
    close: usize,
}

/// Finds the quotations of a document and attributes each to its speaker.
pub fn extract(doc: &Document, entities: &[Entity], lexicon: &Lexicon) -> Vec<Quote> {
    let mentions = MentionIndex::new(entities);
    let all_marks = pair_marks(doc);
    let quote_spans: Vec<Span> = all_marks.iter().map(|m| span(doc, m.open, m.close + 1)).collect();
    let resolver = Resolver { doc, entities, mentions: &mentions, lexicon, quote_spans: &quote_spans };

    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<(Marks, Option<Speaker>)> = None;
    for marks in all_marks {
        let cued = resolver.cue_after(marks).or_else(|| resolver.cue_before(marks));
        let words = (marks.open + 1..marks.close).filter(|&i| doc.tokens[i].kind == TokenKind::Word).count();
        if cued.is_none() && words < MIN_UNCUED_WORDS {
            continue;
        }
        let speaker = match cued {
            Some(speaker) => Some(speaker),
            None => previous.as_ref().and_then(|(before, speaker)| resolver.continued(*before, marks, speaker.as_ref())),
        };
        let quote_span = span(doc, marks.open, marks.close + 1);
        quotes.push(Quote { span: quote_span, text: quote_span.of(doc.text).to_string(), speaker: speaker.clone() });
        previous = Some((marks, speaker));
    }
    quotes
}

fn span(doc: &Document, first: usize, end: usize) -> Span {
    Span::new(doc.tokens[first].start, doc.tokens[end - 1].end)
}

/// The direction a quotation mark points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
    /// A straight mark whose spacing does not tell.
    Either,
}

/// The direction of a double quotation mark, or None for single marks and apostrophes.
fn direction(doc: &Document, i: usize) -> Option<Direction> {
    let token = doc.tokens[i];
    let mark = doc.text[token.start..token.end].chars().next()?;
    match mark {
        '“' | '«' | '„' | '‟' | '〝' => Some(Direction::Open),
        '”' | '»' | '〞' | '〟' => Some(Direction::Close),
        '"' | '＂' => {
            let before = doc.text[..token.start].chars().next_back();
            let after = doc.text[token.end..].chars().next();
            let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-".contains(c));
            let space_after = after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]}—–".contains(c));
            Some(match (space_before, space_after) {
                (true, false) => Direction::Open,
                (false, true) => Direction::Close,
                _ => Direction::Either,
            })
        }
        _ => None,
    }
}

/// Pairs double quotation marks into quotations.
fn pair_marks(doc: &Document) -> Vec<Marks> {
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..doc.tokens.len() {
        if doc.tokens[i].kind != TokenKind::Quote {
            continue;
        }
        let Some(dir) = direction(doc, i) else {
            continue;
        };
        if let Some(o) = open {
            let o_paragraph = paragraph_of(doc, o);
            let i_paragraph = paragraph_of(doc, i);
            if i_paragraph != o_paragraph {
                // The open quotation reached the end of its paragraph unclosed: it goes on
                // only if this mark reopens it at the very start of the next paragraph.
                let reopens = dir != Direction::Close && i_paragraph == o_paragraph + 1 && starts_paragraph(doc, i);
                if !reopens {
                    open = None;
                }
                if reopens || dir == Direction::Close {
                    continue;
                }
            }
        }
        match (open, dir) {
            (None, Direction::Open | Direction::Either) => open = Some(i),
            (None, Direction::Close) => {}
            (Some(_), Direction::Open) => open = Some(i),
            (Some(o), Direction::Close | Direction::Either) => {
                if i > o + 1 {
                    found.push(Marks { open: o, close: i });
                }
                open = None;
            }
        }
    }
    found
}

fn paragraph_of(doc: &Document, token: usize) -> usize {
    doc.sentences[doc.tokens[token].sentence].paragraph
}

fn starts_paragraph(doc: &Document, token: usize) -> bool {
    let (start, _) = doc.paragraphs[paragraph_of(doc, token)];
    doc.text[start..doc.tokens[token].start].trim().is_empty()
}

/// Entity mentions sorted by position, to find the entity behind a span of text.
struct MentionIndex {
    /// (span, entity index) in text order.
    mentions: Vec<(Span, usize)>,
}

impl MentionIndex {
    fn new(entities: &[Entity]) -> Self {
        let mut mentions: Vec<(Span, usize)> = entities.iter().enumerate().flat_map(|(e, entity)| entity.mentions.iter().map(move |m| (m.span, e))).collect();
        mentions.sort();
        MentionIndex { mentions }
    }

    /// Mentions lying inside `range`, in text order.
    fn within(&self, range: Span) -> impl Iterator<Item = &(Span, usize)> {
        let from = self.mentions.partition_point(|(s, _)| s.start < range.start);
        self.mentions[from..].iter().take_while(move |(s, _)| s.start < range.end).filter(move |(s, _)| s.end <= range.end)
    }
}

/// Attribution, with everything it needs about the document.
struct Resolver<'a, 't> {
    doc: &'a Document<'t>,
    entities: &'a [Entity],
    mentions: &'a MentionIndex,
    lexicon: &'a Lexicon,
    quote_spans: &'a [Span],
}

impl Resolver<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    fn is_speech_verb(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word && SPEECH_VERBS.contains(&self.word(i))
    }

    fn inside_quote(&self, span: Span) -> bool {
        // Quotation spans are sorted and disjoint: only the last one starting before
        // `span` can contain it.
        let after = self.quote_spans.partition_point(|q| q.start <= span.start);
        after > 0 && self.quote_spans[after - 1].contains(&span)
    }

    /// "…,” Witkoff said", "…,” said Witkoff", "…,” a senior official said",
    /// "…” — Carla Sanchez".
    fn cue_after(&self, marks: Marks) -> Option<Speaker> {
        let doc = self.doc;
        let mut j = marks.close + 1;
        let sentence = doc.tokens[marks.close].sentence;
        while j < doc.tokens.len() && doc.word(j) == "," {
            j += 1;
        }
        if j >= doc.tokens.len() || doc.line_break_between(marks.close, j) {
            return None;
        }
        if matches!(doc.word(j), "—" | "―" | "–" | "-") && j + 1 < doc.tokens.len() && !doc.line_break_between(j, j + 1) {
            // A signature after a dash.
            return self.named_entity_at(j + 1);
        }
        if doc.tokens[j].sentence != sentence {
            return None;
        }
        let end = doc.sentences[sentence].end_token.min(j + 14);
        if self.is_speech_verb(j) && !doc.word(j).ends_with("ing") {
            return self.noun_phrase_at(j + 1, end);
        }
        let verb = (j..end).take_while(|&k| doc.tokens[k].kind != TokenKind::Quote && !self.ends_clause(k)).find(|&k| self.is_speech_verb(k))?;
        // "X, the agency's head, said": the speaker is what comes before the first comma.
        let subject_end = (j..verb).find(|&k| doc.word(k) == ",").unwrap_or(verb);
        if subject_end == j || subject_end - j > 8 {
            return None;
        }
        self.speaker_in(j, subject_end)
    }

    /// Whether token `k` ends a clause: a terminal mark that is not an abbreviation's dot.
    fn ends_clause(&self, k: usize) -> bool {
        matches!(self.doc.word(k), ";" | "?" | "!") || self.doc.word(k) == "." && !self.doc.is_abbreviation_dot(k)
    }

    /// The entity named at token `k`, if a mention starts there.
    fn named_entity_at(&self, k: usize) -> Option<Speaker> {
        let start = self.doc.tokens[k].start;
        let &(mention, e) = self.mentions.within(Span::new(start, self.doc.text.len())).next().filter(|(m, _)| m.start == start)?;
        Some(self.named(mention, Some(e)))
    }

    /// "Witkoff said: “…”", "Kushner told reporters that “…”", "According to X, “…”",
    /// "Cruz called Trump a “pathological liar”".
    fn cue_before(&self, marks: Marks) -> Option<Speaker> {
        let doc = self.doc;
        let sentence = doc.tokens[marks.open].sentence;
        let mut first = doc.sentences[sentence].first_token;
        if first == marks.open && sentence > 0 {
            // A quotation opening its sentence may be introduced by the previous one
            // ending in a colon ("Caddell continued:").
            let previous = doc.sentences[sentence - 1];
            if doc.word(previous.end_token - 1) != ":" {
                return None;
            }
            first = previous.first_token;
        }
        let end = marks.open;
        // The reporting clause may be long ("The Post reports that her team avoided … in
        // order to “keep the details …”"), but not endless.
        let window_start = end.saturating_sub(40).max(first);
        if let Some(according) = (window_start..end).rev().find(|&k| doc.word(k).eq_ignore_ascii_case("according") && doc.word_at(k as isize + 1) == "to") {
            let to_end = (according + 2..end).find(|&k| doc.word(k) == ",").unwrap_or(end);
            return self.speaker_in(according + 2, to_end);
        }
        let verb = (window_start..end).rev().find(|&k| self.is_speech_verb(k))?;
        if (verb + 1..end).any(|k| doc.tokens[k].kind == TokenKind::Quote) {
            return None;
        }
        // The subject: the name or pronoun nearest before the verb, within its clause.
        let quote_before = (first..verb).rev().find(|&k| doc.tokens[k].kind == TokenKind::Quote).map_or(first, |k| k + 1);
        let clause_start = (quote_before..verb).rev().find(|&k| doc.word(k) == ",").map_or(quote_before, |k| k + 1);
        self.subject_before(clause_start, verb).or_else(|| self.subject_before(quote_before, verb))
    }

    /// The speaker nearest before `verb` in `first..verb`: the last name that is not a
    /// possessive modifier ("Obama's former strategist"), else a pronoun, else the
    /// words as a description.
    fn subject_before(&self, first: usize, verb: usize) -> Option<Speaker> {
        let doc = self.doc;
        if first >= verb {
            return None;
        }
        let range = span(doc, first, verb);
        let possessive = |m: &Span| {
            let next = doc.text[m.end..].chars().next();
            matches!(next, Some('\'' | '’'))
        };
        let named = self.mentions.within(range).filter(|(m, e)| self.is_speaker_kind(*e) && !possessive(m)).last();
        let pronoun = (first..verb).rev().find(|&k| SPEAKER_PRONOUNS.contains(&doc.word(k)));
        match (named, pronoun) {
            (Some(&(mention, e)), Some(p)) if doc.tokens[p].start < mention.start => Some(self.named(mention, Some(e))),
            (_, Some(p)) => Some(self.named(span(doc, p, p + 1), self.resolve_pronoun(p))),
            (Some(&(mention, e)), None) => Some(self.named(mention, Some(e))),
            (None, None) => self.description(first, verb),
        }
    }

    fn is_speaker_kind(&self, entity: usize) -> bool {
        matches!(self.entities[entity].kind, EntityKind::Person | EntityKind::Organization)
    }

    /// A quotation with no cue of its own continues the previous one when nothing but
    /// narration about the same speaker lies between them.
    fn continued(&self, before: Marks, marks: Marks, speaker: Option<&Speaker>) -> Option<Speaker> {
        let speaker = speaker?;
        let doc = self.doc;
        if paragraph_of(doc, marks.open) > paragraph_of(doc, before.close) + 1 {
            return None;
        }
        let gap = Span::new(doc.tokens[before.close].end, doc.tokens[marks.open].start);
        let other_person = self.mentions.within(gap).any(|&(_, e)| self.entities[e].kind == EntityKind::Person && Some(e) != speaker.entity);
        (!other_person).then(|| speaker.clone())
    }

    /// The speaker named at token `i`: a name, a pronoun or a description.
    fn noun_phrase_at(&self, i: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if i >= end {
            return None;
        }
        let in_phrase = |k: usize| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number) || doc.is_abbreviation_dot(k);
        let stop = (i..end).find(|&k| !in_phrase(k) || k > i && DESCRIPTION_STOPS.contains(&doc.word(k))).unwrap_or(end);
        self.speaker_in(i, stop)
    }

    /// The speaker within tokens `first..end`: the first entity mentioned there, else a
    /// pronoun, else the words themselves as a description.
    fn speaker_in(&self, first: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if first >= end {
            return None;
        }
        let range = span(doc, first, end);
        if let Some(&(mention, e)) = self.mentions.within(range).find(|(_, e)| self.is_speaker_kind(*e)) {
            return Some(self.named(mention, Some(e)));
        }
        if let Some(p) = (first..end).find(|&k| SPEAKER_PRONOUNS.contains(&doc.word(k))) {
            let mention = span(doc, p, p + 1);
            let entity = self.resolve_pronoun(p);
            return Some(self.named(mention, entity));
        }
        if let Some(&(mention, e)) = self.mentions.within(range).next() {
            return Some(self.named(mention, Some(e)));
        }
        self.description(first, end)
    }

    /// A speaker described rather than named ("a senior official", "the agency").
    fn description(&self, first: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let words = (first..end).filter(|&k| doc.tokens[k].kind == TokenKind::Word).count();
        let opening = doc.word(first);
        let starts_like_a_noun_phrase = opening.chars().all(char::is_lowercase) && !matches!(opening, "that" | "it" | "this" | "which" | "what")
            || matches!(opening, "A" | "An" | "The" | "One");
        if words == 0 || words > 8 || !starts_like_a_noun_phrase {
            return None;
        }
        Some(self.named(span(doc, first, end), None))
    }

    fn named(&self, mention: Span, entity: Option<usize>) -> Speaker {
        let text = mention.of(self.doc.text).to_string();
        let name = entity.map_or_else(|| text.clone(), |e| self.entities[e].name.clone());
        Speaker { span: mention, text, entity, name }
    }

    /// The person a pronoun at token `p` refers to: the subject (first person named) of
    /// the nearest sentence before it, outside quotations, whose gender fits.
    fn resolve_pronoun(&self, p: usize) -> Option<usize> {
        let doc = self.doc;
        let wanted = match doc.word(p).to_lowercase().as_str() {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            "they" | "we" | "i" => return None,
            _ => None,
        };
        let sentence = doc.tokens[p].sentence;
        // Look back a few sentences, and never further than a few paragraphs' worth of
        // text, so one endless sentence cannot make this quadratic.
        let horizon = doc.tokens[p].start.saturating_sub(PRONOUN_HORIZON_BYTES);
        for s in (sentence.saturating_sub(6)..=sentence).rev() {
            let first = doc.tokens[doc.sentences[s].first_token].start.max(horizon);
            let end = if s == sentence { doc.tokens[p].start } else { doc.tokens[doc.sentences[s].end_token - 1].end };
            let candidate = self.mentions.within(Span::new(first, end)).find(|(m, e)| {
                let entity = &self.entities[*e];
                entity.kind == EntityKind::Person
                    && !self.inside_quote(*m)
                    && match (wanted, person_gender(entity, self.lexicon)) {
                        (Some(want), Some(have)) => want == have,
                        _ => true,
                    }
            });
            if let Some(&(_, e)) = candidate {
                return Some(e);
            }
        }
        None
    }
}

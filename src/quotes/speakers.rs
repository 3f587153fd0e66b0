//! Speaker mentions: the name, pronoun or description a cue points to, and the entity
//! it resolves to.

use crate::analysis::{Entity, EntityKind, Span, Speaker};
use crate::entities::{person_gender, Gender};
use crate::lexicon::Lexicon;
use crate::text::{is_capitalized, uncapitalized, Document, TokenKind};
use crate::vocabulary::grammar::{
    AUXILIARY_VERBS, DESCRIPTION_OPENERS, DETERMINERS, FUNCTION_WORDS, SPEAKER_PRONOUNS,
};
use crate::vocabulary::names::AGENCY_NAME_WORDS;
use crate::vocabulary::names::BROADCASTER_NAME_WORDS;
use crate::vocabulary::names::MAGAZINE_NAME_WORDS;
use crate::vocabulary::names::NEWSPAPER_NAME_WORDS;
use crate::vocabulary::speech::PHRASE_STOPS;

/// How far back, in bytes, a pronoun looks for the one it refers to.
const PRONOUN_HORIZON_BYTES: usize = 3000;

/// How many sentences back a pronoun looks for the one it refers to.
const PRONOUN_HORIZON_SENTENCES: usize = 6;

/// The longest description taken as a speaker ("a senior official in the ministry").
const MAX_DESCRIPTION_WORDS: usize = 8;

/// The pronouns that can stand for a speaker.
pub(super) fn is_speaker_pronoun(word: &str) -> bool {
    SPEAKER_PRONOUNS.contains(&word) || SPEAKER_PRONOUNS.contains(&uncapitalized(word).as_str())
}

/// Entity mentions sorted by position, to find the entity behind a span of text.
pub(super) struct MentionIndex {
    /// (span, entity index) in text order.
    mentions: Vec<(Span, usize)>,
}

impl MentionIndex {
    /// Indexes every mention of every entity, but for those in page furniture (the byline's
    /// author says nothing in the article).
    pub fn new(doc: &Document, entities: &[Entity]) -> Self {
        let mut mentions: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(e, entity)| entity.mentions.iter().map(move |m| (m.span, e)))
            .filter(|(span, _)| !doc.in_furniture_text(span.start))
            .collect();
        mentions.sort();
        MentionIndex { mentions }
    }

    /// Mentions lying inside `range`, in text order.
    pub fn within(&self, range: Span) -> impl Iterator<Item = &(Span, usize)> {
        let from = self
            .mentions
            .partition_point(|(s, _)| s.start < range.start);
        self.mentions[from..]
            .iter()
            .take_while(move |(s, _)| s.start < range.end)
            .filter(move |(s, _)| s.end <= range.end)
    }
}

/// Attribution, with everything it needs about the document.
pub(super) struct Resolver<'a, 't> {
    pub doc: &'a Document<'t>,
    pub entities: &'a [Entity],
    pub mentions: &'a MentionIndex,
    pub lexicon: &'a Lexicon,
    /// The quotations' spans, sorted and disjoint.
    pub quote_spans: &'a [Span],
}

/// The byte span of tokens `first..end`.
pub(super) fn span(doc: &Document, first: usize, end: usize) -> Span {
    doc.span(first, end)
}

impl Resolver<'_, '_> {
    /// Whether `span` lies inside a quotation.
    pub fn inside_quote(&self, span: Span) -> bool {
        // Only the last quotation starting before `span` can contain it.
        let after = self.quote_spans.partition_point(|q| q.start <= span.start);
        after > 0 && self.quote_spans[after - 1].contains(&span)
    }

    /// Whether people and organizations of this entity's kind speak.
    pub fn is_speaker_kind(&self, entity: usize) -> bool {
        matches!(
            self.entities[entity].kind,
            EntityKind::Person | EntityKind::Organization
        )
    }

    /// The speaker for a mention and the entity it resolves to.
    pub fn named(&self, mention: Span, entity: Option<usize>) -> Speaker {
        let text = mention.of(self.doc.text).to_string();
        let name = entity.map_or_else(|| text.clone(), |e| self.entities[e].name.clone());
        Speaker {
            span: mention,
            text,
            entity,
            name,
        }
    }

    /// The pronoun at token `p` as a speaker, resolved when it can be.
    pub fn pronoun(&self, p: usize) -> Speaker {
        self.named(span(self.doc, p, p + 1), self.resolve_pronoun(p))
    }

    /// The entity mentioned exactly at token `k`, if a mention starts there.
    pub fn mention_at(&self, k: usize) -> Option<(Span, usize)> {
        let start = self.doc.start(k);
        self.mentions
            .within(Span::new(start, self.doc.text.len()))
            .next()
            .filter(|(m, _)| m.start == start)
            .copied()
    }

    /// The speaker named at token `i` ("said Witkoff", "said a senior official in
    /// Washington"): the noun phrase up to its first stop.
    pub fn noun_phrase_at(&self, i: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if i >= end || is_function_word(doc.word(i)) || PHRASE_STOPS.contains(&doc.word(i)) {
            return None;
        }
        let in_phrase = |k: usize| doc.is_word_or_number(k) || doc.is_abbreviation_dot(k);
        let stop = (i..end)
            .find(|&k| !in_phrase(k) || k > i && PHRASE_STOPS.contains(&doc.word(k)))
            .unwrap_or(end);
        self.speaker_in(i, stop)
    }

    /// The speaker within tokens `first..end`: the first person or organization
    /// mentioned there, else a pronoun, else any name, else the words as a description.
    pub fn speaker_in(&self, first: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        if first >= end {
            return None;
        }
        let range = span(doc, first, end);
        if let Some(&(mention, e)) = self
            .mentions
            .within(range)
            .find(|(_, e)| self.is_speaker_kind(*e))
        {
            return Some(self.named(mention, Some(e)));
        }
        if let Some(p) = (first..end).find(|&k| is_speaker_pronoun(doc.word(k))) {
            return Some(self.pronoun(p));
        }
        if let Some(&(mention, e)) = self.mentions.within(range).next() {
            return Some(self.named(mention, Some(e)));
        }
        self.description(first, end)
    }

    /// The speaker nearest before `verb` in `first..verb`: the last name that is not a
    /// possessive modifier ("Obama's former strategist"), or a pronoun after it, else
    /// the words as a description.
    pub fn subject_before(&self, first: usize, verb: usize) -> Option<Speaker> {
        let doc = self.doc;
        if first >= verb {
            return None;
        }
        let range = span(doc, first, verb);
        let possessive = |m: &Span| matches!(doc.text[m.end..].chars().next(), Some('\'' | '’'));
        let parenthetical = |m: &Span| doc.text[..m.start].trim_end().ends_with('(');
        let named = self
            .mentions
            .within(range)
            .filter(|(m, e)| self.is_speaker_kind(*e) && !possessive(m) && !parenthetical(m))
            .last();
        let pronoun = (first..verb)
            .rev()
            .find(|&k| is_speaker_pronoun(doc.word(k)));
        match (named, pronoun) {
            (Some(&(mention, e)), Some(p)) if doc.start(p) < mention.start => {
                Some(self.named(mention, Some(e)))
            }
            (_, Some(p)) => Some(self.pronoun(p)),
            (Some(&(mention, e)), None) => Some(self.named(mention, Some(e))),
            (None, None) => self.description(first, verb),
        }
    }

    /// The subject of the reporting verb at `verb`, within `first..verb`: with an
    /// apposition closing right before the verb ("Witkoff, the envoy, said"), the first
    /// phrase that names someone; otherwise the phrase after the last comma ("… for
    /// criminal behavior, she said").
    pub fn subject_of_clause(&self, first: usize, verb: usize) -> Option<Speaker> {
        let doc = self.doc;
        if first >= verb {
            return None;
        }
        let last_comma = (first..verb).rev().find(|&k| doc.word(k) == ",");
        match last_comma {
            Some(c) if c + 1 == verb => {
                let mut start = first;
                let mut described = None;
                while start < c {
                    let stop = (start..c).find(|&k| doc.word(k) == ",").unwrap_or(c);
                    match self.subject_before(start, stop) {
                        Some(speaker)
                            if speaker.entity.is_some() || is_speaker_pronoun(&speaker.text) =>
                        {
                            return Some(speaker)
                        }
                        Some(speaker) if described.is_none() => described = Some(speaker),
                        _ => {}
                    }
                    start = stop + 1;
                }
                described
            }
            Some(c) => self.subject_before(c + 1, verb),
            None => self.subject_before(first, verb),
        }
    }

    /// A speaker described rather than named ("a senior official", "the agency").
    pub fn description(&self, first: usize, end: usize) -> Option<Speaker> {
        let doc = self.doc;
        let words = (first..end)
            .filter(|&k| doc.is_kind(k, TokenKind::Word))
            .count();
        let opening = doc.word(first);
        let possessed =
            is_capitalized(opening) && (first + 1..end).any(|k| matches!(doc.word(k), "'s" | "’s"));
        // A common noun may be capitalized only because it opens the sentence ("Police say").
        let sentence_initial =
            doc.starts_sentence(first) && !is_function_word(opening) && end - first <= 6;
        // "a senior official", "the agency", "several environmental groups"; or bare
        // lowercase plurals ("sources", "administration officials").
        let determined = DESCRIPTION_OPENERS.contains(&opening.to_lowercase().as_str());
        let lowercase_words = (first..end).all(|k| {
            doc.is_kind(k, TokenKind::Word)
                && doc.word(k).chars().all(char::is_lowercase)
                && !is_function_word(doc.word(k))
        });
        let bare_plural = lowercase_words && end - first <= 3 && doc.word(end - 1).ends_with('s');
        let starts_like_a_noun_phrase = determined || bare_plural || possessed || sentence_initial;
        let contentful = (first..end).any(|k| {
            doc.is_kind(k, TokenKind::Word)
                && !is_function_word(doc.word(k))
                && !is_determiner(doc.word(k))
        });
        let last = doc.word(end - 1);
        let ends_well = !is_function_word(last)
            && !is_determiner(last)
            && !PHRASE_STOPS.contains(&last)
            && last != "ago";
        if words == 0
            || words > MAX_DESCRIPTION_WORDS
            || !starts_like_a_noun_phrase
            || !contentful
            || !ends_well
        {
            return None;
        }
        let outlet = if end - first == 2 && opening.eq_ignore_ascii_case("the") {
            self.outlet_before(first, doc.word(first + 1))
        } else {
            None
        };
        Some(self.named(span(doc, first, end), outlet))
    }

    /// "the paper", "the agency", "the network": the news outlet of that sort the article
    /// named last before token `first` (within the pronoun horizon), so that "The paper
    /// also noted" is credited to The New York Times.
    fn outlet_before(&self, first: usize, noun: &str) -> Option<usize> {
        let cues: &[&str] = match noun.to_lowercase().as_str() {
            "paper" | "newspaper" | "daily" => NEWSPAPER_NAME_WORDS,
            "agency" => AGENCY_NAME_WORDS,
            "network" | "broadcaster" | "channel" | "station" => BROADCASTER_NAME_WORDS,
            "magazine" => MAGAZINE_NAME_WORDS,
            _ => return None,
        };
        let doc = self.doc;
        let end = doc.start(first);
        let range = Span::new(end.saturating_sub(PRONOUN_HORIZON_BYTES), end);
        let before: Vec<usize> = self.mentions.within(range).map(|&(_, e)| e).collect();
        before.into_iter().rev().find(|&e| {
            let entity = &self.entities[e];
            entity.kind == EntityKind::Organization
                && entity.name.split_whitespace().any(|w| cues.contains(&w))
        })
    }

    /// What a pronoun at token `p` refers to: the subject (first fitting name) of the
    /// nearest sentence before it, outside quotations. "He" and "she" want a person of
    /// that gender when it is known; "it" an organization; "they" either; "I" and "we"
    /// stay unresolved.
    pub fn resolve_pronoun(&self, p: usize) -> Option<usize> {
        let doc = self.doc;
        let lower = doc.word(p).to_lowercase();
        let (kinds, gender): (&[EntityKind], _) = match lower.as_str() {
            "he" => (&[EntityKind::Person], Some(Gender::Male)),
            "she" => (&[EntityKind::Person], Some(Gender::Female)),
            "it" => (&[EntityKind::Organization], None),
            "they" => (&[EntityKind::Organization, EntityKind::Person], None),
            _ => return None,
        };
        let sentence = doc.sentence_index(p);
        // A few sentences and a few paragraphs' worth of text at most, so that one
        // endless sentence cannot make this quadratic.
        let horizon = doc.start(p).saturating_sub(PRONOUN_HORIZON_BYTES);
        for s in (sentence.saturating_sub(PRONOUN_HORIZON_SENTENCES)..=sentence).rev() {
            let first = doc.start(doc.sentence(s).first_token).max(horizon);
            let end = if s == sentence {
                doc.start(p)
            } else {
                doc.end(doc.sentence(s).end_token - 1)
            };
            if first >= end {
                continue;
            }
            let candidate = self.mentions.within(Span::new(first, end)).find(|(m, e)| {
                let entity = &self.entities[*e];
                kinds.contains(&entity.kind)
                    && !self.inside_quote(*m)
                    && match (gender, person_gender(entity, self.lexicon)) {
                        (Some(want), Some(have)) => want == have,
                        _ => true,
                    }
            });
            if let Some(&(_, e)) = candidate {
                // "They" for a lone person is a plural person more often than not.
                if lower == "they" && self.entities[e].kind == EntityKind::Person {
                    return None;
                }
                return Some(e);
            }
        }
        None
    }
}

/// The auxiliaries that both end a subject ("Witkoff has said") and are no part of a name
/// or description; `lower` is the word in lowercase.
pub(super) fn is_auxiliary(lower: &str) -> bool {
    AUXILIARY_VERBS.contains(&lower)
}

/// Articles and possessive determiners.
pub(super) fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word.to_lowercase().as_str())
}

/// Words that cannot start a description: conjunctions, prepositions, pronouns,
/// auxiliaries.
pub(super) fn is_function_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_auxiliary(&lower) || FUNCTION_WORDS.contains(&lower.as_str())
}

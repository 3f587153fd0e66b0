//! Quotations, their speakers, and claims attributed to sources without quotation marks.
//!
//! [`marks`] pairs quotation marks into quotations (every style, nesting, quotations
//! over several paragraphs, stray marks). Each quotation is then attributed, in order:
//! by a reporting cue around it ([`cues`]: "…,” Witkoff said", "Kushner told reporters
//! “…”", "according to X"), by the subject of its sentence when it is a fragment quoted
//! inside narration, by continuing the quotation just before it, or by the subject of
//! the sentence that leads into it. Speakers are names, pronouns resolved to the
//! entity they stand for, or descriptions ([`speakers`]). Quoted titles ("Meet the
//! Press"), and short quoted fragments nobody can be found to have said, are scare
//! quotes rather than quotations and are left out. [`attributions`] lists the claims
//! credited to a source outside quotation marks ("according to Lebanon's Al Mayadeen
//! network", "The New York Times reported").

mod attributions;
mod cues;
mod marks;
mod speakers;

use crate::analysis::{Attribution, Entity, EntityKind, Quote, Span, Speaker};
use crate::lexicon::Lexicon;
use crate::text::{is_all_caps, is_capitalized, Document, TokenKind};
use crate::vocabulary::{grammar::LINKING, speech::NAMING_VERBS, text::TITLE_SMALL_WORDS};
use marks::QuotedSpan;
use speakers::{span, MentionIndex, Resolver};

/// Fewer words than this, with no speaker to be found, make a scare quote.
const MIN_UNATTRIBUTED_WORDS: usize = 4;

/// The longest speaker label of a transcript ("MARGARET BRENNAN:"), in words.
const MAX_LABEL_WORDS: usize = 3;

/// More words than this are never a title.
const MAX_TITLE_WORDS: usize = 8;

/// How many sentences of narration may separate a quotation from the one it continues.
const MAX_CONTINUATION_GAP_SENTENCES: usize = 3;

/// The most words a naming verb's object may have between the verb and the quotation.
const MAX_NAMED_WORDS: usize = 4;

/// How a quotation's speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Basis {
    /// A reporting cue right after the quotation.
    CueAfter,
    /// A reporting cue before it, or a clause ending its sentence.
    Cue,
    /// The subject of the sentence the fragment is quoted in.
    Subject,
    /// The quotation continues the one before it.
    Continued,
    /// The subject of the sentence leading into it.
    Lead,
}

/// The quotations of a document with their speakers, and the claims attributed to
/// sources outside quotation marks.
#[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
pub fn extract(
    doc: &Document,
    entities: &[Entity],
    lexicon: &Lexicon,
) -> (Vec<Quote>, Vec<Attribution>) {
    let mentions = MentionIndex::new(doc, entities);
    let all_marks = marks::find(doc);
    let quote_spans: Vec<Span> = all_marks
        .iter()
        .map(|m| span(doc, m.open, m.end()))
        .collect();
    let resolver = Resolver {
        doc,
        entities,
        mentions: &mentions,
        lexicon,
        quote_spans: &quote_spans,
    };

    let mut quotes: Vec<Quote> = Vec::new();
    let mut kept_spans: Vec<Span> = Vec::new();
    let mut previous: Option<(QuotedSpan, Option<Speaker>)> = None;
    // The closing mark of the last quotation seen, and whether it characterizes.
    let mut last_marks: Option<(usize, bool)> = None;
    for (index, &marks) in all_marks.iter().enumerate() {
        let words = marks
            .inner()
            .filter(|&i| doc.is_kind(i, TokenKind::Word))
            .count();
        if words == 0 {
            continue;
        }
        let found = if let Some(label) = transcript_label(&resolver, &marks) {
            Some((label, Basis::Cue))
        } else if marks.continues {
            previous
                .as_ref()
                .and_then(|(_, speaker)| speaker.clone())
                .map(|s| (s, Basis::Continued))
        } else {
            // A quotation over several paragraphs may name its speaker after its last one.
            let last = (!marks.closed)
                .then(|| all_marks[index + 1..].iter().find(|m| m.closed))
                .flatten();
            attribute(&resolver, &marks, previous.as_ref())
                .filter(|(_, basis)| matches!(basis, Basis::CueAfter | Basis::Cue))
                .or_else(|| {
                    last.and_then(|last| resolver.cue_after(last))
                        .map(|s| (s, Basis::CueAfter))
                        .or_else(|| attribute(&resolver, &marks, previous.as_ref()))
                })
        };
        let basis = found.as_ref().map(|(_, basis)| *basis);
        let characterizing = characterizes(doc, &marks, last_marks);
        last_marks = Some((marks.close, characterizing));
        if !worth_reporting(&resolver, &marks, words, basis, characterizing) {
            continue;
        }
        let speaker = found.map(|(speaker, _)| speaker);
        let quote_span = span(doc, marks.open, marks.end());
        quotes.push(Quote {
            span: quote_span,
            text: quote_span.of(doc.text).to_string(),
            speaker: speaker.clone(),
        });
        kept_spans.push(quote_span);
        previous = Some((marks, speaker));
    }
    let attributions = attributions::find(&resolver, &kept_spans);
    (quotes, attributions)
}

/// The speaker's label opening a quoted transcript paragraph ("“PENCE: Well, look, …").
fn transcript_label(resolver: &Resolver, marks: &QuotedSpan) -> Option<Speaker> {
    let doc = resolver.doc;
    let first = marks.open + 1;
    let colon = (first..marks.inner().end.min(first + MAX_LABEL_WORDS + 1))
        .find(|&k| doc.word(k) == ":")?;
    let label_is_name = colon > first
        && (first..colon).all(|k| doc.is_kind(k, TokenKind::Word) && is_all_caps(doc.word(k)));
    if !label_is_name || !starts_paragraph(doc, marks.open) {
        return None;
    }
    let label = span(doc, first, colon);
    let entity = resolver.mentions.within(label).next().map(|&(_, e)| e);
    Some(resolver.named(label, entity))
}

/// Whether only blank space comes before token `i` in its paragraph.
fn starts_paragraph(doc: &Document, i: usize) -> bool {
    let (start, _) = doc.paragraph(doc.sentence_of(i).paragraph);
    doc.text[start..doc.start(i)].trim().is_empty()
}

/// The speaker of a quotation and how it was found.
fn attribute(
    resolver: &Resolver,
    marks: &QuotedSpan,
    previous: Option<&(QuotedSpan, Option<Speaker>)>,
) -> Option<(Speaker, Basis)> {
    let doc = resolver.doc;
    if let Some(speaker) = resolver.cue_after(marks) {
        return Some((speaker, Basis::CueAfter));
    }
    if let Some(speaker) = resolver
        .cue_before(marks)
        .or_else(|| resolver.trailing_cue(marks))
    {
        return Some((speaker, Basis::Cue));
    }
    let sentence = doc.sentence_of(marks.open);
    let embedded = (sentence.first_token..marks.open).any(|k| doc.is_word_or_number(k));
    if embedded {
        return resolver
            .sentence_subject(sentence.first_token, sentence.end_token)
            .map(|s| (s, Basis::Subject));
    }
    if let Some(speaker) =
        previous.and_then(|(before, speaker)| continued(resolver, before, marks, speaker.as_ref()))
    {
        return Some((speaker, Basis::Continued));
    }
    lead(resolver, marks).map(|s| (s, Basis::Lead))
}

/// Whether a quotation is reported: titles, single-quoted words no cue points to, and
/// short fragments with nobody to attribute them to are not.
fn worth_reporting(
    resolver: &Resolver,
    marks: &QuotedSpan,
    words: usize,
    basis: Option<Basis>,
    characterizes: bool,
) -> bool {
    if marks.single {
        // British-style quotations are taken only where a reporting cue makes them clear.
        return basis == Some(Basis::CueAfter)
            || basis == Some(Basis::Cue) && introduced_directly(resolver, marks);
    }
    if is_title(resolver.doc, marks, words) && !characterizes
        || is_nickname(resolver.doc, marks, words)
        || is_aside(resolver.doc, marks)
        || is_markup(resolver.doc, marks)
    {
        return false;
    }
    basis.is_some() || words >= MIN_UNATTRIBUTED_WORDS || characterizes
}

/// Whether the quotation follows a characterizing word in its sentence, directly or
/// after an article ("called it “distasteful”", "what she called a “rant”", "known as
/// the “Justice Against Sponsors of Terrorism Act”"), or is coordinated with a
/// quotation that does ("as “Miss Piggy” and “Miss Housekeeping”"): `previous` is the
/// closing mark of the quotation just before and whether it characterizes.
fn characterizes(doc: &Document, marks: &QuotedSpan, previous: Option<(usize, bool)>) -> bool {
    let sentence = doc.sentence_index(marks.open);
    let word_before = |k: usize| {
        k.checked_sub(1)
            .filter(|&b| doc.is_kind(b, TokenKind::Word) && doc.sentence_index(b) == sentence)
    };
    let mut before = word_before(marks.open);
    if before.is_some_and(|b| matches!(doc.word(b), "a" | "an" | "the")) {
        before = before.and_then(word_before);
    }
    let Some(before) = before else {
        return false;
    };
    if matches!(doc.word(before), "and" | "or") {
        return previous
            .is_some_and(|(close, characterizing)| characterizing && close + 1 == before);
    }
    let is_one_of =
        |k: usize, words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(doc.word(k)));
    // Not a sentence's opening "As": that one is a conjunction.
    let opens_sentence = doc.sentence(sentence).first_token == before;
    if !opens_sentence && (is_one_of(before, NAMING_VERBS) || is_one_of(before, LINKING)) {
        return true;
    }
    // A naming verb and its object: "calls people “losers”" (not the noun: "calls from
    // listeners to his “Keepin' It Real” program").
    let in_object = |k: usize| {
        k.checked_sub(1)
            .filter(|&b| doc.is_word_or_number(b) && doc.sentence_index(b) == sentence)
    };
    let mut k = before;
    for _ in 0..MAX_NAMED_WORDS {
        let Some(verb) = in_object(k) else {
            return false;
        };
        if is_one_of(verb, NAMING_VERBS) {
            return !matches!(doc.word(verb + 1), "of" | "from" | "to");
        }
        k = verb;
    }
    false
}

/// Whether the quotation follows its reporting verb or a colon directly ("said: ‘…’",
/// "told reporters that ‘…’").
fn introduced_directly(resolver: &Resolver, marks: &QuotedSpan) -> bool {
    let doc = resolver.doc;
    let before = marks.open.checked_sub(1);
    before.is_some_and(|b| matches!(doc.word(b), ":" | "," | "that") || resolver.is_speech_verb(b))
}

/// A title quoted inside a sentence: a few words, each capitalized but for small ones,
/// no question or exclamation ("appeared on “Meet the Press”"); or whatever follows a
/// word that introduces a title ("an ad titled “Unfit”").
fn is_title(doc: &Document, marks: &QuotedSpan, words: usize) -> bool {
    let before = marks.open.checked_sub(1).map_or("", |b| doc.word(b));
    if crate::vocabulary::names::TITLE_INTRODUCERS.contains(&before) && words <= MAX_TITLE_WORDS {
        return true;
    }
    if !(2..=MAX_TITLE_WORDS).contains(&words) {
        return false;
    }
    let inner = marks.inner();
    let mut word_tokens = inner.clone().filter(|&i| doc.is_kind(i, TokenKind::Word));
    let first_capitalized = word_tokens
        .next()
        .is_some_and(|i| is_capitalized(doc.word(i)));
    let title_case = word_tokens
        .all(|i| is_capitalized(doc.word(i)) || TITLE_SMALL_WORDS.contains(&doc.word(i)));
    let exclaims = inner.clone().any(|i| matches!(doc.word(i), "?" | "!"));
    let sentence = doc.sentence_of(marks.open);
    let mid_sentence = (sentence.first_token..marks.open).any(|k| doc.is_kind(k, TokenKind::Word))
        && doc.word(marks.open - 1) != ":";
    first_capitalized && title_case && !exclaims && mid_sentence
}

/// A nickname inside a name: Rep. Robert C. “Bobby” Scott.
fn is_nickname(doc: &Document, marks: &QuotedSpan, words: usize) -> bool {
    let capitalized_word =
        |k: usize| doc.is_kind(k, TokenKind::Word) && is_capitalized(doc.word(k));
    let before = marks
        .open
        .checked_sub(1)
        .filter(|&b| doc.is_kind(b, TokenKind::Word) || doc.is_abbreviation_dot(b));
    let after = Some(marks.end()).filter(|&a| a < doc.token_count() && capitalized_word(a));
    words <= 2
        && marks.closed
        && marks.inner().all(capitalized_word)
        && before.is_some_and(|b| is_capitalized(doc.word(b)) || doc.is_abbreviation_dot(b))
        && after.is_some()
}

/// The value of an attribute in markup left in the text: `<tweet author="@AP">`.
fn is_markup(doc: &Document, marks: &QuotedSpan) -> bool {
    doc.text[..doc.start(marks.open)].ends_with('=')
}

/// A stage direction in a transcript: “(CROSSTALK.)”.
fn is_aside(doc: &Document, marks: &QuotedSpan) -> bool {
    let inner = marks.inner();
    let mut words = inner
        .clone()
        .filter(|&k| !matches!(doc.word(k), "." | "," | ";"));
    words.next().is_some_and(|k| doc.word(k) == "(")
        && words.next_back().is_some_and(|k| doc.word(k) == ")")
}

/// A quotation with no cue of its own continues the previous one when it follows it
/// closely and the narration between names no one else.
fn continued(
    resolver: &Resolver,
    before: &QuotedSpan,
    marks: &QuotedSpan,
    speaker: Option<&Speaker>,
) -> Option<Speaker> {
    let speaker = speaker?;
    let doc = resolver.doc;
    let paragraph = |t: usize| doc.sentence_of(t).paragraph;
    if paragraph(marks.open) > paragraph(before.close) + 1 {
        return None;
    }
    // The narration between: whole sentences after the one the previous quotation ends in.
    let from_sentence = doc.sentence_index(before.close) + 1;
    let to_sentence = doc.sentence_index(marks.open);
    if to_sentence > from_sentence + MAX_CONTINUATION_GAP_SENTENCES {
        return None;
    }
    if to_sentence > from_sentence {
        let gap = Span::new(
            doc.start(doc.sentence(from_sentence).first_token),
            doc.start(marks.open),
        );
        let someone_else = resolver.mentions.within(gap).any(|&(m, e)| {
            matches!(
                resolver.entities[e].kind,
                EntityKind::Person | EntityKind::Organization
            ) && Some(e) != speaker.entity
                && !resolver.inside_quote(m)
        });
        if someone_else {
            return None;
        }
    }
    Some(speaker.clone())
}

/// The subject of the sentence leading into a quotation that opens its own sentence
/// ("Clinton restricted her comments to … “If any bank can't be managed …”").
fn lead(resolver: &Resolver, marks: &QuotedSpan) -> Option<Speaker> {
    let doc = resolver.doc;
    let sentence = doc.sentence_index(marks.open).checked_sub(1)?;
    let lead = doc.sentence(sentence);
    if lead.paragraph + 1 < doc.sentence_of(marks.open).paragraph {
        return None;
    }
    let lead_span = span(doc, lead.first_token, lead.end_token);
    if resolver.inside_quote(lead_span)
        || (lead.first_token..lead.end_token).any(|k| doc.is_kind(k, TokenKind::Quote))
    {
        return None;
    }
    resolver.sentence_subject(lead.first_token, lead.end_token)
}

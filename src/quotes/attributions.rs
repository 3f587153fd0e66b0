//! Claims credited to a source without quotation marks: "according to Lebanon's Al
//! Mayadeen network", "citing Palestinian sources", "The New York Times reported",
//! "a senior official said". A sentence holding a direct quotation is left out: its cue
//! already introduced the quotation.

use super::speakers::{is_function_word, is_speaker_pronoun, span, Resolver};
use crate::analysis::{Attribution, Span, Speaker};
use crate::vocabulary::{
    grammar::AUXILIARIES,
    speech::{OBJECT_MARKERS, REPORTING_VERBS, SOURCE_NOUNS},
};

/// Whether a cited phrase names a source of information rather than a reason.
fn names_a_source(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .any(|word| SOURCE_NOUNS.contains(&word.to_lowercase().as_str()))
}

/// The longest source phrase, in tokens.
const MAX_SOURCE_TOKENS: usize = 9;

/// Every attributed claim outside the quotations whose spans are `quotes` (sorted).
pub(super) fn find(resolver: &Resolver, quotes: &[Span]) -> Vec<Attribution> {
    let doc = resolver.doc;
    let mut found = Vec::new();
    let mut next_quote = 0;
    for sentence in doc.sentences() {
        let (first, end) = (sentence.first_token, sentence.end_token);
        if doc.furniture_at(first).is_some() {
            continue; // "Reporting by …" credits a reporter, not a claim
        }
        let sentence_span = span(doc, first, end);
        while next_quote < quotes.len() && quotes[next_quote].end <= sentence_span.start {
            next_quote += 1;
        }
        if quotes
            .get(next_quote)
            .is_some_and(|q| q.start < sentence_span.end)
        {
            continue;
        }
        let mut k = first;
        while k < end {
            let word = doc.word(k);
            let attribution =
                if word.eq_ignore_ascii_case("according") && k + 1 < end && doc.word(k + 1) == "to"
                {
                    source_after(resolver, k, k + 2, end)
                } else if word.eq_ignore_ascii_case("citing") {
                    source_after(resolver, k, k + 1, end)
                } else if matches!(word, "cited" | "cites") {
                    // "which cited Palestinian sources"; not "cited weak demand as a reason".
                    source_after(resolver, k, k + 1, end)
                        .filter(|a| names_a_source(&a.source.text) || a.source.entity.is_some())
                } else if REPORTING_VERBS.contains(&word) {
                    source_before(resolver, first, k)
                } else {
                    None
                };
            if let Some(attribution) = attribution {
                found.push(attribution);
            }
            k += 1;
        }
    }
    found
}

/// "according to X", "citing X": the cue runs from `cue` to `source`, the source from
/// there to the end of its phrase.
fn source_after(resolver: &Resolver, cue: usize, source: usize, end: usize) -> Option<Attribution> {
    let doc = resolver.doc;
    // The phrase ends before a function word ("of" aside), an article or a clause
    // ("sources claiming that ...").
    let ends_phrase = |k: usize| {
        let word = doc.word(k);
        k > source
            && (is_function_word(word) && word != "of"
                || matches!(word, "the" | "a" | "an" | "that" | "who" | "which")
                || word.ends_with("ing") && word.starts_with(char::is_lowercase))
    };
    let in_source =
        |k: usize| doc.is_word_or_number(k) && !ends_phrase(k) || doc.is_abbreviation_dot(k);
    let stop = (source..end.min(source + MAX_SOURCE_TOKENS))
        .find(|&k| !in_source(k))
        .unwrap_or(end.min(source + MAX_SOURCE_TOKENS));
    // A phrase never ends on "of" or "the".
    let stop = (source..stop)
        .rev()
        .find(|&k| !is_function_word(doc.word(k)) && !matches!(doc.word(k), "the" | "a" | "an"))
        .map(|k| k + 1)?;
    let source_speaker = phrase_source(resolver, source, stop)?;
    Some(make(
        resolver,
        cue,
        stop,
        span(doc, cue, source),
        source_speaker,
    ))
}

/// "The New York Times reported", "a senior official said": the source is the noun
/// phrase ending right before the verb (auxiliaries aside).
fn source_before(resolver: &Resolver, first: usize, verb: usize) -> Option<Attribution> {
    let doc = resolver.doc;
    let mut end = verb;
    while end > first && AUXILIARIES.contains(&doc.word(end - 1)) {
        end -= 1;
    }
    if end == first {
        return None;
    }
    if is_speaker_pronoun(doc.word(end - 1)) {
        // "he said": worth listing only when it is known who "he" is.
        let pronoun = resolver.pronoun(end - 1);
        pronoun.entity?;
        return Some(make(
            resolver,
            end - 1,
            verb + 1,
            span(doc, verb, verb + 1),
            pronoun,
        ));
    }
    let in_phrase = |k: usize| {
        (doc.is_word_or_number(k) && !is_function_word(doc.word(k)) && !resolver.is_speech_verb(k))
            || doc.is_abbreviation_dot(k)
    };
    let mut start = end;
    while start > first && end - start < MAX_SOURCE_TOKENS && in_phrase(start - 1) {
        start -= 1;
    }
    if start == end || end - start >= MAX_SOURCE_TOKENS && start > first && in_phrase(start - 1) {
        return None;
    }
    // "One of the sources who spoke with The Times said": the phrase before the verb is
    // the object of a preposition or a relative clause, not the one who said it.
    if start > first && OBJECT_MARKERS.contains(&doc.word(start - 1).to_lowercase().as_str()) {
        return None;
    }
    let source = phrase_source(resolver, start, end)?;
    Some(make(
        resolver,
        start,
        verb + 1,
        span(doc, verb, verb + 1),
        source,
    ))
}

/// The source named by tokens `first..end`: the whole phrase, resolved to the person
/// or organization it names; or, naming none, a description ("Palestinian sources").
fn phrase_source(resolver: &Resolver, first: usize, end: usize) -> Option<Speaker> {
    let doc = resolver.doc;
    let phrase = span(doc, first, end);
    let entity = resolver
        .mentions
        .within(phrase)
        .find(|(_, e)| resolver.is_speaker_kind(*e))
        .map(|&(_, e)| e);
    match entity {
        Some(e) => Some(resolver.named(phrase, Some(e))),
        None => match resolver.description(first, end) {
            // "The paper also noted": the description may resolve to the outlet named before.
            Some(described) => Some(described),
            None => doc
                .word(first)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
                .then(|| resolver.named(phrase, None)),
        },
    }
}

fn make(resolver: &Resolver, first: usize, end: usize, cue: Span, source: Speaker) -> Attribution {
    let doc = resolver.doc;
    let whole = span(doc, first, end);
    Attribution {
        span: whole,
        text: whole.of(doc.text).to_string(),
        cue: cue.of(doc.text).to_string(),
        source,
    }
}

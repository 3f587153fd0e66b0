//! Links mentions into entities: one kind per name across the article, and a first
//! name or surname alone joins the full name it shortens ("Witkoff" and "Steve" join
//! "Steve Witkoff").

use super::Candidate;
use crate::analysis::{Entity, EntityKind, Mention, Span};
use crate::lexicon::FastMap as HashMap;
use crate::text::Document;
use crate::vocabulary::names::{ACRONYM_SKIPS, GENERIC_HEADS};
use std::borrow::Cow;

/// A mention being linked: its candidate and the entity it has joined.
struct Linked<'t> {
    candidate: Candidate,
    text: &'t str,
    /// The text that linking looks up: the text, but a name in a headline in capitals
    /// is looked up as the body writes it ("BIDEN" as "Biden").
    key: Cow<'t, str>,
    words: usize,
}

/// Turns classified candidates into entities with linked mentions, in order of first
/// mention.
pub(crate) fn link(doc: &Document, candidates: Vec<Candidate>) -> Vec<Entity> {
    let mut mentions: Vec<Linked> = candidates
        .into_iter()
        .map(|candidate| {
            let span = span_of(doc, &candidate);
            let text = span.of(doc.text);
            let words = text.split_whitespace().count();
            Linked {
                candidate,
                key: Cow::Borrowed(text),
                text,
                words,
            }
        })
        .collect();
    key_capitals_as_the_body_writes_them(doc, &mut mentions);
    make_kinds_consistent(&mut mentions);
    drop_lone_sentence_starts(&mut mentions);

    // Longer names first, so that "Donald Trump" exists before "Trump" looks for it.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&m| {
        (
            std::cmp::Reverse(mentions[m].words),
            mentions[m].candidate.first_token,
        )
    });

    // "the Justice and Development Party (AKP)": the acronym in brackets is that name.
    let defined = defined_acronyms(doc, &mentions);
    // Sized for every mention, so that no table rehashes while it fills.
    let mut entity_of_text: HashMap<&str, usize> = with_room(mentions.len());
    let mut entity_of_acronym: HashMap<String, usize> = with_room(mentions.len());
    let mut members: Vec<Vec<usize>> = Vec::with_capacity(mentions.len());
    let mut person_names: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut organization_names: Vec<(usize, Vec<&str>)> = Vec::new();
    // Places of several words by their initials: "U.S." for "United States".
    let mut places_by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    // Built once the longer names are all in (single words come last in `order`).
    let mut index: Option<NameIndex> = None;
    for &m in &order {
        let mention = &mentions[m];
        let acronym = acronym_letters(mention.text);
        let entity = if let Some(&e) = entity_of_text.get(&*mention.key) {
            Some(e)
        } else if let Some(&e) = defined
            .get(mention.text)
            .and_then(|long| entity_of_text.get(long))
        {
            Some(e)
        } else if let Some(&e) = acronym
            .as_ref()
            .and_then(|letters| entity_of_acronym.get(letters))
            .filter(|&&e| mentions[members[e][0]].candidate.kind == mention.candidate.kind)
        {
            // "U.N." and "UN" are one name (of one kind: "US$" is no place).
            Some(e)
        } else if let Some(e) = acronym
            .as_ref()
            .filter(|_| mention.candidate.kind == EntityKind::Place)
            .and_then(|letters| places_by_initials.get(letters))
            .filter(|places| places.iter().all(|&e| e == places[0]))
            .map(|places| places[0])
        {
            // "U.S." and "United States", "U.K." and "United Kingdom": one place.
            Some(e)
        } else if let Some(e) = (mention.candidate.kind == EntityKind::Person && mention.words > 1)
            .then(|| person_by_tail(&person_names, &mention.key))
            .flatten()
        {
            // "de Gaulle" for Charles de Gaulle, "bin Salman" for Mohammed bin Salman.
            Some(e)
        } else if mention.words == 1 && mention.candidate.confidence < super::classify::CERTAIN {
            let index =
                index.get_or_insert_with(|| NameIndex::new(&person_names, &organization_names));
            shortened_person(index, &members, &mentions, mention).or_else(|| {
                // Only an organization joins an organization, so no label changes.
                (mention.candidate.kind == EntityKind::Organization)
                    .then(|| shortened_organization(index, mention))
                    .flatten()
            })
        } else {
            None
        };
        let e = entity.unwrap_or_else(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[e].push(m);
        entity_of_text.entry(&*mention.key).or_insert(e);
        if let Some(letters) = acronym {
            entity_of_acronym.entry(letters).or_insert(e);
        }
        if mention.candidate.kind == EntityKind::Person && mention.words > 1 && entity.is_none() {
            person_names.push((e, mention.key.split_whitespace().collect()));
        }
        if mention.candidate.kind == EntityKind::Organization
            && mention.words > 1
            && entity.is_none()
        {
            organization_names.push((e, mention.key.split_whitespace().collect()));
        }
        if mention.candidate.kind == EntityKind::Place && mention.words > 1 && entity.is_none() {
            let words: Vec<&str> = mention.key.split_whitespace().collect();
            let letters = initials(&words);
            if letters.len() >= 2 {
                places_by_initials.entry(letters).or_default().push(e);
            }
        }
    }

    let mut entities: Vec<Entity> = members
        .into_iter()
        .map(|mut ids| {
            ids.sort_by_key(|&m| mentions[m].candidate.first_token);
            let strongest = ids
                .iter()
                .max_by_key(|&&m| (mentions[m].candidate.confidence, mentions[m].words))
                .copied()
                .unwrap_or(ids[0]);
            let fullest = ids
                .iter()
                .max_by_key(|&&m| {
                    (
                        mentions[m].words,
                        std::cmp::Reverse(mentions[m].candidate.first_token),
                    )
                })
                .copied()
                .unwrap_or(ids[0]);
            let kind = mentions[strongest].candidate.kind;
            // News introduces a person by full name before using the surname alone: a
            // single unknown word that never joins a full name is more often an
            // organization (a company, a club) than a person.
            let lone_guess = kind == EntityKind::Person
                && mentions[strongest].candidate.confidence <= super::classify::GUESS
                && mentions[fullest].words == 1;
            Entity {
                name: mentions[fullest].text.to_string(),
                kind: if lone_guess {
                    EntityKind::Organization
                } else {
                    kind
                },
                mentions: ids
                    .iter()
                    .map(|&m| Mention {
                        span: span_of(doc, &mentions[m].candidate),
                        text: mentions[m].text.to_string(),
                    })
                    .collect(),
                salience: 0.0,
            }
        })
        .collect();
    entities.sort_by_key(|e| e.mentions[0].span.start);
    entities
}

/// Gives the persons of a line in capitals (a headline: "BIDEN SLAMS TRUMP") the key the
/// body writes them with ("Biden"), when every word of it is a word of a name of the same
/// kind in the body.
fn key_capitals_as_the_body_writes_them(doc: &Document, mentions: &mut [Linked]) {
    // Persons only: a place or team in capitals ("PANAMA", "CHICAGO") may be another kind
    // in the body, and joining it would change what the tagger read.
    let in_capitals = |m: &Linked| {
        m.candidate.kind == EntityKind::Person
            && doc.sentence_in_capitals(doc.sentence_index(m.candidate.first_token))
            && m.text.split_whitespace().all(crate::text::is_all_caps)
    };
    if !mentions.iter().any(in_capitals) {
        return;
    }
    let keys: Vec<Option<String>> = {
        // Each word of the body's names, with the kinds of the names it is in.
        let mut body_words: HashMap<&str, Vec<EntityKind>> = HashMap::default();
        for m in mentions
            .iter()
            .filter(|m| !doc.sentence_in_capitals(doc.sentence_index(m.candidate.first_token)))
        {
            for word in m.text.split_whitespace() {
                body_words.entry(word).or_default().push(m.candidate.kind);
            }
        }
        // Only a name of the same kind: linking must not change what the tagger read.
        mentions
            .iter()
            .map(|m| {
                let titled = in_capitals(m).then(|| super::runs::word_from_capitals(m.text))?;
                titled
                    .split_whitespace()
                    .all(|w| {
                        body_words
                            .get(w)
                            .is_some_and(|kinds| kinds.contains(&m.candidate.kind))
                    })
                    .then_some(titled)
            })
            .collect()
    };
    for (m, key) in mentions.iter_mut().zip(keys) {
        if let Some(key) = key {
            m.key = Cow::Owned(key);
        }
    }
}

/// Acronyms defined in brackets after an organization's name of several words
/// ("Italian Democratic Socialists (SDI)", "Alternative for Germany (AfD)"): acronym →
/// the name's text. A person's brackets hold a country or a party ("Pete Sampras (U.S.)").
fn defined_acronyms<'m>(doc: &Document, mentions: &'m [Linked]) -> HashMap<&'m str, &'m str> {
    let mut defined = HashMap::default();
    // Mentions are in text order: the one at a token is found by binary search.
    let text_at = |token: usize| {
        let k = mentions.partition_point(|m| m.candidate.first_token < token);
        mentions
            .get(k)
            .filter(|m| m.candidate.first_token == token)
            .map(|m| m.text)
    };
    let organization = |m: &Linked| m.candidate.kind == EntityKind::Organization;
    for m in mentions.iter().filter(|m| m.words > 1 && organization(m)) {
        let end = m.candidate.end_token;
        let acronym = doc.word(end + 1);
        let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = acronym.chars().filter(|c| c.is_uppercase()).count();
        let bracketed = doc.word(end) == "(" && doc.word(end + 2) == ")";
        if bracketed && (2..=8).contains(&letters) && capitals * 2 > letters {
            if let Some(text) = text_at(end + 1).filter(|&t| t == acronym) {
                defined.entry(text).or_insert(m.text);
            }
        }
    }
    defined
}

/// An empty table with room for `n` entries.
fn with_room<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

fn span_of(doc: &Document, candidate: &Candidate) -> Span {
    doc.span(candidate.first_token, candidate.end_token)
}

/// Drops a guessed one-word name that only ever appears as the first word of a
/// sentence ("Hi", "Attendance"): capitalized there for grammar, not as a name.
fn drop_lone_sentence_starts(mentions: &mut Vec<Linked>) {
    let words = mentions.iter().map(|m| m.words).sum::<usize>();
    let mut elsewhere: HashMap<&str, bool> = with_room(mentions.len() + words);
    for m in mentions.iter() {
        *elsewhere.entry(m.text).or_default() |= !m.candidate.starts_sentence;
        if m.words > 1 {
            // "Kushner" opening a sentence shortens "Jared Kushner" found elsewhere.
            for word in m.text.split_whitespace() {
                elsewhere.insert(word, true);
            }
        }
    }
    mentions.retain(|m| {
        m.words > 1 || m.candidate.confidence > super::classify::GUESS || elsewhere[&m.text]
    });
}

/// Gives every mention of the same text one kind: the kind with the most votes, each
/// mention voting with its confidence (ties go to the most confident mention).
fn make_kinds_consistent(mentions: &mut [Linked]) {
    // Per text: votes per kind, and the best single mention (confidence, kind).
    let mut ballots: HashMap<&str, ([u32; 4], (u8, EntityKind))> = with_room(mentions.len());
    for m in mentions.iter() {
        let entry = ballots
            .entry(m.text)
            .or_insert(([0; 4], (0, m.candidate.kind)));
        entry.0[m.candidate.kind.index()] += m.candidate.confidence as u32;
        if m.candidate.confidence > entry.1 .0 {
            entry.1 = (m.candidate.confidence, m.candidate.kind);
        }
    }
    for m in mentions.iter_mut() {
        let (votes, (confidence, best)) = ballots[&m.text];
        let top = *votes.iter().max().unwrap_or(&0);
        let winners = EntityKind::ALL
            .iter()
            .zip(votes)
            .filter(|&(_, v)| v == top)
            .count();
        m.candidate.kind = if winners == 1 {
            EntityKind::ALL[votes.iter().position(|&v| v == top).unwrap_or(0)]
        } else {
            best
        };
        m.candidate.confidence = confidence;
    }
}

/// The longer names found so far, by the single words that may shorten them: a person's
/// full name by its first and last word, an organization's name by a word that stands
/// for it and by its initials. Looking a single word up costs the same however many
/// names the article has.
struct NameIndex<'a> {
    persons: HashMap<&'a str, Vec<usize>>,
    /// An organization by its last word ("Times"), by the word before a generic head
    /// ("Labour" for "Labour Party"), or by a clipping news uses ("Fed").
    organizations_by_word: HashMap<&'a str, Vec<usize>>,
    organizations_by_initials: HashMap<String, Vec<usize>>,
}

impl<'a> NameIndex<'a> {
    fn new(
        person_names: &[(usize, Vec<&'a str>)],
        organization_names: &[(usize, Vec<&'a str>)],
    ) -> Self {
        let mut index = NameIndex {
            persons: with_room(2 * person_names.len()),
            organizations_by_word: with_room(3 * organization_names.len()),
            organizations_by_initials: with_room(organization_names.len()),
        };
        for (e, words) in person_names.iter().filter(|(_, words)| words.len() > 1) {
            index.persons.entry(words[0]).or_default().push(*e);
            if words[words.len() - 1] != words[0] {
                index
                    .persons
                    .entry(words[words.len() - 1])
                    .or_default()
                    .push(*e);
            }
        }
        for (e, words) in organization_names
            .iter()
            .filter(|(_, words)| !words.is_empty())
        {
            index
                .organizations_by_word
                .entry(words[words.len() - 1])
                .or_default()
                .push(*e);
            if words.len() == 2 && GENERIC_HEADS.contains(&words[1]) {
                index
                    .organizations_by_word
                    .entry(words[0])
                    .or_default()
                    .push(*e);
            }
            if let Some(&(_, clipping)) =
                CLIPPINGS.iter().find(|(start, _)| words.starts_with(start))
            {
                index
                    .organizations_by_word
                    .entry(clipping)
                    .or_default()
                    .push(*e);
            }
            let initials = initials(words);
            if initials.len() >= 2 {
                index
                    .organizations_by_initials
                    .entry(initials)
                    .or_default()
                    .push(*e);
            }
        }
        index
    }
}

/// The one person whose longer name ends with the words of `text` ("de Gaulle", "bin
/// Salman", "Jae-myung Lee" is no tail), if only one does.
fn person_by_tail(person_names: &[(usize, Vec<&str>)], text: &str) -> Option<usize> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = None;
    for (e, name) in person_names {
        if name.len() > words.len() && name.ends_with(&words) {
            if found.is_some_and(|f| f != *e) {
                return None;
            }
            found = Some(*e);
        }
    }
    found
}

/// The person whose full name this single word shortens (its first or last word), the
/// one mentioned nearest when several fit.
fn shortened_person(
    index: &NameIndex,
    members: &[Vec<usize>],
    mentions: &[Linked],
    mention: &Linked,
) -> Option<usize> {
    let at = mention.candidate.first_token;
    index
        .persons
        .get(&*mention.key)?
        .iter()
        .map(|&e| {
            let distance = members[e]
                .iter()
                .map(|&m| mentions[m].candidate.first_token.abs_diff(at))
                .min()
                .unwrap_or(usize::MAX);
            (distance, e)
        })
        .min()
        .map(|(_, e)| e)
}

/// The letters of an acronym, written with full stops or without ("U.N." and "UN" give
/// "UN"); None for any other word.
fn acronym_letters(word: &str) -> Option<String> {
    if word.len() > 12 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // Capitals and full stops only (the test below, before a string is made for it).
    if !word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        return None;
    }
    let letters: String = word.chars().filter(|&c| c != '.').collect();
    let dotted =
        word.len() == 2 * letters.len() && word.chars().skip(1).step_by(2).all(|c| c == '.');
    let plain = word.len() == letters.len();
    ((2..=6).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && (dotted || plain))
        .then_some(letters)
}

/// Clippings news uses for an organization, by the words its name starts with.
const CLIPPINGS: &[(&[&str], &str)] = &[(&["Federal", "Reserve"], "Fed")];

/// The initials of a name of several words, function words left out ("FBI", "US").
fn initials(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !ACRONYM_SKIPS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The organization this single word stands for: its distinctive last word ("the
/// Times" for "The New York Times"), the word before its generic head ("Labour"), a
/// clipping ("Fed") or its acronym ("FBI"), when exactly one fits.
fn shortened_organization(index: &NameIndex, mention: &Linked) -> Option<usize> {
    let word: &str = &mention.key;
    let by_last_word = (!GENERIC_HEADS.contains(&word))
        .then(|| index.organizations_by_word.get(word))
        .flatten();
    let by_initials =
        acronym_letters(word).and_then(|letters| index.organizations_by_initials.get(&letters));
    let mut matching = by_last_word
        .into_iter()
        .chain(by_initials)
        .flatten()
        .copied();
    let first = matching.next()?;
    matching.all(|e| e == first).then_some(first)
}

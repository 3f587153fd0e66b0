//! The project's acceptance case: the sample article (`data/sample/article.txt`) with
//! reference date 2025-11-06.

use article_analyzer::{analyze, Analysis, CalendarDate, EntityKind, Options};
use std::sync::OnceLock;

fn sample() -> &'static (String, Analysis) {
    static SAMPLE: OnceLock<(String, Analysis)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample/article.txt");
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("the seed article must be at {path}: {e}"));
        let options = Options {
            reference_date: CalendarDate::parse("2025-11-06"),
            today: None,
        };
        let analysis = analyze(&text, &options);
        (text, analysis)
    })
}

/// The entity with this canonical name; fails naming what was found instead.
fn entity(name: &str) -> &'static article_analyzer::Entity {
    let (_, analysis) = sample();
    analysis
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            let names: Vec<_> = analysis.entities.iter().map(|e| &e.name).collect();
            panic!("no entity named {name:?}; found {names:?}")
        })
}

fn mention_texts(name: &str) -> Vec<&'static str> {
    entity(name)
        .mentions
        .iter()
        .map(|m| m.text.as_str())
        .collect()
}

#[test]
fn the_people_are_found_with_their_short_names_linked() {
    for name in [
        "Khalil al-Hayya",
        "Steve Witkoff",
        "Jared Kushner",
        "Donald Trump",
        "Adam Boehler",
        "Edan Alexander",
    ] {
        assert_eq!(entity(name).kind, EntityKind::Person, "{name}");
    }
    assert!(mention_texts("Khalil al-Hayya").contains(&"al-Hayya"));
    let witkoff = mention_texts("Steve Witkoff");
    assert!(
        witkoff.contains(&"Witkoff") && witkoff.contains(&"Steve"),
        "{witkoff:?}"
    );
    assert!(mention_texts("Jared Kushner").contains(&"Kushner"));
    assert!(mention_texts("Donald Trump").contains(&"Trump"));
}

#[test]
fn titles_and_possessives_are_not_part_of_names() {
    let (_, analysis) = sample();
    for e in &analysis.entities {
        for m in &e.mentions {
            assert!(
                !m.text.ends_with("’s") && !m.text.ends_with("'s"),
                "possessive in {:?}",
                m.text
            );
            assert!(
                !m.text.starts_with("President") && !m.text.contains("envoy"),
                "title in {:?}",
                m.text
            );
        }
    }
    assert_eq!(mention_texts("Lebanon"), ["Lebanon"]);
}

#[test]
fn organizations_places_and_other_names_have_their_kinds() {
    for name in ["Hamas", "Al Mayadeen", "The New York Times"] {
        assert_eq!(entity(name).kind, EntityKind::Organization, "{name}");
    }
    for name in [
        "Lebanon",
        "United States",
        "Turkey",
        "Egypt",
        "Gaza",
        "Doha",
        "Qatar",
    ] {
        assert_eq!(entity(name).kind, EntityKind::Place, "{name}");
    }
    for name in ["Israeli", "Palestinian", "American", "60 Minutes"] {
        assert_eq!(entity(name).kind, EntityKind::Other, "{name}");
    }
    assert_eq!(
        mention_texts("United States"),
        ["U.S.", "United States", "U.S."],
        "U.S. is the United States"
    );
}

/// The value the expression with exactly this text resolves to.
fn date_value(text: &str) -> &'static str {
    let (_, analysis) = sample();
    let found = analysis.dates.iter().find(|d| d.text == text);
    found
        .map(|d| d.value.as_str())
        .unwrap_or_else(|| panic!("no date {text:?} in {:?}", analysis.dates))
}

#[test]
fn dates_resolve_against_the_reference_date() {
    assert_eq!(
        date_value("Wednesday"),
        "2025-11-05",
        "the article is in the past tense"
    );
    assert_eq!(date_value("October 8"), "2025-10-08");
    assert_eq!(date_value("last week"), "2025-W44");
    assert_eq!(date_value("earlier this year"), "2025");
    assert_eq!(date_value("March"), "2025-03");
}

#[test]
fn age_22_and_60_minutes_are_not_dates() {
    let (_, analysis) = sample();
    assert_eq!(analysis.dates.len(), 5, "{:?}", analysis.dates);
    assert!(analysis
        .dates
        .iter()
        .all(|d| !d.text.contains("22") && !d.text.contains("Minutes")));
}

#[test]
fn witkoff_says_the_first_two_quotes_and_kushner_the_third() {
    let (_, analysis) = sample();
    let speakers: Vec<_> = analysis
        .quotes
        .iter()
        .map(|q| {
            q.speaker
                .as_ref()
                .map(|s| (s.name.as_str(), s.text.as_str()))
        })
        .collect();
    assert_eq!(
        speakers,
        [
            Some(("Steve Witkoff", "Witkoff")),
            Some(("Steve Witkoff", "Witkoff")),
            Some(("Jared Kushner", "he"))
        ],
        "the second quote continues Witkoff's; 'he' after 'Kushner described' is Kushner"
    );
    assert!(analysis.quotes[0].text.starts_with("“We expressed"));
    assert!(analysis.quotes[2]
        .text
        .starts_with("“When Steve and he spoke"));
}

#[test]
fn every_span_covers_its_text() {
    let (text, analysis) = sample();
    for e in &analysis.entities {
        for m in &e.mentions {
            assert_eq!(m.span.of(text), m.text);
        }
    }
    for d in &analysis.dates {
        assert_eq!(d.span.of(text), d.text);
    }
    for q in &analysis.quotes {
        assert_eq!(q.span.of(text), q.text);
        if let Some(s) = &q.speaker {
            assert_eq!(s.span.of(text), s.text);
        }
    }
}

#[test]
fn claims_credited_outside_quotation_marks_are_listed_with_their_sources() {
    let (_, analysis) = sample();
    let found: Vec<(&str, &str)> = analysis
        .attributions
        .iter()
        .map(|a| (a.cue.as_str(), a.source.name.as_str()))
        .collect();
    assert!(
        found.contains(&("according to", "Al Mayadeen")),
        "{found:?}"
    );
    assert!(
        found.contains(&("cited", "Palestinian sources")),
        "{found:?}"
    );
    assert!(
        found.contains(&("According to", "The New York Times")),
        "{found:?}"
    );
    // "The paper also noted": the paper is the Times named just before.
    assert!(
        found.contains(&("noted", "The New York Times")),
        "{found:?}"
    );
    // "One of the sources who spoke with The New York Times said ...": not the Times.
    assert!(
        !found.contains(&("said", "The New York Times")),
        "{found:?}"
    );
}

/// The names of the `n` most salient entities of an analysis, most salient first.
fn most_salient(analysis: &Analysis, n: usize) -> Vec<String> {
    let mut entities: Vec<_> = analysis.entities.iter().collect();
    entities.sort_by(|a, b| b.salience.total_cmp(&a.salience));
    entities.iter().take(n).map(|e| e.name.clone()).collect()
}

#[test]
fn steve_witkoff_is_the_most_salient_and_stays_so_under_small_edits() {
    let (text, analysis) = sample();
    assert_eq!(most_salient(analysis, 1), ["Steve Witkoff"]);
    let total: f64 = analysis.entities.iter().map(|e| e.salience).sum();
    assert!((total - 1.0).abs() < 1e-9, "saliences sum to {total}");
    // Drop the last paragraph, or add a sentence naming someone else: the top stays.
    let options = Options {
        reference_date: CalendarDate::parse("2025-11-06"),
        today: None,
    };
    let shorter = &text[..text.trim_end().rfind('\n').expect("several paragraphs")];
    let longer = format!("{text}\nMaria Lopez of Reuters contributed reporting.\n");
    for edited in [shorter, longer.as_str()] {
        let top = most_salient(&analyze(edited, &options), 3);
        assert_eq!(top[0], "Steve Witkoff", "{top:?}");
        let before = most_salient(analysis, 3);
        let shared = top.iter().filter(|name| before.contains(name)).count();
        assert!(shared >= 2, "{before:?} became {top:?}");
    }
}

#[test]
fn the_sample_numbers_are_counts_and_sixty_minutes_is_none() {
    let (text, analysis) = sample();
    assert!(analysis.numbers.iter().all(|n| !n.text.contains("60")));
    assert!(analysis.numbers.iter().all(|n| n.text != "22"));
    let first = analysis
        .numbers
        .iter()
        .find(|n| n.text == "first")
        .expect("\"first\" is an ordinal");
    assert_eq!(
        (first.kind, first.value),
        (article_analyzer::NumberKind::Ordinal, 1.0)
    );
    for number in &analysis.numbers {
        assert_eq!(&text[number.span.start..number.span.end], number.text);
    }
}

//! Articles copied from news sites with their page furniture (bylines, credits, photo
//! credits, stamps, share lines) and title-case headlines, written here in the styles of
//! several outlets: the people named in the furniture are persons, nothing else in it is
//! an entity, and nobody in it speaks.

use article_analyzer::analysis::{Analysis, EntityKind};
use article_analyzer::Analyzer;

fn analyze(text: &str) -> Analysis {
    Analyzer::new().analyze(text, &Default::default())
}

/// Every mention as (text, kind), in text order.
fn mentions(analysis: &Analysis) -> Vec<(String, EntityKind)> {
    let mut all: Vec<(usize, String, EntityKind)> = analysis
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.span.start, m.text.clone(), e.kind))
        })
        .collect();
    all.sort_by_key(|m| m.0);
    all.into_iter()
        .map(|(_, text, kind)| (text, kind))
        .collect()
}

fn has(analysis: &Analysis, name: &str, kind: EntityKind) -> bool {
    mentions(analysis)
        .iter()
        .any(|(text, k)| text == name && *k == kind)
}

/// No mention contains any of `words`.
fn none_contains(analysis: &Analysis, words: &[&str]) {
    for (text, kind) in mentions(analysis) {
        for word in words {
            assert!(!text.contains(word), "{text:?} ({kind:?}) holds {word:?}");
        }
    }
}

#[test]
fn a_reuters_story_with_its_credits() {
    let analysis = analyze(
        "Biden Slams ‘Reckless’ Trump Over Tariff Plan As Markets Tumble\n\n\
         WASHINGTON (Reuters) - President Joe Biden on Tuesday criticized former President \
         Donald Trump's plan for new tariffs, saying it would hurt families.\n\n\
         \"This is reckless,\" Biden told reporters at the White House.\n\n\
         (Reporting by Jeff Mason in Washington; Editing by Heather Timmons and Andrea Ricci)",
    );
    for person in [
        "Jeff Mason",
        "Heather Timmons",
        "Andrea Ricci",
        "Biden",
        "Trump",
    ] {
        assert!(
            has(&analysis, person, EntityKind::Person),
            "{person}: {:?}",
            mentions(&analysis)
        );
    }
    none_contains(&analysis, &["Editing", "Reporting", "Slams", "Tariff"]);
    let biden = analysis
        .entities
        .iter()
        .find(|e| e.name == "Joe Biden")
        .unwrap();
    assert_eq!(
        biden.mentions.len(),
        3,
        "the headline's Biden joins Joe Biden"
    );
    assert_eq!(analysis.quotes.len(), 1);
    assert_eq!(
        analysis.quotes[0].speaker.as_ref().unwrap().name,
        "Joe Biden"
    );
}

#[test]
fn an_ap_story_with_byline_photo_and_contributors() {
    let analysis = analyze(
        "By ZEKE MILLER and AAMER MADHANI\n\
         FILE - President Joe Biden speaks in the Roosevelt Room. (AP Photo/Evan Vucci, File)\n\
         WASHINGTON (AP) — Biden said on Monday that talks would go on.\n\
         \"We are not done,\" he said.\n\
         Associated Press writer Colleen Long in Wilmington, Delaware, contributed to this report.",
    );
    for person in ["ZEKE MILLER", "AAMER MADHANI", "Evan Vucci", "Colleen Long"] {
        assert!(
            has(&analysis, person, EntityKind::Person),
            "{person}: {:?}",
            mentions(&analysis)
        );
    }
    assert!(has(&analysis, "Wilmington", EntityKind::Place));
    none_contains(&analysis, &["FILE", "AP Photo", "Associated Press writer"]);
    // "he" is Biden, never the byline's authors.
    let speaker = analysis.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.name, "Joe Biden");
}

#[test]
fn a_getty_caption_and_a_guardian_credit() {
    let analysis = analyze(
        "Xi Jinping and Lee Jae-myung met in Gyeongju on Saturday.\n\
         Xi Jinping waves to reporters. Photograph: Kim Hong-Ji/Reuters\n\
         Lee Jae-myung in Seoul. (Photo by Chung Sung-Jun/Getty Images)\n\
         Share on Facebook\nShare on X\nEmail\n\
         Lee said the summit had gone well.",
    );
    for person in [
        "Kim Hong-Ji",
        "Chung Sung-Jun",
        "Xi Jinping",
        "Lee Jae-myung",
    ] {
        assert!(
            has(&analysis, person, EntityKind::Person),
            "{person}: {:?}",
            mentions(&analysis)
        );
    }
    none_contains(
        &analysis,
        &["Getty", "Reuters", "Photograph", "Facebook", "Share"],
    );
}

#[test]
fn a_stamp_dates_the_article_and_a_caption_does_not() {
    let analysis = analyze(
        "Apple Unveils New iPhone Amid Slowing Sales In China\n\
         FILE PHOTO: A woman walks past an Apple store in Shanghai, China, March 3, 2024. \
         REUTERS/Aly Song/File Photo\n\
         Updated 3:45 PM EST, Tue September 10, 2024\n\
         CUPERTINO, California (AP) — Apple on Monday unveiled a new iPhone.",
    );
    let reference = analysis.reference_date.as_ref().unwrap();
    assert_eq!(reference.date.to_string(), "2024-09-10");
    assert!(has(&analysis, "Aly Song", EntityKind::Person));
    assert!(has(&analysis, "Apple", EntityKind::Organization));
    none_contains(
        &analysis,
        &["FILE PHOTO", "File Photo", "REUTERS", "Unveils", "EST"],
    );
}

#[test]
fn a_cnn_byline_names_its_authors_only() {
    let analysis = analyze(
        "By Kevin Liptak and Arlette Saenz, CNN\n\
         Updated 6:12 AM EDT, Thu October 9, 2025\n\
         Donald Trump said Wednesday that Steve Witkoff would travel to Egypt.",
    );
    for person in [
        "Kevin Liptak",
        "Arlette Saenz",
        "Donald Trump",
        "Steve Witkoff",
    ] {
        assert!(
            has(&analysis, person, EntityKind::Person),
            "{person}: {:?}",
            mentions(&analysis)
        );
    }
    assert!(has(&analysis, "Egypt", EntityKind::Place));
    none_contains(&analysis, &["CNN", "EDT", "Thu"]);
}

#[test]
fn a_headline_in_capitals_names_the_people_of_the_body() {
    let analysis = analyze(
        "BIDEN SLAMS TRUMP OVER TARIFF PLAN AS MARKETS TUMBLE\n\n\
         WASHINGTON (Reuters) - President Joe Biden on Tuesday criticized former President \
         Donald Trump's plan for new tariffs.\n\n\
         Trump, speaking in Florida, said the plan would protect workers.",
    );
    let biden = analysis
        .entities
        .iter()
        .find(|e| e.name == "Joe Biden")
        .unwrap();
    let texts: Vec<&str> = biden.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["BIDEN", "Joe Biden"]);
    let trump = analysis
        .entities
        .iter()
        .find(|e| e.name == "Donald Trump")
        .unwrap();
    assert_eq!(trump.mentions.len(), 3);
    none_contains(&analysis, &["SLAMS", "TARIFF"]);
}

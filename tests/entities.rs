//! Entity recognition and linking on short articles.

use article_analyzer::{analyze, EntityKind, Options};

fn entities(text: &str) -> Vec<article_analyzer::Entity> {
    analyze(text, &Options::default()).entities
}

fn mentions_of<'a>(found: &'a [article_analyzer::Entity], name: &str) -> Vec<&'a str> {
    let entity = found
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {found:?}"));
    entity.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn the_times_and_an_acronym_join_the_organization_they_shorten() {
    let found = entities(
        "The New York Times reported the story on Monday. The Federal Bureau of Investigation (FBI) said the Times was wrong, and the FBI declined to comment further.",
    );
    assert_eq!(
        mentions_of(&found, "The New York Times"),
        ["The New York Times", "Times"]
    );
    assert_eq!(
        mentions_of(&found, "Federal Bureau of Investigation"),
        ["Federal Bureau of Investigation", "FBI", "FBI"]
    );
    assert!(found.iter().all(|e| e.kind == EntityKind::Organization));
}

#[test]
fn a_place_and_its_initials_are_one_place() {
    let found = entities(
        "Talks between the United States and the United Kingdom resumed in Geneva. U.S. officials said the UK delegation would stay, and a U.S. envoy flew to London.",
    );
    assert_eq!(
        mentions_of(&found, "United States"),
        ["United States", "U.S.", "U.S."]
    );
    assert_eq!(
        mentions_of(&found, "United Kingdom"),
        ["United Kingdom", "UK"]
    );
    let places = found.iter().filter(|e| e.kind == EntityKind::Place).count();
    assert_eq!(
        places, 4,
        "United States, United Kingdom, Geneva, London: {found:?}"
    );
}

#[test]
fn a_surname_joins_the_full_name_even_before_it_and_keeps_its_kind() {
    let found = entities("Merkel arrived late. Chancellor Angela Merkel then told reporters in Berlin that Merkel would stay.");
    let merkel = found
        .iter()
        .find(|e| e.name == "Angela Merkel")
        .expect("Angela Merkel");
    assert_eq!(merkel.kind, EntityKind::Person);
    assert_eq!(merkel.mentions.len(), 3, "{:?}", merkel.mentions);
    assert!(merkel
        .mentions
        .iter()
        .all(|m| !m.text.contains("Chancellor")));
    assert_eq!(
        found.iter().find(|e| e.name == "Berlin").map(|e| e.kind),
        Some(EntityKind::Place)
    );
}

#[test]
fn a_name_found_once_is_found_everywhere_in_the_article() {
    let text = "Officials from Petrobras met investors in Rio de Janeiro. Later, Petrobras said output rose. Analysts expect Petrobras to raise prices.";
    let found = entities(text);
    let petrobras = found
        .iter()
        .find(|e| e.name == "Petrobras")
        .expect("Petrobras");
    assert_eq!(petrobras.mentions.len(), 3);
    assert_eq!(petrobras.kind, EntityKind::Organization);
}

#[test]
fn headlines_in_capitals_still_yield_names() {
    let found = entities("SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP.\nAL-AIN, United Arab Emirates 1996-12-06\nJapan began the defence of their title.");
    let kinds: Vec<_> = found.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    assert!(
        kinds.contains(&("Japan", EntityKind::Place))
            || kinds.contains(&("JAPAN", EntityKind::Place)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("United Arab Emirates", EntityKind::Place)),
        "{kinds:?}"
    );
}

#[test]
fn a_name_after_mr_or_ms_is_a_person() {
    let found = entities("Mr. Smith said on Tuesday that he would resign. Ms. Okafor disagreed.");
    for name in ["Smith", "Okafor"] {
        let entity = found
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {found:?}"));
        assert_eq!(entity.kind, EntityKind::Person, "{name}");
    }
}

#[test]
fn abbreviated_titles_and_party_tags_are_not_names() {
    let found = entities(
        "Sen. Maria Cantwell (D-Wash.) and Rep. Tom Cole (R-Okla.) questioned Lt. Gen. Paul Nakasone on Tuesday. \
         Gen. Nakasone said the agency would comply. Sen. John Thune, R-S.D., and Gov. Janet Mills (D) agreed.",
    );
    let names: Vec<(&str, EntityKind)> = found.iter().map(|e| (e.name.as_str(), e.kind)).collect();
    for person in [
        "Maria Cantwell",
        "Tom Cole",
        "Paul Nakasone",
        "John Thune",
        "Janet Mills",
    ] {
        assert!(
            names.contains(&(person, EntityKind::Person)),
            "{person} in {names:?}"
        );
    }
    assert_eq!(
        mentions_of(&found, "Paul Nakasone"),
        ["Paul Nakasone", "Nakasone"]
    );
    for word in [
        "Sen", "Rep", "Gen", "Lt", "D-Wash", "R-Okla", "Wash", "Okla", "R-S", "D.",
    ] {
        assert!(
            found
                .iter()
                .flat_map(|e| &e.mentions)
                .all(|m| !m.text.starts_with(word)),
            "{word} in {names:?}"
        );
    }
}

#[test]
fn words_capitalized_only_by_a_title_case_headline_are_not_names() {
    let found = entities(
        "Only 30 Percent of Ana Ruiz’s Donors Are Local Residents.\n\nMayor Ana Ruiz raised $2 million this year, most of it from donors outside Denver, \
         her campaign said on Monday.",
    );
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Ana Ruiz"), "{names:?}");
    assert!(names.contains(&"Denver"), "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Donors") && !n.contains("Residents") && !n.contains("Percent")),
        "{names:?}"
    );
    assert_eq!(mentions_of(&found, "Ana Ruiz").len(), 2);
}

#[test]
fn a_name_with_a_quoted_nickname_is_one_person() {
    let found = entities("Rep. Robert C. “Bobby” Scott of Virginia spoke first. Scott said the bill would pass, and Marcia \"Cia\" Price agreed.");
    assert_eq!(
        mentions_of(&found, "Robert C. “Bobby” Scott"),
        ["Robert C. “Bobby” Scott", "Scott"]
    );
    assert!(
        found
            .iter()
            .any(|e| e.name == "Marcia \"Cia\" Price" && e.kind == EntityKind::Person),
        "{found:?}"
    );
    assert!(
        found.iter().all(|e| e.name != "Bobby" && e.name != "Cia"),
        "{found:?}"
    );
    // Nicknames of several words, and names the tagger splits around the nickname.
    let found = entities("LAS VEGAS (Reuters) - Fans cheered. Roberto \"Hands of Stone\" Duran retired on Monday, and Dwayne “The Rock” Johnson watched.");
    assert!(
        found
            .iter()
            .any(|e| e.name == "Roberto \"Hands of Stone\" Duran" && e.kind == EntityKind::Person),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|e| e.name == "Dwayne “The Rock” Johnson" && e.kind == EntityKind::Person),
        "{found:?}"
    );
    assert!(
        found.iter().all(|e| e.name != "Stone" && e.name != "Duran"),
        "{found:?}"
    );
}

#[test]
fn common_words_opening_a_quotation_are_not_names() {
    let found = entities(
        "“Maybe I can, by speaking directly to voters, say, ‘Look, this is not who we are,’” Hillary Clinton said. \
         Zero Hedge asked, “Wait, now it is 18.7% when the agency said a year earlier that it was 5%?”",
    );
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Hillary Clinton"), "{names:?}");
    assert!(
        !names.contains(&"Look") && !names.contains(&"Wait"),
        "{names:?}"
    );
}

#[test]
fn a_datelines_city_in_capitals_is_a_place() {
    for (text, city) in [
        ("LAS VEGAS (Reuters) - Fans cheered on Monday as the fight ended.", "LAS VEGAS"),
        ("SAN FRANCISCO (AP) — The company said on Monday it would cut jobs.", "SAN FRANCISCO"),
        ("LAS CRUCES, Nov 5 (Reuters) - Officials said on Monday the road would reopen.", "LAS CRUCES"),
        ("Budget talks stall\nBy JANE DOE\nBATON ROUGE, La. — The governor said on Monday that talks had stalled.", "BATON ROUGE"),
    ] {
        let found = entities(text);
        assert!(found.iter().any(|e| e.name == city && e.kind == EntityKind::Place), "{city} in {found:?}");
    }
    // A headline in capitals is no dateline, and an organization's seat stays the organization.
    let found =
        entities("SOCCER - MILAN BEAT ROMA 2-1 .\nMILAN 1996-08-30\nAC Milan beat Roma on Friday.");
    assert!(found.iter().all(|e| e.name != "SOCCER"), "{found:?}");
    let found = entities("UNITED NATIONS 1996-08-29\nThe Security Council met on Thursday.");
    assert!(
        found
            .iter()
            .any(|e| e.name == "UNITED NATIONS" && e.kind == EntityKind::Organization),
        "{found:?}"
    );
}

#[test]
fn an_acronym_with_or_without_full_stops_is_one_name() {
    let found =
        entities("The United Nations said on Wednesday that aid was coming. The U.N. chief spoke, and the UN said more. The F.B.I. and the FBI agreed.");
    assert_eq!(
        mentions_of(&found, "United Nations"),
        ["United Nations", "U.N.", "UN"]
    );
    assert_eq!(mentions_of(&found, "F.B.I."), ["F.B.I.", "FBI"]);
}

#[test]
fn an_organization_by_the_word_before_its_generic_head_or_a_clipping() {
    let found = entities("The Federal Reserve held rates on Wednesday. The Fed said inflation was easing. The Labour Party won, and Labour leaders cheered.");
    assert_eq!(
        mentions_of(&found, "Federal Reserve"),
        ["Federal Reserve", "Fed"]
    );
    assert_eq!(
        mentions_of(&found, "Labour Party"),
        ["Labour Party", "Labour"]
    );
}

#[test]
fn an_acronym_defined_in_brackets_joins_its_organization() {
    let found = entities(
        "The Justice and Development Party (AKP) won the vote. Leaders of the AKP met in Ankara, and Ursula von der Leyen said von der Leyen would call.",
    );
    assert_eq!(
        mentions_of(&found, "Justice and Development Party"),
        ["Justice and Development Party", "AKP", "AKP"]
    );
    assert_eq!(
        mentions_of(&found, "Ursula von der Leyen"),
        ["Ursula von der Leyen", "von der Leyen"]
    );
}

#[test]
fn a_country_in_brackets_after_a_player_stays_a_place() {
    let found = entities("Pete Sampras (U.S.) beat Boris Becker (Germany) 6-4. The U.S. team won.");
    let us = found.iter().find(|e| e.name == "U.S.").expect("U.S.");
    assert_eq!(us.kind, EntityKind::Place);
}

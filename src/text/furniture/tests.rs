//! Furniture in the styles of several agencies and outlets, and prose that is none.

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
    assert!(furniture("By Friday Trump and Xi will have met in Seoul to talk trade.").is_empty());
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
    assert!(furniture("The AC/DC concert and the Israeli/Palestinian talks went on.").is_empty());
}

#[test]
fn a_role_with_no_name_after_it_ends_the_credits() {
    // Each of these once looped for ever; a credit that ends in a bare role is no credit.
    for text in [
        "Reporting by",
        "Reporting by Jeff Mason; Editing by",
        "Editing by the desk",
        "(Writing by)",
    ] {
        assert_eq!(furniture(text), [], "{text}");
    }
    let found = furniture("Reporting by Jeff Mason; Editing by Heather Timmons");
    assert_eq!(found[0].2, ["Jeff Mason", "Heather Timmons"]);
}

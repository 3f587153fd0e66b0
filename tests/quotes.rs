//! Quotations, speakers and attributed claims on short made-up articles: each test
//! names the behaviour it checks and asserts the quotation's words and its speaker.

use article_analyzer::{analyze, Analysis, Options};

fn run(text: &str) -> Analysis {
    analyze(text, &Options::default())
}

/// (quotation text without its marks, speaker's words in the text, speaker's name).
fn quotes(analysis: &Analysis) -> Vec<(String, Option<(String, String)>)> {
    analysis
        .quotes
        .iter()
        .map(|q| {
            let inner = q
                .text
                .trim_matches(|c: char| "\"'“”‘’«»„ ".contains(c))
                .to_string();
            (
                inner,
                q.speaker.as_ref().map(|s| (s.text.clone(), s.name.clone())),
            )
        })
        .collect()
}

/// The speaker (words, name) of the quotation whose text contains `words`.
fn speaker_of(analysis: &Analysis, words: &str) -> Option<(String, String)> {
    let all = quotes(analysis);
    let found = all.iter().find(|(text, _)| text.contains(words));
    found
        .unwrap_or_else(|| panic!("no quotation containing {words:?} in {all:?}"))
        .1
        .clone()
}

fn said_by(analysis: &Analysis, words: &str) -> (String, String) {
    speaker_of(analysis, words).unwrap_or_else(|| panic!("the quotation {words:?} has no speaker"))
}

fn pair(text: &str, name: &str) -> (String, String) {
    (text.to_string(), name.to_string())
}

#[test]
fn speaker_named_before_and_after_the_verb() {
    let a = run("“We will rebuild the port,” Maria Lopez said on Monday. “The funds are ready,” said Lopez.");
    assert_eq!(
        said_by(&a, "rebuild the port"),
        pair("Maria Lopez", "Maria Lopez")
    );
    assert_eq!(said_by(&a, "funds are ready"), pair("Lopez", "Maria Lopez"));
}

#[test]
fn an_apposition_between_speaker_and_verb() {
    let a = run("“The budget is final,” Carlos Mendez, the agency's head, said. Mendez, the agency's head, said “nothing will change.”");
    assert_eq!(
        said_by(&a, "budget is final"),
        pair("Carlos Mendez", "Carlos Mendez")
    );
    assert_eq!(
        said_by(&a, "nothing will change"),
        pair("Mendez", "Carlos Mendez")
    );
}

#[test]
fn told_reporters_and_other_reporting_verbs() {
    let a = run("Senator Anna Berg told reporters: “We have the votes.” “Not yet,” Berg added. Berg tweeted, “See you in court.”");
    assert_eq!(
        said_by(&a, "We have the votes"),
        pair("Anna Berg", "Anna Berg")
    );
    assert_eq!(said_by(&a, "Not yet"), pair("Berg", "Anna Berg"));
    assert_eq!(said_by(&a, "See you in court"), pair("Berg", "Anna Berg"));
}

#[test]
fn according_to_names_the_speaker() {
    let a = run("According to Julia Novak, “the deal was signed at midnight.”");
    assert_eq!(
        said_by(&a, "deal was signed"),
        pair("Julia Novak", "Julia Novak")
    );
}

#[test]
fn a_description_speaks_without_an_entity() {
    let a = run("“The talks have collapsed,” a senior official said.");
    let quote = &a.quotes[0];
    let speaker = quote.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.text, "a senior official");
    assert_eq!(speaker.entity, None);
}

#[test]
fn a_pronoun_resolves_to_the_most_recent_fitting_person() {
    let text = "Steve Witkoff met Mary Jones in Cairo. Jones spoke first. Witkoff listened.\n“It was a good meeting,” he said.";
    let a = run(text);
    let (words, name) = said_by(&a, "good meeting");
    assert_eq!(words, "he");
    assert_eq!(name, "Steve Witkoff", "“he” is the man of the two");
}

#[test]
fn it_resolves_to_an_organization() {
    let a = run("The ministry of finance issued a statement on Monday. Reuters obtained a copy.\n“Spending will fall,” it said.");
    let quote = &a.quotes[0];
    let speaker = quote.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.text, "it");
    let entity = speaker.entity.map(|e| a.entities[e].name.as_str());
    assert_eq!(entity, Some("Reuters"));
}

#[test]
fn a_continued_quotation_keeps_its_speaker() {
    let a = run("“We expressed our condolences,” Witkoff said in an interview. “He mentioned his son, and I told him about mine.”");
    assert_eq!(
        said_by(&a, "He mentioned his son"),
        pair("Witkoff", "Witkoff")
    );
}

#[test]
fn a_fragment_quoted_in_narration_belongs_to_the_sentence_subject() {
    let a = run(
        "In July, Gingrich dismissed Estonia as the “suburbs of St. Petersburg” in an interview.",
    );
    assert_eq!(
        said_by(&a, "suburbs of St. Petersburg"),
        pair("Gingrich", "Gingrich")
    );
}

#[test]
fn a_quotation_over_several_paragraphs_is_reported_paragraph_by_paragraph() {
    let text =
        "John Smith spoke at length.\n\n“The first paragraph of a long statement.\n\n“The second paragraph goes on.\n\n“And this is the end,” said Smith.";
    let a = run(text);
    let found = quotes(&a);
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The first paragraph of a long statement.",
            "The second paragraph goes on.",
            "And this is the end,"
        ]
    );
    for (text, speaker) in &found {
        assert_eq!(
            speaker.as_ref().map(|s| s.1.as_str()),
            Some("John Smith"),
            "{text}"
        );
    }
}

#[test]
fn a_stray_mark_does_not_swallow_the_article() {
    // The next paragraph opens with a quotation mark, as a continued quotation would.
    let text = "Officials called it a “mistake in the count.\n\n“The result stands,” said Ruth Adler.\n\nThe vote was held again on Tuesday.";
    let a = run(text);
    let found = quotes(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "The result stands,");
    assert_eq!(
        said_by(&a, "result stands"),
        pair("Ruth Adler", "Ruth Adler")
    );
}

#[test]
fn single_quotes_nested_in_double_ones_are_part_of_them() {
    let a = run("“He told me ‘never again’ and left,” said Paula Grant.");
    let found = quotes(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "He told me ‘never again’ and left,");
    assert_eq!(
        said_by(&a, "never again"),
        pair("Paula Grant", "Paula Grant")
    );
}

#[test]
fn british_single_quotes_count_when_a_cue_makes_them_quotations() {
    let a = run("‘We are ready to govern,’ said Keir Wallace. Critics called the plan a ‘fantasy’ on Monday.");
    let found = quotes(&a);
    assert_eq!(found.len(), 1, "only the cued one: {found:?}");
    assert_eq!(
        said_by(&a, "ready to govern"),
        pair("Keir Wallace", "Keir Wallace")
    );
}

#[test]
fn angle_and_low_quotation_marks() {
    let a = run("« We stay here », said Pierre Martin. „We go home“, said Hans Weber.");
    assert_eq!(
        said_by(&a, "We stay here"),
        pair("Pierre Martin", "Pierre Martin")
    );
    assert_eq!(said_by(&a, "We go home"), pair("Hans Weber", "Hans Weber"));
}

#[test]
fn straight_quotes_pair_by_spacing() {
    let a = run("\"This is not tax reform,\" said Douglas Holtz-Eakin. He is 6'3\" tall.");
    let found = quotes(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        said_by(&a, "not tax reform"),
        pair("Douglas Holtz-Eakin", "Douglas Holtz-Eakin")
    );
}

#[test]
fn titles_and_scare_quotes_are_not_quotations() {
    let a = run("Jeh Johnson told MSNBC's “Morning Joe” that the review goes on. The so-called “reform” was shelved.");
    assert!(a.quotes.is_empty(), "{:?}", quotes(&a));
}

#[test]
fn what_someone_was_called_is_a_quotation_even_capitalized_or_speakerless() {
    let a = run("Twenty-two years ago, a Times article hailed Trump as “The Comeback Kid” for his success. Only European immigrants are “safe” in his eyes.");
    let found: Vec<String> = quotes(&a).into_iter().map(|(text, _)| text).collect();
    assert_eq!(found, ["The Comeback Kid", "safe"]);
    // A title after a preposition is still left out.
    let b = run("Sanders appeared on “Meet the Press” on Sunday.");
    assert!(b.quotes.is_empty(), "{:?}", quotes(&b));
}

#[test]
fn a_characterization_after_an_article_or_coordinated_with_another() {
    let a = run(
        "At the debate, Clinton cited his references to Machado as “Miss Piggy” and “Miss Housekeeping” on Monday. She left after what she called a “rant.”",
    );
    let found: Vec<String> = quotes(&a).into_iter().map(|(text, _)| text).collect();
    assert_eq!(found, ["Miss Piggy", "Miss Housekeeping", "rant."]);
    // A sentence's opening "As" is a conjunction, not a characterization.
    let b = run("As the “Never Trump” movement grew, donors left.");
    assert!(b.quotes.is_empty(), "{:?}", quotes(&b));
}

#[test]
fn a_naming_verb_may_have_its_object_before_the_quotation() {
    let a =
        run("She pointed to reports that Trump called the 1996 pageant winner “Miss Piggy” and “Miss Housekeeping” on air. He calls people “losers” often.");
    let found: Vec<String> = quotes(&a).into_iter().map(|(text, _)| text).collect();
    assert_eq!(found, ["Miss Piggy", "Miss Housekeeping", "losers"]);
    // "calls" as a noun names nobody.
    let b = run("Sharpton began taking calls from listeners to his “Keepin' It Real” program.");
    assert!(b.quotes.is_empty(), "{:?}", quotes(&b));
}

#[test]
fn a_fragment_closing_an_opening_participial_phrase_belongs_to_the_main_subject() {
    let a = run("Bemoaning the “phony system,” Donald Trump accused Holt of bias.");
    assert_eq!(
        said_by(&a, "phony system"),
        pair("Donald Trump", "Donald Trump")
    );
}

#[test]
fn who_called_something_so_is_its_speaker() {
    let a = run("In a clip that Judge Michael Mosman called “distasteful,” the man spoke. Later, Gov. Doug Ducey called the long lines “unacceptable.”");
    assert_eq!(
        said_by(&a, "distasteful"),
        pair("Michael Mosman", "Michael Mosman")
    );
    assert_eq!(
        said_by(&a, "unacceptable"),
        pair("Doug Ducey", "Doug Ducey")
    );
}

#[test]
fn a_programme_title_before_the_speaker_is_not_his_quotation() {
    let a = run("On CBS's “Face the Nation,” Sen. Bernie Sanders said the race was close. “Make America Great Again,” Trump said.");
    assert_eq!(
        quotes(&a),
        [(
            "Make America Great Again,".to_string(),
            Some(pair("Trump", "Trump"))
        )]
    );
}

#[test]
fn attribute_values_of_markup_left_in_the_text_are_not_quotations() {
    let a = run("Watch the latest video at <a href=\"http://video.foxnews.com\">video.foxnews.com</a>. <tweet author=\"just look at Western Europe and weep\" date=\"May 2\">Hello</tweet>.\n\n“We won,” Trump said.");
    assert_eq!(
        quotes(&a),
        [("We won,".to_string(), Some(pair("Trump", "Trump")))]
    );
}

#[test]
fn attributed_claims_outside_quotation_marks() {
    let text = "Hamas negotiators met in Cairo, according to Lebanon’s Al Mayadeen network. The New York Times reported that talks stalled. Troops withdrew, citing Palestinian sources.";
    let a = run(text);
    let claims: Vec<(&str, &str, &str)> = a
        .attributions
        .iter()
        .map(|c| (c.text.as_str(), c.cue.as_str(), c.source.text.as_str()))
        .collect();
    assert_eq!(
        claims,
        [
            (
                "according to Lebanon’s Al Mayadeen network",
                "according to",
                "Lebanon’s Al Mayadeen network"
            ),
            (
                "The New York Times reported",
                "reported",
                "The New York Times"
            ),
            (
                "citing Palestinian sources",
                "citing",
                "Palestinian sources"
            ),
        ]
    );
    let mayadeen = a.attributions[0]
        .source
        .entity
        .map(|e| a.entities[e].name.as_str());
    assert_eq!(mayadeen, Some("Al Mayadeen"));
    for claim in &a.attributions {
        assert_eq!(claim.span.of(text), claim.text);
        assert_eq!(claim.source.span.of(text), claim.source.text);
    }
}

#[test]
fn a_cue_that_introduced_a_quotation_is_not_listed_again() {
    let a = run("“We will appeal,” the company said. The company said profits fell.");
    assert_eq!(a.quotes.len(), 1);
    let cues: Vec<&str> = a.attributions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(cues, ["The company said"]);
}

#[test]
fn attributions_offsets_are_converted_with_the_rest() {
    let text = "Émile left, according to the Gazette.";
    let mut a = run(text);
    let byte_start = a.attributions[0].span.start;
    a.map_offsets(|b| text[..b].chars().count());
    assert_eq!(
        a.attributions[0].span.start,
        byte_start - 1,
        "É is two bytes, one code point"
    );
    assert_eq!(a.attributions[0].source.span.end, text.chars().count() - 1);
}

#[test]
fn the_paper_and_the_agency_are_the_outlets_named_before() {
    let analysis = article_analyzer::analyze(
        "The Washington Post reported the plan on Monday. Reuters said talks had stalled. The paper also noted the cost, and the agency added that Qatar was mediating.",
        &article_analyzer::Options::default(),
    );
    let sources: Vec<(&str, &str)> = analysis
        .attributions
        .iter()
        .map(|a| (a.source.text.as_str(), a.source.name.as_str()))
        .collect();
    assert!(
        sources.contains(&("The paper", "The Washington Post")),
        "{sources:?}"
    );
    assert!(sources.contains(&("the agency", "Reuters")), "{sources:?}");
}

#[test]
fn shouted_replies_and_a_crowd_as_speaker() {
    let a = run(
        "Trump spoke in Austin on Wednesday. “We will build a wall,” Trump added.\n\n“Mexico!” the audience screamed back.\n\n“No,” Hillary Clinton shot back.",
    );
    assert_eq!(said_by(&a, "Mexico"), pair("the audience", "the audience"));
    assert_eq!(
        said_by(&a, "No"),
        pair("Hillary Clinton", "Hillary Clinton")
    );
}

use super::*;
use crate::analysis::NumberKind::*;

/// The numbers of a text as (text, kind, value, unit).
fn numbers(text: &str) -> Vec<(String, NumberKind, f64, Option<String>)> {
    let doc = Document::new(text);
    extract(&doc, &[])
        .into_iter()
        .map(|n| (n.text, n.kind, n.value, n.unit))
        .collect()
}

fn one(text: &str) -> (String, NumberKind, f64, Option<String>) {
    let found = numbers(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap()
}

fn unit(u: &str) -> Option<String> {
    Some(u.to_string())
}

#[test]
fn money_takes_its_currency_and_scale() {
    assert_eq!(
        one("It cost $2.2 million."),
        ("$2.2 million".into(), Money, 2.2e6, unit("USD"))
    );
    assert_eq!(
        one("a bid of C$40 for it"),
        ("C$40".into(), Money, 40.0, unit("CAD"))
    );
    assert_eq!(
        one("US$40bn in aid"),
        ("US$40bn".into(), Money, 40e9, unit("USD"))
    );
    assert_eq!(
        one("It lost £40m last"),
        ("£40m".into(), Money, 40e6, unit("GBP"))
    );
    assert_eq!(
        one("paid 2 billion euros to"),
        ("2 billion euros".into(), Money, 2e9, unit("EUR"))
    );
    assert_eq!(
        one("fell 75 cents to"),
        ("75 cents".into(), Money, 0.75, unit("USD"))
    );
    assert_eq!(
        one("raised 300 million Canadian dollars in"),
        (
            "300 million Canadian dollars".into(),
            Money,
            3e8,
            unit("CAD")
        )
    );
    assert_eq!(one("cost DM 5 a"), ("DM 5".into(), Money, 5.0, unit("DEM")));
}

#[test]
fn a_story_in_one_other_dollar_reads_bare_dollars_as_that_one() {
    let found =
        numbers("Shares rose C$1.20 on Monday. The index gained C$30. The bank earned $5 million.");
    let units: Vec<_> = found.iter().map(|n| n.3.clone().unwrap()).collect();
    assert_eq!(units, ["CAD", "CAD", "CAD"]);
}

#[test]
fn pounds_are_money_only_where_the_article_writes_sterling() {
    assert_eq!(
        one("a 10 pounds bag"),
        ("10 pounds".into(), Quantity, 10.0, unit("lb"))
    );
    let found = numbers("It costs £5, or 10 pounds for two.");
    assert_eq!(found[1], ("10 pounds".into(), Money, 10.0, unit("GBP")));
}

#[test]
fn percentages_and_points_differ() {
    assert_eq!(
        one("rose 5 percent."),
        ("5 percent".into(), Percent, 5.0, unit("%"))
    );
    assert_eq!(
        one("rose 5 per cent."),
        ("5 per cent".into(), Percent, 5.0, unit("%"))
    );
    assert_eq!(
        one("rose 5.5% on"),
        ("5.5%".into(), Percent, 5.5, unit("%"))
    );
    assert_eq!(
        one("was up 3.1 pct in"),
        ("3.1 pct".into(), Percent, 3.1, unit("%"))
    );
    assert_eq!(
        one("by five percentage points."),
        ("five percentage points".into(), Percent, 5.0, unit("pp"))
    );
}

#[test]
fn quantities_take_their_symbol() {
    assert_eq!(
        one("a 10km race"),
        ("10km".into(), Quantity, 10.0, unit("km"))
    );
    assert_eq!(
        one("300 tonnes of wheat"),
        ("300 tonnes".into(), Quantity, 300.0, unit("t"))
    );
    assert_eq!(
        one("5 million barrels a day"),
        ("5 million barrels".into(), Quantity, 5e6, unit("bbl"))
    );
    assert_eq!(
        one("a 10-foot wall"),
        ("10-foot".into(), Quantity, 10.0, unit("ft"))
    );
    assert_eq!(
        one("It was 40 degrees Celsius"),
        ("40 degrees Celsius".into(), Quantity, 40.0, unit("°C"))
    );
}

#[test]
fn counts_take_their_noun_in_the_singular() {
    assert_eq!(
        one("12 miners died"),
        ("12".into(), Cardinal, 12.0, unit("miner"))
    );
    assert_eq!(
        one("some 1,200 people"),
        ("some 1,200".into(), Cardinal, 1200.0, unit("person"))
    );
    assert_eq!(
        one("12 striking miners"),
        ("12".into(), Cardinal, 12.0, unit("miner"))
    );
    let found = numbers("three of the five.");
    assert_eq!(found[0], ("three".into(), Cardinal, 3.0, None));
    assert_eq!(
        one("a dozen eggs"),
        ("a dozen".into(), Cardinal, 12.0, unit("egg"))
    );
    assert_eq!(
        one("two hundred and fifty cases"),
        (
            "two hundred and fifty".into(),
            Cardinal,
            250.0,
            unit("case")
        )
    );
    assert_eq!(
        one("twenty-five countries"),
        ("twenty-five".into(), Cardinal, 25.0, unit("country"))
    );
}

#[test]
fn fractions_are_counts() {
    let (text, kind, value, unit) = one("two-thirds of voters");
    assert_eq!((text.as_str(), kind, unit), ("two-thirds", Cardinal, None));
    assert!((value - 0.667).abs() < 0.001);
    assert_eq!(one("half of the seats").2, 0.5);
    assert_eq!(one("a third of them").0, "a third");
}

#[test]
fn qualifiers_and_ranges_are_kept() {
    let doc = Document::new("more than $1 billion, up to 5 percent, about 300 tonnes, between 10 and 15 percent, $3 to $5 billion");
    let found = extract(&doc, &[]);
    let texts: Vec<_> = found.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "more than $1 billion",
            "up to 5 percent",
            "about 300 tonnes",
            "between 10 and 15 percent",
            "$3 to $5 billion"
        ]
    );
    assert_eq!((found[0].low, found[0].high), (Some(1e9), None));
    assert_eq!((found[1].low, found[1].high), (None, Some(5.0)));
    assert!(found[2].approximate);
    assert_eq!(
        (found[3].kind, found[3].low, found[3].high),
        (Percent, Some(10.0), Some(15.0))
    );
    assert_eq!((found[4].value, found[4].high), (3e9, Some(5e9)));
    assert_eq!(
        found[4].readable,
        "between 3 billion and 5 billion US dollars"
    );
}

#[test]
fn ordinals_are_ranks_not_names_nor_fractions() {
    assert_eq!(
        one("the 21st attempt"),
        ("21st".into(), Ordinal, 21.0, None)
    );
    assert_eq!(
        one("for the third time"),
        ("third".into(), Ordinal, 3.0, None)
    );
    assert!(numbers("on Fifth Avenue in the First Amendment case").is_empty());
    assert!(numbers("wait a second.").is_empty());
}

#[test]
fn labels_ages_scores_and_years_are_no_numbers() {
    for text in [
        "under Section 230 of the act",
        "a Boeing 747 landed",
        "Donald Trump, 70, said",
        "a man, age 22, was",
        "a 22-year-old student",
        "they won 3-1 on Sunday",
        "in 2016 the party",
        "call 555-123-4567 now",
        "at 3:30 today",
        "at 1600 Pennsylvania Avenue",
        "clocked two minutes 28.98 seconds",
        "Helsinki Newsroom +358 - 0 - 680 50 245",
        "Boeing 747s flew",
        "no one came",
    ] {
        assert!(numbers(text).is_empty(), "{text}: {:?}", numbers(text));
    }
}

#[test]
fn points_group_thousands_only_where_the_text_writes_so() {
    assert_eq!(one("It weighs 1.200 kg.").2, 1.2);
    let found = numbers("Sold 1.200.000 units at 3,5 percent and 1.200 more.");
    assert_eq!(found.last().unwrap().2, 1200.0);
}

#[test]
fn malformed_and_huge_numerals_neither_overflow_nor_panic() {
    assert!(numbers("9.9.9.9 and 1,2,3").is_empty());
    let huge = format!("{} people", "9".repeat(100_000));
    assert!(numbers(&huge).is_empty());
    let found = numbers("$1,000,000,000,000,000,000,000,000 debt");
    assert!(found.iter().all(|n| n.2.is_finite()));
}

#[test]
fn spans_taken_by_dates_and_names_are_left_alone() {
    let text = "He spoke on 60 Minutes for three years.";
    let doc = Document::new(text);
    let minutes = text.find("60").unwrap();
    let years = text.find("three").unwrap();
    let taken = [
        Span {
            start: minutes,
            end: minutes + 10,
        },
        Span {
            start: years,
            end: years + 11,
        },
    ];
    assert!(extract(&doc, &taken).is_empty());
}

#[test]
fn a_change_is_no_range() {
    let found = numbers("surged 38 cents to A$ 3.75 early; 61 percent to 30 percent");
    let texts: Vec<_> = found.iter().map(|n| n.0.as_str()).collect();
    assert_eq!(texts, ["38 cents", "A$ 3.75", "61 percent", "30 percent"]);
}

#[test]
fn ranks_bounds_after_and_coordinated_units() {
    assert_eq!(one("the No. 1 seed"), ("No. 1".into(), Ordinal, 1.0, None));
    let doc = Document::new("Everyone else is at 2 percent or below; one or more donors.");
    let found = extract(&doc, &[]);
    assert_eq!(
        (found[0].text.as_str(), found[0].high),
        ("2 percent or below", Some(2.0))
    );
    assert_eq!(
        (found[1].text.as_str(), found[1].low),
        ("one or more", Some(1.0))
    );
    let found = numbers("issues for 100 million and 300 million Swiss francs");
    assert_eq!(found[0], ("100 million".into(), Money, 1e8, unit("CHF")));
    assert_eq!(one("saying 25 or 30 percent,").0, "25 or 30 percent");
    assert_eq!(
        one("a trillion-dollar experiment"),
        ("trillion-dollar".into(), Money, 1e12, unit("USD"))
    );
}

#[test]
fn counts_read_their_noun_past_names_of_peoples() {
    assert_eq!(one("refusing visas to 100 Polish nurses").3, unit("nurse"));
    assert_eq!(one("which left four Americans dead").3, unit("american"));
    assert_eq!(one("said one Swiss bond futures trader.").3, unit("trader"));
    assert_eq!(one("wounding three others, police").3, None);
}

#[test]
fn the_dollar_a_story_qualifies_most_is_its_dollar() {
    let found =
        numbers("It rose to A$ 3.75, or US$ 2.9, from A$ 3.65 and A$ 3.5. It was up 28 cents.");
    assert_eq!(found.last().unwrap().3, unit("AUD"));
}

#[test]
fn a_bare_figure_compared_with_money_is_that_money() {
    let found = numbers("posted a 6.1 million markka profit, up from 0.7 million.");
    assert_eq!(found[1], ("0.7 million".into(), Money, 7e5, unit("FIM")));
    assert_eq!(
        numbers("rose to 2 million from 1.5 million people")[1].1,
        Cardinal
    );
}

#[test]
fn price_ranges_changes_and_dozens() {
    assert_eq!(one("Yellow 12,700-12,950 Black").0, "12,700-12,950");
    let found = numbers("Eastern Cables gained 20.37 to 677.98 on Monday");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(one("in more than two dozen states").2, 24.0);
    assert_eq!(one("valuing it at around 45 million stg.").3, unit("GBP"));
}

#[test]
fn one_opening_a_sentence_counts_and_terms_are_no_ranks() {
    let found = numbers("He had two reasons. One was money.");
    assert_eq!((found[0].0.as_str(), found[1].0.as_str()), ("two", "One"));
    assert!(numbers("in his first term, and the third division").is_empty());
    assert!(numbers("He didn't second-guess the one-liners.").is_empty());
}

#[test]
fn pence_are_hundredths_of_a_pound_and_hyphenated_units_are_quantities() {
    assert_eq!(one("Shares edged two pence higher.").2, 0.02);
    let found = numbers("valued at 45 million stg, and 179.5p a share");
    assert_eq!(found[1], ("179.5p".into(), Money, 1.795, unit("GBP")));
    assert_eq!(
        one("the soon-to-open six-acre park"),
        ("six-acre".into(), Quantity, 6.0, unit("acre"))
    );
    assert_eq!(
        one("a 35-inch screen"),
        ("35-inch".into(), Quantity, 35.0, unit("in"))
    );
}

#[test]
fn a_measure_the_tagger_read_as_a_name_is_still_a_quantity() {
    let text = "The shutdown of the 220 KV lines cut power.";
    let doc = Document::new(text);
    let start = text.find("220").unwrap();
    let taken = [Span {
        start,
        end: start + 6,
    }];
    let found = extract(&doc, &taken);
    assert_eq!(
        (found[0].text.as_str(), found[0].unit.as_deref()),
        ("220 KV", Some("kV"))
    );
}

#[test]
fn whole_numbers_read_by_their_digits_equal_the_float_parsers_value() {
    // Up to 15 digits the digits are added up; longer ones go through the parser.
    for (text, value) in [
        ("It has 7 seats.", 7.0),
        ("It sold 1,234,567 copies.", 1_234_567.0),
        ("It sold 123,456,789,012,345 copies.", 123_456_789_012_345.0),
        (
            "It sold 1,234,567,890,123,456,789 copies.",
            1_234_567_890_123_456_789.0,
        ),
        (
            "It sold 9.007.199.254.740.993 copies.",
            9_007_199_254_740_993.0,
        ),
    ] {
        let (_, kind, found, _) = one(text);
        assert_eq!((kind, found), (Cardinal, value), "{text}");
    }
}

use super::ALL;
use std::collections::HashSet;

#[test]
fn no_set_lists_a_word_twice() {
    let mut repeated = Vec::new();
    for (file, set, entries, _) in ALL {
        let mut seen = HashSet::new();
        for entry in *entries {
            if !seen.insert(entry) {
                repeated.push(format!("{file}.txt ## {set}: {entry:?}"));
            }
        }
    }
    assert!(
        repeated.is_empty(),
        "listed twice:\n{}",
        repeated.join("\n")
    );
}

#[test]
fn sets_share_words_only_where_the_data_says_they_may() {
    let declared = |a: &str, b: &str| {
        ALL.iter()
            .any(|(_, set, _, overlaps)| *set == a && overlaps.contains(&b))
    };
    let mut undeclared = Vec::new();
    for (k, (file_a, a, entries_a, _)) in ALL.iter().enumerate() {
        let words: HashSet<&str> = entries_a.iter().copied().collect();
        for (file_b, b, entries_b, _) in &ALL[k + 1..] {
            let shared: Vec<&str> = entries_b
                .iter()
                .copied()
                .filter(|w| words.contains(w))
                .collect();
            if !shared.is_empty() && !declared(a, b) && !declared(b, a) {
                undeclared.push(format!(
                    "{file_a}.txt ## {a} and {file_b}.txt ## {b}: {shared:?}"
                ));
            }
        }
    }
    assert!(
        undeclared.is_empty(),
        "undeclared overlaps:\n{}",
        undeclared.join("\n")
    );
}

#[test]
fn set_names_are_unique() {
    let mut names: Vec<&str> = ALL.iter().map(|(_, set, _, _)| *set).collect();
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n);
}

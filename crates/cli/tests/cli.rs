//! The `analyze` command as users and the evaluation scripts call it.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_analyze"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the analyze binary starts");
    // A run that stops before it reads (a usage error) closes its input: writing may then
    // meet a broken pipe, which is that run's answer, not the test's failure.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(
            error.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing the input: {error}"
        );
    }
    child.wait_with_output().unwrap()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// Python-style slice of `text` by code points.
fn slice(text: &str, start: &serde_json::Value, end: &serde_json::Value) -> String {
    let (start, end) = (
        start.as_u64().unwrap() as usize,
        end.as_u64().unwrap() as usize,
    );
    text.chars().skip(start).take(end - start).collect()
}

const ARTICLE: &str = "“Our talks went well,” said José Núñez in Zürich on Monday.";

#[test]
fn jsonl_offsets_are_code_points_and_the_quote_has_its_speaker() {
    let input = serde_json::json!({"id": "d1", "text": ARTICLE, "dct": "2025-11-06"}).to_string();
    let output = run(&["--jsonl"], &input);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc = &json_lines(&output)[0];
    assert_eq!(doc["id"], "d1");
    let entities = doc["entities"].as_array().unwrap();
    let zurich = entities
        .iter()
        .find(|e| e["label"] == "LOC")
        .expect("a place");
    assert_eq!(slice(ARTICLE, &zurich["start"], &zurich["end"]), "Zürich");
    let monday = &doc["timex"][0];
    assert_eq!(slice(ARTICLE, &monday["start"], &monday["end"]), "Monday");
    assert_eq!(monday["value"], "2025-11-03");
    assert_eq!(monday["type"], "DATE");
    let quote = &doc["quotes"][0];
    assert_eq!(quote["speaker"], "José Núñez");
    assert_eq!(
        slice(ARTICLE, &quote["speaker_start"], &quote["speaker_end"]),
        "José Núñez"
    );
}

#[test]
fn a_malformed_line_is_reported_by_number_and_the_others_still_run() {
    let good = serde_json::json!({"id": 1, "text": "Angela Merkel visited Paris."}).to_string();
    let input = format!(
        "{good}\nnot json\n{{\"id\": 3, \"text\": \"x\", \"dct\": \"11/06/2025\"}}\n{good}\n"
    );
    let output = run(&["--jsonl", "--dct", "2025-11-06"], &input);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("line 3"),
        "{stderr}"
    );
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 4, "one output line per input line");
    assert_eq!(
        (&lines[1]["id"], &lines[1]["line"]),
        (&serde_json::Value::Null, &serde_json::json!(2))
    );
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("not a JSON object"));
    assert_eq!(lines[2]["id"], 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("11/06/2025"));
    assert_eq!(lines[3]["entities"][0]["text"], "Angela Merkel");
    // A line that is a JSON string (an article pasted bare) is refused without quoting it.
    let output = run(&["--jsonl"], "\"Secret words of a source\"\n");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("Secret")
            && !String::from_utf8_lossy(&output.stdout).contains("Secret")
    );
}

/// A document that makes the analyzer fail (forced here through the test-only fault
/// marker) costs only its own line: the others are analysed, the failed one gets an error
/// line in its place, standard error names its line and id, and the exit code says so.
#[cfg(feature = "fault-injection")]
#[test]
fn a_failing_document_gets_an_error_line_and_the_batch_goes_on() {
    let secret = "Private words of a source";
    let failing = format!(
        "{secret} on Wednesday.{}dates",
        article_analyzer::failure::FAULT_MARKER
    );
    let lines: Vec<String> = [
        serde_json::json!({"id": "a", "text": "Angela Merkel visited Paris on Monday."}),
        serde_json::json!({"id": "b", "text": failing}),
        serde_json::json!({"id": "c", "text": "It rose at the end of"}),
        serde_json::json!({"id": "d", "text": "Emmanuel Macron spoke on Tuesday."}),
    ]
    .iter()
    .map(|l| l.to_string())
    .collect();
    let output = run(
        &["--jsonl", "--dct", "2025-11-06"],
        &(lines.join("\n") + "\n"),
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "a failed document makes the exit code non-zero"
    );
    let out = json_lines(&output);
    assert_eq!(out.len(), 4, "output lines match input lines one for one");
    assert_eq!(out[0]["timex"][0]["value"], "2025-11-03");
    assert_eq!(out[1]["id"], "b");
    let error = out[1]["error"]
        .as_str()
        .expect("an error in the failed line's place");
    let chars = failing.chars().count();
    assert!(
        error.contains("finding dates") && error.contains(&format!("{chars} characters")),
        "{error}"
    );
    assert!(out[1].get("entities").is_none());
    assert_eq!(out[2]["id"], "c");
    assert!(out[2]["error"].is_null() && out[2]["entities"].as_array().unwrap().is_empty());
    assert_eq!(out[3]["entities"][0]["text"], "Emmanuel Macron");
    assert_eq!(out[3]["timex"][0]["value"], "2025-11-04");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("\"b\"") && stderr.contains("finding dates"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(secret) && !String::from_utf8_lossy(&output.stdout).contains(secret),
        "the text never appears in an error"
    );
}

#[cfg(feature = "fault-injection")]
#[test]
fn a_failing_article_is_an_error_not_a_crash() {
    let text = format!(
        "Talks went on.{}quotes",
        article_analyzer::failure::FAULT_MARKER
    );
    let output = run(&["--dct", "2025-11-06"], &text);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("the analysis failed while finding quotations")
            && !stderr.contains("Talks"),
        "{stderr}"
    );
}

#[test]
fn a_line_dct_wins_over_the_flag() {
    let input = serde_json::json!({"id": "x", "text": "They met yesterday.", "dct": "2020-02-01"})
        .to_string();
    let output = run(&["--jsonl", "--dct", "2025-11-06"], &input);
    assert_eq!(json_lines(&output)[0]["timex"][0]["value"], "2020-01-31");
}

#[test]
fn the_summary_lists_entities_dates_and_speakers() {
    let output = run(&["--dct", "2025-11-06"], ARTICLE);
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(
        summary.contains("José Núñez") && summary.contains("2025-11-03"),
        "{summary}"
    );
    assert!(
        summary.contains("Our talks went well") && summary.contains("— José Núñez"),
        "{summary}"
    );
}

#[test]
fn json_mode_prints_the_full_analysis() {
    let output = run(&["--json", "--dct", "2025-11-06"], ARTICLE);
    let analysis: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(analysis["referenceDate"]["date"], "2025-11-06");
    assert_eq!(analysis["referenceDate"]["source"], "given");
    assert_eq!(analysis["quotes"][0]["speaker"]["name"], "José Núñez");
}

#[test]
fn a_bad_flag_or_date_is_a_usage_error() {
    assert_eq!(run(&["--dct", "tomorrow"], "").status.code(), Some(2));
    assert_eq!(run(&["--frobnicate"], "").status.code(), Some(2));
}

/// Sixty lines of varied articles, with a blank and a malformed line among them.
fn batch_input() -> String {
    let texts = [
        "Angela Merkel visited Paris on Monday.",
        "“We will win,” said José Núñez in Zürich, adding that sales rose 5 percent.",
        "The company paid $2.2 million to 1,200 workers last week.",
        "Emmanuel Macron spoke on Tuesday about the 2016 election.",
    ];
    let mut lines: Vec<String> = (0..60)
        .map(|i| {
            let text = format!("{} Line {i}.", texts[i % texts.len()]);
            serde_json::json!({"id": i, "text": text}).to_string()
        })
        .collect();
    lines[17] = String::new();
    lines[31] = "not json".to_string();
    lines.join("\n") + "\n"
}

#[test]
fn any_number_of_jobs_gives_one_jobs_output_in_input_order() {
    let input = batch_input();
    let one = run(&["--jsonl", "--dct", "2025-11-06", "--jobs", "1"], &input);
    assert_eq!(
        json_lines(&one).len(),
        59,
        "one line per non-blank input line"
    );
    assert_eq!(json_lines(&one)[2]["numbers"][0]["unit"], "USD");
    for jobs in ["2", "3", "8"] {
        let many = run(&["--jsonl", "--dct", "2025-11-06", "--jobs", jobs], &input);
        assert_eq!(
            many.stdout, one.stdout,
            "--jobs {jobs} writes what --jobs 1 writes"
        );
        assert_eq!(many.stderr, one.stderr, "and the same messages, in order");
        assert_eq!(
            many.status.code(),
            Some(1),
            "a malformed line still fails the run"
        );
    }
    let zero = run(&["--jsonl", "--jobs", "0"], &input);
    assert_eq!(zero.status.code(), Some(2), "--jobs 0 is a usage error");
}

#[test]
fn gnu_parallel_over_split_files_joins_to_what_a_single_run_writes() {
    // The README's recipe for going past one machine's cores: split, then GNU parallel
    // keeping the order (-k). scripts/setup.sh installs Debian's `parallel`.
    let available = Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(available, "GNU parallel is missing: run scripts/setup.sh");
    let dir = std::env::temp_dir().join(format!("analyze-parallel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = batch_input().replace("not json\n", "");
    let whole = dir.join("articles.jsonl");
    std::fs::write(&whole, &input).unwrap();
    let split = Command::new("split")
        .args(["-l", "7", "-d", "articles.jsonl", "part_"])
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(split.success());
    let mut parts: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("part_"))
        .collect();
    parts.sort();
    assert!(parts.len() >= 8, "{parts:?}");
    let joined = Command::new("parallel")
        .args(["--will-cite", "-k", "-j", "4"])
        .arg(format!(
            "{} --jsonl --dct 2025-11-06 --jobs 1 {{}}",
            env!("CARGO_BIN_EXE_analyze")
        ))
        .arg(":::")
        .args(&parts)
        .current_dir(&dir)
        .output()
        .unwrap();
    let single = run(&["--jsonl", "--dct", "2025-11-06"], &input);
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        joined.status.success(),
        "{}",
        String::from_utf8_lossy(&joined.stderr)
    );
    assert_eq!(json_lines(&single).len(), 58);
    assert_eq!(
        joined.stdout, single.stdout,
        "the joined output is the single run's"
    );
}

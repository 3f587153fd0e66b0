//! `train`: rebuilds the entity tagger's weights (`model/ner.bin` and
//! `model/ner-second.bin`, the first and second pass) from CoNLL-2003.
//!
//! ```text
//! cargo run --release -p article-analyzer-cli --features train --bin train -- [--train FILE] [--dev FILE] [--out FILE] [--epochs N]
//! ```
//! Defaults: `../shared/data/conll2003/train.jsonl`, `.../dev.jsonl` (for the progress
//! report only, never for fitting), `model/ner.bin`. Deterministic: the same data and
//! settings give the same bytes.

use article_analyzer::training::{train, Config, TrainingDocument};
use std::process::ExitCode;

fn read_documents(path: &str) -> Result<Vec<TrainingDocument>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut documents = Vec::new();
    for (n, line) in content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = value["text"]
            .as_str()
            .ok_or(format!("{path}:{}: no \"text\"", n + 1))?
            .to_string();
        // Code points to bytes.
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let entities = value["entities"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|e| {
                        let start = *bytes.get(e["start"].as_u64()? as usize)?;
                        let end = *bytes.get(e["end"].as_u64()? as usize)?;
                        Some((start, end, e["label"].as_str()?.to_string()))
                    })
                    .collect()
            })
            .unwrap_or_default();
        documents.push(TrainingDocument { text, entities });
    }
    Ok(documents)
}

fn main() -> ExitCode {
    // The project's root, two folders above this crate.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut train_path = format!("{root}/../shared/data/conll2003/train.jsonl");
    let mut dev_path = format!("{root}/../shared/data/conll2003/dev.jsonl");
    let mut out_path = format!("{root}/model/ner.bin");
    let mut config = Config::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--train" => train_path = value(),
            "--dev" => dev_path = value(),
            "--out" => out_path = value(),
            "--epochs" => config.epochs = value().parse().unwrap_or(config.epochs),
            "--min-count" => config.min_count = value().parse().unwrap_or(config.min_count),
            "--prune-below" => config.prune_below = value().parse().unwrap_or(config.prune_below),
            other => {
                eprintln!("train: unknown argument '{other}'");
                return ExitCode::from(2);
            }
        }
    }
    let missing = [&train_path, &dev_path]
        .into_iter()
        .find(|path| !std::path::Path::new(path).exists());
    if let Some(path) = missing {
        // A clone without the team's gold data beside it: nothing to train on.
        println!("skipped: retraining ({path} is absent; give --train and --dev, or put the CoNLL-2003 data in ../shared/data/conll2003)");
        return ExitCode::SUCCESS;
    }
    let started = std::time::Instant::now();
    let (train_documents, dev_documents) =
        match (read_documents(&train_path), read_documents(&dev_path)) {
            (Ok(t), Ok(d)) => (t, d),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("train: {e}");
                return ExitCode::FAILURE;
            }
        };
    let lexicon = article_analyzer::lexicon::Lexicon::builtin();
    eprintln!("train: {config:?}");
    let (first, second) = train(
        &train_documents,
        &dev_documents,
        &lexicon,
        &config,
        &mut |line| eprintln!("train: {line}"),
    );
    let second_path = out_path.replace(".bin", "-second.bin");
    for (path, bytes) in [(&out_path, &first), (&second_path, &second)] {
        if let Err(e) = std::fs::write(path, bytes) {
            eprintln!("train: cannot write {path}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!("train: wrote {path} ({} bytes)", bytes.len());
    }
    eprintln!("train: done in {:.1} s", started.elapsed().as_secs_f64());
    ExitCode::SUCCESS
}

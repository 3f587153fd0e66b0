//! `analyze`: the command-line face of the analyzer. It only reads input, calls the
//! core and prints; offsets it prints are Unicode code points (Python string indices).
//!
//! ```text
//! analyze [--dct YYYY-MM-DD] [--json] [FILE]     one article (stdin without FILE)
//! analyze --jsonl [--dct YYYY-MM-DD] [FILE]      one {"id","text","dct"?} per line
//! ```

use article_analyzer::offsets::{OffsetMap, Unit};
use article_analyzer::{Analysis, AnalysisError, Analyzer, CalendarDate, Options};
use std::cell::RefCell;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

mod batch;
mod jsonl;

thread_local! {
    /// Where the last panic on this thread happened ("src/text.rs:84"), kept by
    /// [`quiet_panic_hook`] for the error of the document that thread was analysing.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic report, which may quote the text being analysed, with a
/// note of where the panic happened; the error printed for the document says the rest.
fn quiet_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()));
        if article_analyzer::failure::step_in_progress().is_none() {
            // Not inside an analysis, so no document's error will report it.
            eprintln!(
                "analyze: internal error at {}",
                location.as_deref().unwrap_or("an unknown place")
            );
        }
        LAST_PANIC.with(|last| *last.borrow_mut() = location);
    }));
}

/// An analysis error as the CLI reports it: the core's message, then where it panicked.
pub(crate) fn describe(error: &AnalysisError) -> String {
    let location = LAST_PANIC.with(|last| last.borrow_mut().take());
    match location {
        Some(location) => format!("{error}; this is a bug in the analyzer (at {location})"),
        None => format!("{error}; this is a bug in the analyzer"),
    }
}

const USAGE: &str = "usage: analyze [--dct YYYY-MM-DD] [--json | --jsonl [--jobs N]] [FILE]

Finds named entities, dates and quotations (with speakers) in a news article.
  --dct DATE   reference date for relative dates (default: the article's dateline, else today)
  --json       print the full analysis as JSON (offsets in Unicode code points)
  --jsonl      batch mode: each input line is {\"id\", \"text\", \"dct\"?}; prints one
               line per document in the shared evaluation format, in input order
  --jobs N     with --jsonl: analyse on N threads (default: one per core); the output
               is the same whatever N
  FILE         input file (default: standard input)";

struct Args {
    dct: Option<CalendarDate>,
    mode: Mode,
    file: Option<String>,
    /// Threads for `--jsonl`; None: one per core.
    jobs: Option<usize>,
}

#[derive(PartialEq)]
enum Mode {
    Summary,
    Json,
    Jsonl,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dct: None,
        mode: Mode::Summary,
        file: None,
        jobs: None,
    };
    let jobs = |value: &str| match value.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "--jobs: '{value}' is not a number of threads (1 or more)"
        )),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--json" => args.mode = Mode::Json,
            "--jsonl" => args.mode = Mode::Jsonl,
            "--jobs" => args.jobs = Some(jobs(&it.next().ok_or("--jobs needs a number")?)?),
            flag if flag.starts_with("--jobs=") => {
                args.jobs = Some(jobs(&flag["--jobs=".len()..])?)
            }
            "--dct" => {
                let value = it.next().ok_or("--dct needs a date (YYYY-MM-DD)")?;
                args.dct = Some(CalendarDate::parse(&value).ok_or(format!(
                    "--dct: '{value}' is not a date of the form YYYY-MM-DD"
                ))?);
            }
            flag if flag.starts_with("--dct=") => {
                let value = &flag["--dct=".len()..];
                args.dct = Some(CalendarDate::parse(value).ok_or(format!(
                    "--dct: '{value}' is not a date of the form YYYY-MM-DD"
                ))?);
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option '{flag}'"))
            }
            file => {
                if args.file.replace(file.to_string()).is_some() {
                    return Err("only one input file can be given".into());
                }
            }
        }
    }
    Ok(args)
}

fn today() -> Option<CalendarDate> {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(CalendarDate::from_days_since_epoch(
        (seconds / 86_400) as i64,
    ))
}

fn read_input(file: &Option<String>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match file.as_deref() {
        None | Some("-") => io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            0
        }
    };
    Ok(bytes)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("analyze: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.mode == Mode::Jsonl {
        return run_batch(&args);
    }
    let input = match read_input(&args.file) {
        Ok(input) => input,
        Err(message) => {
            eprintln!("analyze: {message}");
            return ExitCode::FAILURE;
        }
    };
    quiet_panic_hook();
    let analyzer = match Analyzer::try_new() {
        Ok(analyzer) => analyzer,
        Err(error) => {
            eprintln!("analyze: {error}");
            return ExitCode::FAILURE;
        }
    };
    let options = Options {
        reference_date: args.dct,
        today: today(),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Invalid UTF-8 is replaced rather than refused: pasted text is often messy.
    let text = String::from_utf8_lossy(&input);
    let mut analysis = match analyzer.try_analyze(&text, &options) {
        Ok(analysis) => analysis,
        Err(error) => {
            eprintln!("analyze: {}", describe(&error));
            return ExitCode::FAILURE;
        }
    };
    let map = OffsetMap::new(&text, Unit::CodePoint);
    analysis.map_offsets(|b| map.convert(b));
    let result = if args.mode == Mode::Json {
        serde_json::to_writer_pretty(&mut out, &analysis)
            .map_err(io::Error::from)
            .and_then(|_| writeln!(out))
            .map(|_| true)
    } else {
        print_summary(&mut out, &analysis).map(|_| true)
    };
    let flushed = out.flush();
    exit_code(result, flushed)
}

/// The exit code of a run: success, failure when some document failed (Ok(false)) or the
/// output could not be written; a closed pipe (`analyze … | head`) is no failure.
fn exit_code(result: io::Result<bool>, flushed: io::Result<()>) -> ExitCode {
    match (result, flushed) {
        (Ok(true), Ok(())) => ExitCode::SUCCESS,
        (Ok(false), Ok(())) => ExitCode::FAILURE,
        (Err(e), _) | (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("analyze: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The readable summary: entities with mention counts, dates with values, quotes with
/// speakers, claims with their sources.
fn print_summary(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    match &analysis.reference_date {
        Some(reference) => writeln!(
            out,
            "Reference date: {} ({})",
            reference.date,
            serde_json::to_value(reference.source)
                .unwrap_or_default()
                .as_str()
                .unwrap_or("")
        )?,
        None => writeln!(out, "Reference date: none (relative dates unresolved)")?,
    }
    writeln!(
        out,
        "\nEntities ({}), most salient first:",
        analysis.entities.len()
    )?;
    let mut entities: Vec<_> = analysis.entities.iter().collect();
    entities.sort_by(|a, b| b.salience.total_cmp(&a.salience));
    for entity in entities {
        writeln!(
            out,
            "  {:<14} {}  ×{}  salience {:.2}",
            entity.kind.name(),
            entity.name,
            entity.mentions.len(),
            entity.salience
        )?;
    }
    writeln!(out, "\nDates ({}):", analysis.dates.len())?;
    for date in &analysis.dates {
        writeln!(
            out,
            "  {:<9} {:<24} {:<12} {}",
            date.kind.name(),
            date.text,
            date.value,
            date.readable
        )?;
    }
    writeln!(out, "\nQuotes ({}):", analysis.quotes.len())?;
    for quote in &analysis.quotes {
        let speaker = quote
            .speaker
            .as_ref()
            .map_or("(no speaker)".to_string(), |s| {
                if s.text == s.name {
                    s.name.clone()
                } else {
                    format!("{} (\"{}\")", s.name, s.text)
                }
            });
        writeln!(out, "  {} — {}", abbreviate(&quote.text, 70), speaker)?;
    }
    writeln!(out, "\nNumbers ({}):", analysis.numbers.len())?;
    for number in &analysis.numbers {
        writeln!(
            out,
            "  {:<9} {:<28} {}",
            number.kind.name(),
            abbreviate(&number.text, 28),
            number.readable
        )?;
    }
    if !analysis.attributions.is_empty() {
        writeln!(
            out,
            "\nAttributed claims ({}):",
            analysis.attributions.len()
        )?;
        for attribution in &analysis.attributions {
            let source = &attribution.source;
            let named = if source.text == source.name {
                String::new()
            } else {
                format!(" ({})", source.name)
            };
            writeln!(
                out,
                "  {}{} [{}]",
                abbreviate(&attribution.text, 70),
                named,
                attribution.cue
            )?;
        }
    }
    Ok(())
}

fn abbreviate(text: &str, max_chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let cut: String = text.chars().take(max_chars - 1).collect();
    format!("{cut}…")
}

/// Batch mode (`--jsonl`): streams the input through [`batch::run`] on `--jobs` threads.
/// One output line per non-blank input line, an analysis or an error, so that a document
/// that fails never costs the others; the exit code is 1 when some line failed.
fn run_batch(args: &Args) -> ExitCode {
    let (input, total_bytes): (Box<dyn BufRead>, Option<u64>) = match args.file.as_deref() {
        None | Some("-") => (Box::new(io::stdin().lock()), None),
        Some(path) => match std::fs::File::open(path) {
            Ok(file) => {
                let size = file.metadata().ok().map(|m| m.len());
                (Box::new(io::BufReader::with_capacity(1 << 16, file)), size)
            }
            Err(e) => {
                eprintln!("analyze: cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    quiet_panic_hook();
    let analyzer = match Analyzer::try_new() {
        Ok(analyzer) => analyzer,
        Err(error) => {
            eprintln!("analyze: {error}");
            return ExitCode::FAILURE;
        }
    };
    let options = Options {
        reference_date: args.dct,
        today: today(),
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let batch = batch::Batch { jobs, total_bytes };
    let mut out = BufWriter::new(io::stdout());
    let line_output = |line: &[u8], number: usize| jsonl::line(&analyzer, &options, line, number);
    let result = batch::run(&batch, input, &mut out, &line_output);
    let flushed = out.flush();
    exit_code(result, flushed)
}

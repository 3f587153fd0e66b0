//! `--jsonl`: batch mode. The input is read a line at a time and analysed on `jobs`
//! threads; the output lines are written in input order, byte for byte what one thread
//! writes, and at most [`WINDOW_PER_JOB`] × `jobs` lines are in memory at once, so memory
//! stays flat however long the input is (a single line is held whole).

use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// How many lines each thread may be ahead of the writer: enough to keep every thread
/// busy while one document takes long, few enough to keep memory flat.
const WINDOW_PER_JOB: usize = 8;

/// How often the progress line is redrawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

/// What one input line became: its output line and, if it failed, the message for
/// standard error.
struct Done {
    output: Vec<u8>,
    error: Option<String>,
}

/// What analyses one input line: its bytes and line number in, the output line and the
/// message for standard error (when it failed) out.
pub type LineAnalysis<'a> = dyn Fn(&[u8], usize) -> (Vec<u8>, Option<String>) + Sync + 'a;

/// How a batch is run.
pub struct Batch {
    /// Threads that analyse (1: all on the calling thread).
    pub jobs: usize,
    /// The input's size in bytes, when known, for the progress line's estimate.
    pub total_bytes: Option<u64>,
}

/// Analyses every non-blank line of `input` and writes one output line per line to
/// `out`, in input order. Returns Ok(false) when some line failed (its error line is
/// written in its place and its message printed on standard error).
pub fn run(
    batch: &Batch,
    mut input: impl BufRead,
    out: &mut (impl Write + Send),
    analyze_line: &LineAnalysis,
) -> io::Result<bool> {
    let mut progress = Progress::new(batch.total_bytes);
    if batch.jobs <= 1 {
        let mut all_ok = true;
        let mut line = Vec::new();
        let mut number = 0;
        while read_line(&mut input, &mut line)? {
            number += 1;
            progress.read(line.len());
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (output, error) = analyze_line(&line, number);
            all_ok &= write_done(out, Done { output, error })?;
            progress.show(number);
        }
        progress.finish(number);
        return Ok(all_ok);
    }
    let window = batch.jobs * WINDOW_PER_JOB;
    let (work_sender, work) = sync_channel::<(usize, usize, Vec<u8>)>(window);
    let (done_sender, done) = sync_channel::<(usize, Done)>(window);
    let work = Mutex::new(work);
    // How many lines (blank ones included) the writer has put out, for the reader to
    // stay within the window.
    let written = (Mutex::new(0usize), Condvar::new());
    std::thread::scope(|scope| {
        for _ in 0..batch.jobs {
            let done_sender = done_sender.clone();
            let work = &work;
            scope.spawn(move || loop {
                let next = work.lock().ok().and_then(|receiver| receiver.recv().ok());
                let Some((index, number, line)) = next else {
                    break;
                };
                let done = if line.iter().all(u8::is_ascii_whitespace) {
                    None
                } else {
                    let (output, error) = analyze_line(&line, number);
                    Some(Done { output, error })
                };
                if done_sender
                    .send((index, done.unwrap_or(Done::blank())))
                    .is_err()
                {
                    break;
                }
            });
        }
        drop(done_sender);
        let writer = scope.spawn(|| write_in_order(done, out, &written));
        let mut line = Vec::new();
        let mut index = 0;
        let mut failure = None;
        loop {
            match read_line(&mut input, &mut line) {
                Ok(true) => {}
                Ok(false) => break,
                Err(error) => {
                    failure = Some(error);
                    break;
                }
            }
            progress.read(line.len());
            let (lock, moved) = &written;
            let mut count = lock.lock().unwrap_or_else(|e| e.into_inner());
            while index >= *count + window {
                count = moved.wait(count).unwrap_or_else(|e| e.into_inner());
            }
            let shown = *count;
            drop(count);
            progress.show(shown);
            if work_sender
                .send((index, index + 1, std::mem::take(&mut line)))
                .is_err()
            {
                break;
            }
            index += 1;
        }
        drop(work_sender);
        let result = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer failed")));
        progress.finish(index);
        match failure {
            Some(error) => Err(error),
            None => result,
        }
    })
}

impl Done {
    /// A blank input line: nothing to write.
    fn blank() -> Self {
        Done {
            output: Vec::new(),
            error: None,
        }
    }
}

/// Reads one line, its newline dropped, into `line`; false at the end of the input.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<bool> {
    line.clear();
    if input.read_until(b'\n', line)? == 0 {
        return Ok(false);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
    }
    Ok(true)
}

/// Writes one finished line; false if it was an error.
fn write_done(out: &mut impl Write, done: Done) -> io::Result<bool> {
    if done.output.is_empty() && done.error.is_none() {
        return Ok(true);
    }
    if let Some(message) = &done.error {
        eprintln!("{message}");
    }
    out.write_all(&done.output)?;
    out.write_all(b"\n")?;
    Ok(done.error.is_none())
}

/// The writer: puts out the finished lines in input order as they come.
fn write_in_order(
    done: Receiver<(usize, Done)>,
    out: &mut impl Write,
    written: &(Mutex<usize>, Condvar),
) -> io::Result<bool> {
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut all_ok = true;
    for (index, line) in done {
        pending.insert(index, line);
        while let Some(line) = pending.remove(&next) {
            all_ok &= write_done(out, line)?;
            next += 1;
            let (lock, moved) = written;
            *lock.lock().unwrap_or_else(|e| e.into_inner()) = next;
            moved.notify_one();
        }
    }
    out.flush()?;
    Ok(all_ok)
}

/// The progress line on standard error: lines and megabytes done, the rate, and the time
/// left when the input's size is known. Shown only when standard error is a terminal.
struct Progress {
    shown: bool,
    start: Instant,
    last: Instant,
    bytes: u64,
    total: Option<u64>,
}

impl Progress {
    fn new(total: Option<u64>) -> Self {
        let now = Instant::now();
        Progress {
            shown: io::stderr().is_terminal(),
            start: now,
            last: now,
            bytes: 0,
            total,
        }
    }

    fn read(&mut self, bytes: usize) {
        self.bytes += bytes as u64 + 1;
    }

    fn show(&mut self, lines: usize) {
        if self.shown && self.last.elapsed() >= PROGRESS_EVERY {
            self.draw(lines);
        }
    }

    fn draw(&mut self, lines: usize) {
        self.last = Instant::now();
        let seconds = self.start.elapsed().as_secs_f64().max(1e-3);
        let megabytes = self.bytes as f64 / 1e6;
        let rate = megabytes / seconds;
        let left = self
            .total
            .filter(|_| rate > 0.0)
            .map(|total| (total as f64 / 1e6 - megabytes).max(0.0) / rate)
            .map_or(String::new(), |s| format!(", about {s:.0} s left"));
        eprint!("\ranalyze: {lines} lines, {megabytes:.1} MB, {rate:.1} MB/s{left}   ");
    }

    fn finish(&mut self, lines: usize) {
        if self.shown {
            self.draw(lines);
            eprintln!();
        }
    }
}

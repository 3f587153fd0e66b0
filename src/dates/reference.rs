//! Chooses the reference date: the caller's, else the article's own date from its
//! dateline or first lines, else the caller's today.

use super::calendar::CalendarDate;
use super::Meaning;
use crate::analysis::{Options, ReferenceDate, ReferenceSource};
use crate::text::furniture::FurnitureKind;
use crate::text::Document;

/// How far into the article a dateline date is looked for, in paragraphs.
const DATELINE_PARAGRAPHS: usize = 3;

/// How many paragraphs are looked at, furniture and captions included.
const MAX_PARAGRAPHS_LOOKED_AT: usize = 12;

/// The reference date for this document and where it came from.
#[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
pub fn choose(doc: &Document, options: &Options) -> Option<ReferenceDate> {
    if let Some(date) = options.reference_date {
        return Some(ReferenceDate {
            date,
            source: ReferenceSource::Given,
        });
    }
    if let Some(date) = dateline_date(doc, options.today) {
        return Some(ReferenceDate {
            date,
            source: ReferenceSource::Dateline,
        });
    }
    options.today.map(|date| ReferenceDate {
        date,
        source: ReferenceSource::Today,
    })
}

/// The first complete date (day, month and year) in the article's first paragraphs (page
/// furniture and photo captions left out, an update stamp counted in); else,
/// when `today` is known, a day without its year written as a dateline writes it, before a
/// news agency's name or a dash ("NEW DELHI, Nov 5 (Reuters) -"): the latest such day up
/// to today.
pub fn dateline_date(doc: &Document, today: Option<CalendarDate>) -> Option<CalendarDate> {
    let mut yearless = None;
    let mut paragraphs = 0;
    for p in 0..doc.paragraph_count().min(MAX_PARAGRAPHS_LOOKED_AT) {
        if paragraphs == DATELINE_PARAGRAPHS {
            break;
        }
        let (first, end) = doc.paragraph_tokens(p);
        // Page furniture does not count as a line of the article; a photo's caption (the
        // line with its credit) dates the photo, not the article; an update stamp dates it.
        let furniture = doc.furniture();
        let from = furniture.partition_point(|f| f.first_token < first);
        let kinds: Vec<FurnitureKind> = furniture[from..]
            .iter()
            .take_while(|f| f.first_token < end)
            .map(|f| f.kind)
            .collect();
        if kinds.contains(&FurnitureKind::PhotoCredit) {
            continue;
        }
        if kinds.is_empty() {
            paragraphs += 1;
        } else if kinds != [FurnitureKind::Stamp] {
            continue;
        }
        let mut i = first;
        while i < end {
            if let Some(found) = super::recognizers::match_at(doc, i) {
                match found.meaning {
                    Meaning::Day {
                        year: Some(year),
                        month,
                        day,
                    } => return CalendarDate::new(year, month, day),
                    Meaning::Day {
                        year: None,
                        month,
                        day,
                    } if yearless.is_none()
                        && in_dateline(doc, found.first_token, found.end_token) =>
                    {
                        yearless = Some((month, day))
                    }
                    _ => {}
                }
                i = found.end_token.max(i + 1);
            } else {
                i += 1;
            }
        }
    }
    let (today, (month, day)) = (today?, yearless?);
    CalendarDate::new(today.year, month, day)
        .filter(|date| date.days_since_epoch() <= today.days_since_epoch())
        .or_else(|| CalendarDate::new(today.year - 1, month, day))
}

/// Whether the date at tokens `first..end` is a dateline's: where a dateline's place (and
/// region) leaves off, and before a news agency's name in brackets ("(Reuters)") or a dash.
fn in_dateline(doc: &Document, first: usize, end: usize) -> bool {
    doc.datelines().iter().any(|d| d.after == first)
        && (doc.agency_credit_at(end) || doc.dash_at(end))
}

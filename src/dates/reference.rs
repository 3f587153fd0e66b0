//! Chooses the reference date: the caller's, else the article's own date from its
//! dateline or first lines, else the caller's today.

use super::calendar::CalendarDate;
use super::Meaning;
use crate::analysis::{Options, ReferenceDate, ReferenceSource};
use crate::text::Document;

/// How far into the article a dateline date is looked for, in paragraphs.
const DATELINE_PARAGRAPHS: usize = 3;

/// The reference date for this document and where it came from.
pub fn choose(doc: &Document, options: &Options) -> Option<ReferenceDate> {
    if let Some(date) = options.reference_date {
        return Some(ReferenceDate { date, source: ReferenceSource::Given });
    }
    if let Some(date) = dateline_date(doc) {
        return Some(ReferenceDate { date, source: ReferenceSource::Dateline });
    }
    options.today.map(|date| ReferenceDate { date, source: ReferenceSource::Today })
}

/// The first complete date (day, month and year) in the article's first paragraphs.
pub fn dateline_date(doc: &Document) -> Option<CalendarDate> {
    let end = doc.paragraphs.get(DATELINE_PARAGRAPHS.min(doc.paragraphs.len()).checked_sub(1)?)?.1;
    let mut i = 0;
    while i < doc.tokens.len() && doc.tokens[i].start < end {
        if let Some(found) = super::patterns::match_at(doc, i) {
            if let Meaning::Day { year: Some(year), month, day } = found.meaning {
                return CalendarDate::new(year, month, day);
            }
            i = found.end_token;
        } else {
            i += 1;
        }
    }
    None
}

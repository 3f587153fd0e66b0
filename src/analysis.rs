//! The shared result types: what an analysis of one article contains.
//!
//! Every [`Span`] here is a pair of UTF-8 byte offsets into the analysed text (end
//! exclusive). Adapters convert them with [`crate::offsets`] before handing them out.

use crate::dates::calendar::CalendarDate;

/// A half-open range of the analysed text, in UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, end exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The text this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What the caller tells the analyzer besides the text.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The date relative expressions are resolved against ("last week", "Wednesday").
    /// When absent, the article's dateline date is used, else `today`.
    pub reference_date: Option<CalendarDate>,
    /// The caller's current date, the last resort for the reference date.
    pub today: Option<CalendarDate>,
}

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    /// Nationalities, events, works, products and other names (CoNLL's MISC).
    Other,
}

impl EntityKind {
    /// Every kind, in the order of [`EntityKind::index`].
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ];

    /// The kind's place in [`EntityKind::ALL`], for tables indexed by kind.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The CoNLL-2003 label of this kind (PER, ORG, LOC, MISC).
    pub fn conll_label(self) -> &'static str {
        match self {
            EntityKind::Person => "PER",
            EntityKind::Organization => "ORG",
            EntityKind::Place => "LOC",
            EntityKind::Other => "MISC",
        }
    }

    /// The lowercase name used in JSON and in the page (`person`, `organization`, ...).
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// One place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Mention {
    pub span: Span,
    pub text: String,
}

/// A named entity with every mention of it in the article linked together.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Entity {
    /// The fullest name the article uses ("Steve Witkoff" for "Witkoff" and "Steve").
    pub name: String,
    pub kind: EntityKind,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// How central the entity is to the article, in [0, 1]; the saliences of an article's
    /// entities sum to 1 (see `entities::salience` for how it is computed).
    pub salience: f64,
}

/// The TIMEX3 type of a time expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TIMEX3 name of the type (DATE, TIME, DURATION, SET).
    pub fn name(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A date or time expression and its normalized TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TimeExpression {
    pub span: Span,
    pub text: String,
    #[cfg_attr(feature = "serde", serde(rename = "type"))]
    pub kind: TimexType,
    /// TIMEX3 value: `2025-10-08`, `2025-W44`, `P3Y`, `PAST_REF`, `XXXX-10-08`, ...
    pub value: String,
    /// The value in words for a reader: "Wednesday, 5 November 2025", "the weekend of
    /// 8–9 November 2025", "every Monday", "3 years".
    pub readable: String,
    /// The first and last day of the calendar the value covers, when it covers one (days,
    /// weeks, months, quarters, seasons, years, decades …; not durations, sets or "now").
    pub range: Option<DayRange>,
}

/// A stretch of the calendar, first and last day included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DayRange {
    /// The first day, `YYYY-MM-DD` in JSON.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub first: CalendarDate,
    /// The last day, `YYYY-MM-DD` in JSON.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub last: CalendarDate,
}

/// Who said a quotation: the mention in the text and the entity it resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Speaker {
    /// The words naming or referring to the speaker ("Witkoff", "he", "a senior official").
    pub span: Span,
    pub text: String,
    /// Index into [`Analysis::entities`] when the mention resolves to a named entity.
    pub entity: Option<usize>,
    /// The entity's name, or the mention's own text when it resolves to none.
    pub name: String,
}

/// A direct quotation and its speaker, when the article gives one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Quote {
    /// The quotation including its quotation marks.
    pub span: Span,
    pub text: String,
    pub speaker: Option<Speaker>,
}

/// A claim credited to a source outside quotation marks: "according to Lebanon's Al
/// Mayadeen network", "The New York Times reported", "citing Palestinian sources".
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct Attribution {
    /// The cue phrase with its source ("according to Lebanon's Al Mayadeen network").
    pub span: Span,
    pub text: String,
    /// The cue word(s) as written: "according to", "reported", "citing".
    pub cue: String,
    /// Who the claim is credited to: the source's words and the entity they name.
    pub source: Speaker,
}

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum ReferenceSource {
    /// Given by the caller.
    Given,
    /// Found in the article's dateline or first lines.
    Dateline,
    /// The caller's current date.
    Today,
}

/// The date relative time expressions were resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReferenceDate {
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub date: CalendarDate,
    pub source: ReferenceSource,
}

/// The kind of a number, with OntoNotes' names (MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
pub enum NumberKind {
    /// An amount of money; its unit is an ISO 4217 code.
    Money,
    /// A percentage (`%`), or a difference of percentages (`pp`, `bp`).
    Percent,
    /// A measure with a unit of measure; its unit is the unit's symbol.
    Quantity,
    /// A count or a fraction; its unit is the counted noun, when there is one.
    Cardinal,
    /// A rank ("third", "21st").
    Ordinal,
}

impl NumberKind {
    /// The OntoNotes name of the kind (MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL).
    pub fn name(self) -> &'static str {
        match self {
            NumberKind::Money => "MONEY",
            NumberKind::Percent => "PERCENT",
            NumberKind::Quantity => "QUANTITY",
            NumberKind::Cardinal => "CARDINAL",
            NumberKind::Ordinal => "ORDINAL",
        }
    }
}

/// A number the article states, with its normalized value and unit.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Number {
    /// The whole phrase, qualifier included ("more than $2 billion"), as OntoNotes spans it.
    pub span: Span,
    pub text: String,
    pub kind: NumberKind,
    /// The amount in units ("$2.2 million" is 2200000, "two-thirds" 0.667, "5%" 5); for a
    /// range, its low end.
    pub value: f64,
    /// ISO 4217 code for money, `%`/`pp`/`bp` for percentages, the unit's symbol for a
    /// quantity, the counted noun in the singular for a count ("1,200 people": `person`).
    pub unit: Option<String>,
    /// Whether the phrase says the amount is approximate ("about", "nearly", "some").
    pub approximate: bool,
    /// The least the phrase allows ("more than 1,200": 1200; a range's low end).
    pub low: Option<f64>,
    /// The most the phrase allows ("up to $5 billion": 5000000000; a range's high end).
    pub high: Option<f64>,
    /// The amount in words for a reader ("about 2.2 million US dollars").
    pub readable: String,
}

/// Everything found in one article.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct Analysis {
    /// None when no date was given, found or known: relative dates then stay unresolved.
    pub reference_date: Option<ReferenceDate>,
    pub entities: Vec<Entity>,
    /// Time expressions in text order.
    pub dates: Vec<TimeExpression>,
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
    /// Claims attributed to a source outside quotation marks, in text order.
    pub attributions: Vec<Attribution>,
    /// Money, percentages, quantities, counts and ordinals, in text order.
    pub numbers: Vec<Number>,
}

impl Analysis {
    /// Rewrites every offset with `convert` (used to hand out UTF-16 or code-point offsets).
    pub fn map_offsets(&mut self, mut convert: impl FnMut(usize) -> usize) {
        let mut map = |span: &mut Span| {
            span.start = convert(span.start);
            span.end = convert(span.end);
        };
        for entity in &mut self.entities {
            for mention in &mut entity.mentions {
                map(&mut mention.span);
            }
        }
        for date in &mut self.dates {
            map(&mut date.span);
        }
        for quote in &mut self.quotes {
            map(&mut quote.span);
            if let Some(speaker) = &mut quote.speaker {
                map(&mut speaker.span);
            }
        }
        for attribution in &mut self.attributions {
            map(&mut attribution.span);
            map(&mut attribution.source.span);
        }
        for number in &mut self.numbers {
            map(&mut number.span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::EntityKind;

    #[test]
    fn each_kind_sits_at_its_index_in_all() {
        for (i, kind) in EntityKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i, "{kind:?}");
        }
        assert_eq!(
            EntityKind::ALL[EntityKind::Place.index()].conll_label(),
            "LOC"
        );
    }
}

// Builds the result view from an analysis. Article text only ever becomes text nodes:
// nothing here parses a string as HTML.

export const KINDS = ["person", "organization", "place", "other", "date", "quote"];

const KIND_LABELS = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  other: "Other name",
  date: "Date",
  quote: "Quote",
};

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Every highlight of the analysis: inner ones (entities, dates) and outer ones (quotes). */
export function highlights(analysis) {
  const inner = [];
  analysis.entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      inner.push({
        start: mention.span.start,
        end: mention.span.end,
        kind: entity.kind,
        entity: entity.name,
        entityIndex: index,
        title: `${KIND_LABELS[entity.kind]}: ${entity.name} (${entity.mentions.length} mention${entity.mentions.length === 1 ? "" : "s"})`,
      });
    }
  });
  for (const date of analysis.dates) {
    inner.push({ start: date.span.start, end: date.span.end, kind: "date", title: `${date.type}: ${date.value}` });
  }
  const outer = analysis.quotes.map((quote) => ({
    start: quote.span.start,
    end: quote.span.end,
    kind: "quote",
    title: quote.speaker ? `Said by ${quote.speaker.name}` : "Speaker not given",
  }));
  inner.sort((a, b) => a.start - b.start || b.end - a.end);
  outer.sort((a, b) => a.start - b.start);
  // Drop overlapping inner highlights and any that straddle a quote's edge.
  const kept = [];
  for (const mark of inner) {
    const previous = kept[kept.length - 1];
    if (previous && mark.start < previous.end) continue;
    const straddles = outer.some((q) => mark.start < q.end && q.start < mark.end && (mark.start < q.start || mark.end > q.end));
    if (!straddles) kept.push(mark);
  }
  return { inner: kept, outer };
}

function markFor(text, highlight, children) {
  const node = element("mark", {
    "data-kind": highlight.kind,
    "data-entity": highlight.entity,
    title: highlight.title,
    "aria-label": `${KIND_LABELS[highlight.kind]}: ${text.slice(highlight.start, highlight.end)}`,
  });
  node.append(...children);
  return node;
}

/** Appends `text[start, end)` to `parent`, wrapping the inner highlights inside it. */
function appendWithInner(parent, text, start, end, inner, cursor) {
  let position = start;
  while (cursor.index < inner.length && inner[cursor.index].start < end) {
    const mark = inner[cursor.index];
    cursor.index += 1;
    if (mark.start < position) continue;
    if (mark.start > position) parent.append(document.createTextNode(text.slice(position, mark.start)));
    parent.append(markFor(text, mark, [document.createTextNode(text.slice(mark.start, mark.end))]));
    position = mark.end;
  }
  if (position < end) parent.append(document.createTextNode(text.slice(position, end)));
}

/** Fills `container` with the article text and its highlights as nested `<mark>`s. */
export function renderArticle(container, text, analysis) {
  const { inner, outer } = highlights(analysis);
  container.replaceChildren();
  const cursor = { index: 0 };
  let position = 0;
  for (const quote of outer) {
    if (quote.start < position) continue;
    appendWithInner(container, text, position, quote.start, inner, cursor);
    const quoteMark = markFor(text, quote, []);
    appendWithInner(quoteMark, text, quote.start, quote.end, inner, cursor);
    container.append(quoteMark);
    position = quote.end;
  }
  appendWithInner(container, text, position, text.length, inner, cursor);
  return { inner, outer };
}

/** The legend: one chip per kind with its number of highlights. */
export function renderLegend(list, marks) {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const mark of [...marks.inner, ...marks.outer]) counts[mark.kind] += 1;
  list.replaceChildren(
    ...KINDS.map((kind) =>
      element("li", { class: `kind-${kind}`, "data-kind": kind }, `${KIND_LABELS[kind]} `, element("strong", { class: "legend-count" }, String(counts[kind]))),
    ),
  );
}

/** The other forms an entity's mentions take ("Witkoff", "Steve"), as a small line. */
function otherForms(entity) {
  const forms = [...new Set(entity.mentions.map((m) => m.text))].filter((text) => text !== entity.name);
  return forms.length ? [element("span", { class: "forms" }, `also: ${forms.join(", ")}`)] : [];
}

/** The first day a TIMEX3 value covers, as a sortable number (days since 1970), or null. */
export function calendarStart(value) {
  const day = (y, m, d) => Date.UTC(y, m - 1, d) / 86_400_000;
  let m;
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    const jan4 = day(+m[1], 1, 4);
    const weekday = (new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7; // Monday 0
    return jan4 - weekday + 7 * (+m[2] - 1);
  }
  if ((m = /^(\d{4})-Q(\d)/.exec(value))) return day(+m[1], 3 * (+m[2] - 1) + 1, 1);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)/.exec(value))) return day(+m[1], { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2]], 1);
  if ((m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value))) return day(+m[1], +(m[2] ?? 1), +(m[3] ?? 1));
  if ((m = /^(\d{3})$/.exec(value))) return day(+m[1] * 10, 1, 1);
  return null;
}

/** Dates in calendar order of their values; durations, sets and vague references last. */
function byCalendarValue(dates) {
  const key = (date) => (date.type === "DURATION" || date.type === "SET" ? null : calendarStart(date.value));
  return [...dates].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === null || kb === null) return (ka === null) - (kb === null) || a.span.start - b.span.start;
    return ka - kb || a.span.start - b.span.start;
  });
}

/** The side lists: entities, dates and quotes. */
export function renderLists(lists, analysis) {
  lists.entities.replaceChildren(
    ...analysis.entities.map((entity) =>
      element(
        "li",
        { "data-kind": entity.kind },
        element("span", { class: "name" }, entity.name),
        element("span", { class: `kind kind-${entity.kind}` }, entity.kind),
        " ",
        element("span", { class: "count" }, `×${entity.mentions.length}`),
        ...otherForms(entity),
      ),
    ),
  );
  lists.dates.replaceChildren(
    ...byCalendarValue(analysis.dates).map((date) =>
      element("li", {}, element("span", { class: "text" }, date.text), " → ", element("span", { class: "value" }, date.value), element("span", { class: "kind kind-date" }, date.type)),
    ),
  );
  lists.quotes.replaceChildren(
    ...analysis.quotes.map((quote) =>
      element("li", {}, element("q", {}, quote.text.replace(/^["“”«»„]+|["“”«»„]+$/g, "")), " — ", element("span", { class: "speaker" }, quote.speaker ? quote.speaker.name : "no speaker given")),
    ),
  );
}

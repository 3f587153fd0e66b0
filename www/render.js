// @ts-check
// Builds the highlighted article and the legend from an analysis. Article text only ever
// becomes text nodes: nothing here parses a string as HTML.

export const KINDS = ["person", "organization", "place", "other", "date", "number", "quote"];

export const KIND_LABELS = {
  person: "Person",
  organization: "Organization",
  place: "Place",
  other: "Other name",
  date: "Date",
  number: "Number",
  quote: "Quote",
};

/** Creates an element with attributes (null/undefined ones skipped) and children (strings become text nodes). */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Every highlight of the analysis: inner ones (entities, dates; no two overlap, none
 * straddles a quote's edge) and outer ones (quotes; no two overlap), each in text order.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function highlights(analysis) {
  const inner = [];
  analysis.entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      inner.push({
        start: mention.span.start,
        end: mention.span.end,
        kind: entity.kind,
        entity: entity.name,
        index,
        title: `${KIND_LABELS[entity.kind]}: ${entity.name} (${plural(entity.mentions.length, "mention")})`,
      });
    }
  });
  analysis.dates.forEach((date, index) => {
    inner.push({ start: date.span.start, end: date.span.end, kind: "date", index, title: `${date.type}: ${date.value}` });
  });
  (analysis.numbers ?? []).forEach((number, index) => {
    inner.push({ start: number.span.start, end: number.span.end, kind: "number", index, title: `${number.kind}: ${number.readable}` });
  });
  const quotes = analysis.quotes
    .map((quote, index) => ({
      start: quote.span.start,
      end: quote.span.end,
      kind: "quote",
      index,
      title: quote.speaker ? `Said by ${quote.speaker.name}` : "Speaker not given",
    }))
    .sort((a, b) => a.start - b.start);
  const outer = [];
  for (const quote of quotes) if (!outer.length || quote.start >= outer[outer.length - 1].end) outer.push(quote);
  inner.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let q = 0;
  for (const mark of inner) {
    const previous = kept[kept.length - 1];
    if (previous && mark.start < previous.end) continue;
    while (q < outer.length && outer[q].end <= mark.start) q += 1;
    const quote = outer[q];
    const straddles = quote && quote.start < mark.end && (mark.start < quote.start || mark.end > quote.end);
    if (!straddles) kept.push(mark);
  }
  return { inner: kept, outer };
}

/** The `<mark>` for one highlight (empty: the caller adds its text). */
export function markFor(text, highlight) {
  const shown = text.slice(highlight.start, highlight.end);
  const label =
    highlight.kind === "quote"
      ? `Quote, ${highlight.title.toLowerCase()}`
      : `${KIND_LABELS[highlight.kind]}${highlight.entity && highlight.entity !== shown ? ` ${highlight.entity}` : ""}${highlight.kind === "date" || highlight.kind === "number" ? `, ${highlight.title.split(": ")[1]}` : ""}`;
  return element("mark", {
    "data-kind": highlight.kind,
    "data-entity": highlight.entity,
    "data-index": highlight.index,
    "data-start": highlight.start,
    title: highlight.title,
    "aria-roledescription": "highlight",
    "aria-label": highlight.kind === "quote" ? null : `${label}: ${shown}`,
    "aria-description": highlight.kind === "quote" ? label : null,
    tabindex: -1,
  });
}

/** Appends `text[start, end)` to `parent`, wrapping the inner highlights inside it. */
function appendWithInner(parent, text, start, end, inner, cursor) {
  let position = start;
  while (cursor.index < inner.length && inner[cursor.index].start < end) {
    const mark = inner[cursor.index];
    cursor.index += 1;
    if (mark.start < position) continue;
    if (mark.start > position) parent.append(text.slice(position, mark.start));
    const node = markFor(text, mark);
    node.append(text.slice(mark.start, mark.end));
    parent.append(node);
    position = mark.end;
  }
  if (position < end) parent.append(text.slice(position, end));
}

/**
 * Where the article splits into blocks: after each line break that no highlight covers,
 * so that a paragraph is a block of its own and a quote of several paragraphs stays whole.
 */
function blockEnds(text, { inner, outer }) {
  const covered = [...inner, ...outer].sort((a, b) => a.start - b.start);
  const ends = [];
  let c = 0;
  let reach = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    while (c < covered.length && covered[c].start <= i) reach = Math.max(reach, covered[c++].end);
    if (reach <= i) ends.push(i + 1);
  }
  if (!ends.length || ends[ends.length - 1] < text.length) ends.push(text.length);
  return ends;
}

/** The article's blocks (one `div.block` per paragraph), highlights nested inside, in order. */
function* blocks(text, marks) {
  const { inner, outer } = marks;
  const cursor = { index: 0 };
  let q = 0;
  let start = 0;
  for (const end of blockEnds(text, marks)) {
    const block = element("div", { class: "block" });
    let position = start;
    for (; q < outer.length && outer[q].start < end; q++) {
      const quote = outer[q];
      appendWithInner(block, text, position, quote.start, inner, cursor);
      const node = markFor(text, quote);
      appendWithInner(node, text, quote.start, quote.end, inner, cursor);
      block.append(node);
      position = quote.end;
    }
    appendWithInner(block, text, position, end, inner, cursor);
    yield block;
    start = end;
  }
}

const renders = new WeakMap();
/** Lets the page draw and answer the reader between two parts of a long piece of work. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Fills `container` with the article text and its highlights as nested `<mark>`s, one block
 * per paragraph. Long articles are appended a few hundred blocks at a time with pauses, so
 * the page stays responsive; resolves to the highlights, or to null when a newer render of
 * the same container took over.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export async function renderArticle(container, text, analysis, { blocksPerStep = 400 } = {}) {
  const marks = highlights(analysis);
  const generation = (renders.get(container) ?? 0) + 1;
  renders.set(container, generation);
  container.replaceChildren();
  let fragment = document.createDocumentFragment();
  let count = 0;
  for (const block of blocks(text, marks)) {
    fragment.append(block);
    if (++count % blocksPerStep === 0) {
      container.append(fragment);
      fragment = document.createDocumentFragment();
      await nextTask();
      if (renders.get(container) !== generation) return null;
    }
  }
  container.append(fragment);
  return marks;
}

/** Number of highlights of each kind. */
export function countKinds(marks) {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const mark of [...marks.inner, ...marks.outer]) counts[mark.kind] += 1;
  return counts;
}

/** The legend: one toggle button per kind with its number of highlights; `hidden` kinds are off. */
export function renderLegend(list, marks, hidden = new Set()) {
  const counts = countKinds(marks);
  list.replaceChildren(
    ...KINDS.map((kind) =>
      element(
        "li",
        { "data-kind": kind },
        element(
          "button",
          { type: "button", class: "legend-toggle", "data-kind": kind, "aria-pressed": String(!hidden.has(kind)), title: `Show or hide ${KIND_LABELS[kind].toLowerCase()} highlights` },
          element("span", { class: "swatch", "aria-hidden": "true" }),
          `${KIND_LABELS[kind]} `,
          element("strong", { class: "legend-count" }, String(counts[kind])),
        ),
      ),
    ),
  );
}

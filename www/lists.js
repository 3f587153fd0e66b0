// @ts-check
// The side lists of an analysis: entities (buttons that select their mentions), dates in
// calendar order with a small timeline, quotes grouped by speaker, sources, and the
// summary line. Built from nodes only.
import { element } from "./render.js";

/** Items shown per list before a "show all" button; the downloads always have everything. */
export const LIST_LIMIT = 300;

const plural = (n, word, words = `${word}s`) => `${n.toLocaleString("en")} ${n === 1 ? word : words}`;

/** The distinct forms an entity's mentions take, its own name excepted, with their counts. */
export function otherForms(entity) {
  const counts = new Map();
  for (const mention of entity.mentions) if (mention.text !== entity.name) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count }));
}

/**
 * The calendar key of a date expression: its first day (the core's `range`), as days
 * since 1970; null for durations, sets and vague references, which have no range.
 */
export function dateKey(date) {
  const first = date.range?.first;
  if (typeof first !== "string") return null;
  const [year, month, day] = first.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Indices of `dates` in calendar order of their values; undated ones last, in text order. */
export function calendarOrder(dates) {
  return dates
    .map((date, index) => ({ index, key: dateKey(date), start: date.span.start }))
    .sort((a, b) => Number(a.key === null) - Number(b.key === null) || (a.key ?? 0) - (b.key ?? 0) || a.start - b.start)
    .map((entry) => entry.index);
}

/** A list that shows its first `LIST_LIMIT` items and a button for the rest. */
function limitedList(list, items, render) {
  const shown = items.slice(0, LIST_LIMIT).map(render);
  if (items.length > LIST_LIMIT) {
    const more = element("button", { type: "button", class: "link show-all" }, `Show all ${items.length.toLocaleString("en")}`);
    more.addEventListener("click", () => more.parentElement.replaceWith(...items.slice(LIST_LIMIT).map(render)));
    shown.push(element("li", { class: "more" }, more));
  }
  list.replaceChildren(...shown);
}

/**
 * The entity list: one button per entity (name, kind chip, mention count, other forms). Its
 * accessible name is that visible text (what a speech-input user says to press it); the
 * count in words and what the button does are its description.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function renderEntities(list, analysis) {
  const entries = analysis.entities.map((entity, index) => ({ entity, index })).sort((a, b) => (b.entity.salience ?? 0) - (a.entity.salience ?? 0));
  limitedList(list, entries, ({ entity, index }) => {
    const forms = otherForms(entity).map((form) => form.text);
    return element(
      "li",
      { "data-kind": entity.kind },
      element(
        "button",
        { type: "button", class: "entity", "data-index": index, "aria-description": `${plural(entity.mentions.length, "mention")}: select and step through them` },
        element("span", { class: "name" }, entity.name),
        " ",
        element("span", { class: `kind kind-${entity.kind}` }, entity.kind),
        " ",
        element("span", { class: "count" }, `×${entity.mentions.length}`),
        forms.length ? element("span", { class: "forms" }, `also: ${forms.join(", ")}`) : null,
      ),
    );
  });
}

/**
 * Dates in calendar order, and a timeline placing each dated one on an axis.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function renderDates(list, timeline, analysis) {
  const order = calendarOrder(analysis.dates);
  limitedList(list, order, (index) => {
    const date = analysis.dates[index];
    return element(
      "li",
      {},
      element("button", { type: "button", class: "date", "data-index": index, "aria-label": `${date.text}: ${date.value}, show in the article` }, element("span", { class: "text" }, date.text)),
      " → ",
      element("span", { class: "value", title: date.readable }, date.value),
      element("span", { class: "kind kind-date" }, date.type),
    );
  });

  const dated = order.map((index) => ({ index, key: dateKey(analysis.dates[index]) })).filter((d) => d.key !== null);
  timeline.hidden = dated.length === 0;
  if (!dated.length) return timeline.replaceChildren();
  const [first, last] = [dated[0].key, dated[dated.length - 1].key];
  const axis = element("ol", { class: "axis", "aria-label": "Dates on a timeline" });
  // Dates of the same day share one tick, labelled with the first few of their phrasings.
  const byKey = new Map();
  for (const { index, key } of dated) {
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(index);
  }
  for (const [key, indices] of byKey) {
    const date = analysis.dates[indices[0]];
    const texts = [...new Set(indices.map((i) => analysis.dates[i].text))];
    const label = `${date.value}: ${texts.slice(0, 3).join("; ")}${texts.length > 3 ? "…" : ""}${indices.length > 1 ? ` (${indices.length} mentions)` : ""}`;
    const item = element("li", {}, element("button", { type: "button", class: "tick", "data-index": indices[0], "aria-label": label, title: label }));
    item.style.left = `${last === first ? 50 : (100 * (key - first)) / (last - first)}%`;
    axis.append(item);
  }
  timeline.replaceChildren(
    axis,
    element("div", { class: "ends", "aria-hidden": "true" }, element("span", {}, analysis.dates[dated[0].index].value), element("span", {}, analysis.dates[dated[dated.length - 1].index].value)),
  );
}

const stripMarks = (text) => text.replace(/^["“”«»„‘’']+|["“”«»„‘’']+$/g, "");

/** A quote as one line to copy: “…” — Speaker. */
export function quoteLine(quote) {
  return `“${stripMarks(quote.text)}” — ${quote.speaker ? quote.speaker.name : "speaker not given"}`;
}

/**
 * Quotes grouped by speaker (groups in order of their first quote), each with a copy button.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function renderQuotes(list, analysis) {
  const groups = new Map();
  analysis.quotes.forEach((quote, index) => {
    const name = quote.speaker ? quote.speaker.name : "";
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(index);
  });
  const groupItems = [...groups].map(([name, indices]) => {
    const quotes = element("ul", { class: "quotes" });
    limitedList(quotes, indices, (index) => {
      const quote = analysis.quotes[index];
      return element(
        "li",
        { class: "quote" },
        element("q", {}, stripMarks(quote.text)),
        " — ",
        element("span", { class: "speaker" }, quote.speaker ? quote.speaker.name : "no speaker given"),
        element("span", { class: "quote-actions" },
          element("button", { type: "button", class: "link show-quote", "data-index": index, "aria-label": "Show this quote in the article" }, "show"),
          element("button", { type: "button", class: "link copy-quote", "data-index": index, "aria-label": "Copy this quote with its speaker" }, "copy"),
        ),
      );
    });
    return element(
      "li",
      { class: "speaker-group" },
      element("h3", { class: "group-name" }, name || "Speaker not given", " ", element("span", { class: "count" }, plural(indices.length, "quote"))),
      quotes,
    );
  });
  list.replaceChildren(...groupItems);
}

/**
 * Sources of attributed claims ("according to Reuters"), when the analysis has them.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function renderSources(list, analysis) {
  const attributions = analysis.attributions ?? [];
  const bySource = new Map();
  for (const attribution of attributions) {
    const name = attribution.source?.name ?? attribution.source?.text ?? "unnamed";
    bySource.set(name, [...(bySource.get(name) ?? []), attribution]);
  }
  limitedList(list, [...bySource], ([name, items]) =>
    element("li", {}, element("span", { class: "name" }, name), " ", element("span", { class: "count" }, `×${items.length}`), element("span", { class: "forms" }, [...new Set(items.map((a) => a.cue ?? a.text))].join(", "))),
  );
  return attributions.length;
}

/**
 * "Mostly about: …": the few most salient entities, for a reader's first glance.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function aboutLine(analysis) {
  const top = [...analysis.entities].sort((a, b) => (b.salience ?? 0) - (a.salience ?? 0)).slice(0, 3);
  return top.length ? `Mostly about: ${top.map((e) => e.name).join(", ")}` : "";
}

/**
 * The numbers in text order: the phrase, its type and its value in words.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function renderNumbers(list, analysis) {
  const entries = (analysis.numbers ?? []).map((number, index) => ({ number, index }));
  limitedList(list, entries, ({ number, index }) =>
    element(
      "li",
      { "data-kind": "number" },
      element("button", { type: "button", class: "show-number", "data-index": index }, element("span", { class: "name" }, number.text)),
      " ",
      element("span", { class: "kind kind-number" }, number.kind.toLowerCase()),
      " ",
      element("span", { class: "forms" }, number.readable + (number.unit && number.kind === "CARDINAL" ? ` (${number.unit})` : "")),
    ),
  );
}

/**
 * The summary line: words, entities, dates, quotes and the time taken.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function summaryText(text, analysis, ms) {
  // Words: runs between spaces with a letter or digit in them (a lone dash is not one).
  // One regular expression over the text, not a string per word (10 MB hold 1.6 million).
  let words = 0;
  const word = /\S*[\p{L}\p{N}]\S*/gu;
  while (word.exec(text)) words += 1;
  const mentions = analysis.entities.reduce((n, entity) => n + entity.mentions.length, 0);
  const parts = [plural(words, "word"), `${plural(analysis.entities.length, "entity", "entities")} (${plural(mentions, "mention")})`, plural(analysis.dates.length, "date"), plural(analysis.numbers?.length ?? 0, "number"), plural(analysis.quotes.length, "quote")];
  if (analysis.attributions) parts.push(plural(analysis.attributions.length, "source"));
  return `${parts.join(" · ")} · analysed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString("en")} ms`;
}

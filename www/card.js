// @ts-check
// The card shown when a highlight is hovered or focused: its kind, the entity's name and
// other mentions, a date's value, a quote's speaker. Built from text nodes only.
import { element, KIND_LABELS } from "./render.js";
import { otherForms } from "./lists.js";

/** How many other mentions the card quotes in context. */
const CONTEXT_MENTIONS = 4;

/** The card element, hidden until `showCard`; screen readers reach it via `aria-describedby`. */
export function createCard(id = "card") {
  return element("div", { id, class: "card", role: "tooltip", hidden: true });
}

/** A few words either side of `span`, the span itself in bold. */
function inContext(text, span, width = 40) {
  const before = text.slice(Math.max(0, span.start - width), span.start).replace(/^\S*\s/, "");
  const after = text.slice(span.end, span.end + width).replace(/\s\S*$/, "");
  return element("li", {}, `…${before}`, element("b", {}, text.slice(span.start, span.end)), `${after}…`);
}

function entityContent(mark, text, analysis) {
  const entity = analysis.entities[+mark.dataset.index];
  const mentions = entity.mentions;
  const here = mentions.findIndex((m) => m.span.start === +mark.dataset.start);
  const forms = [{ text: entity.name, count: mentions.filter((m) => m.text === entity.name).length }, ...otherForms(entity)].filter((f) => f.count);
  const others = mentions.filter((_, i) => i !== here);
  return [
    element("p", { class: "card-kind" }, element("span", { class: `kind kind-${entity.kind}` }, KIND_LABELS[entity.kind])),
    element("p", { class: "card-name" }, entity.name),
    element("p", { class: "card-detail" }, here >= 0 ? `Mention ${here + 1} of ${mentions.length}` : `${mentions.length} mentions`),
    element("p", { class: "card-forms" }, "Written as: ", forms.map((f) => `${f.text} ×${f.count}`).join(" · ")),
    others.length ? element("p", { class: "card-subhead" }, others.length === 1 ? "Other mention" : `Other mentions (${others.length})`) : null,
    others.length ? element("ul", { class: "card-mentions" }, others.slice(0, CONTEXT_MENTIONS).map((m) => inContext(text, m.span))) : null,
  ];
}

function dateContent(mark, analysis) {
  const date = analysis.dates[+mark.dataset.index];
  const reference = analysis.referenceDate;
  const range = date.range && date.range.first !== date.range.last ? `From ${date.range.first} to ${date.range.last}` : null;
  return [
    element("p", { class: "card-kind" }, element("span", { class: "kind kind-date" }, "Date")),
    element("p", { class: "card-name" }, date.text),
    element("p", { class: "card-detail" }, date.readable),
    element("p", { class: "card-detail" }, "Value: ", element("code", { class: "card-value" }, date.value)),
    range ? element("p", { class: "card-detail" }, range) : null,
    element("p", { class: "card-forms" }, `TIMEX3 ${date.type}${reference ? `, resolved against ${reference.date}` : ""}`),
  ];
}

function numberContent(mark, analysis) {
  const number = analysis.numbers[+mark.dataset.index];
  return [
    element("p", { class: "card-kind" }, element("span", { class: "kind kind-number" }, "Number")),
    element("p", { class: "card-name" }, number.text),
    element("p", { class: "card-detail" }, number.readable),
    element("p", { class: "card-detail" }, "Value: ", element("code", { class: "card-value" }, String(number.value)), number.unit ? ` ${number.unit}` : ""),
    element("p", { class: "card-forms" }, number.kind),
  ];
}

function quoteContent(mark, analysis) {
  const quote = analysis.quotes[+mark.dataset.index];
  const speaker = quote.speaker;
  const same = speaker ? analysis.quotes.filter((q) => q.speaker?.name === speaker.name).length : 0;
  return [
    element("p", { class: "card-kind" }, element("span", { class: "kind kind-quote" }, "Quote")),
    element("p", { class: "card-name" }, speaker ? `Said by ${speaker.name}` : "Speaker not given"),
    speaker && speaker.text !== speaker.name ? element("p", { class: "card-detail" }, `Named here as “${speaker.text}”`) : null,
    speaker ? element("p", { class: "card-forms" }, `${same} quote${same === 1 ? "" : "s"} by ${speaker.name} in this article`) : null,
  ];
}

/**
 * Fills the card for `mark` and places it just below the mark, inside `frame`.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function showCard(card, mark, text, analysis, frame) {
  const kind = mark.dataset.kind;
  const content =
    kind === "date" ? dateContent(mark, analysis) : kind === "number" ? numberContent(mark, analysis) : kind === "quote" ? quoteContent(mark, analysis) : entityContent(mark, text, analysis);
  card.replaceChildren(...content.filter(Boolean));
  card.dataset.kind = kind;
  card.hidden = false;
  const box = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  const width = Math.min(card.offsetWidth || 320, outer.width);
  const left = Math.max(0, Math.min(box.left - outer.left, outer.width - width));
  card.style.left = `${left}px`;
  card.style.top = `${box.bottom - outer.top + 6}px`;
}

/** Hides the card. */
export function hideCard(card) {
  card.hidden = true;
}

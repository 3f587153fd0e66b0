// @ts-check
// Highlighting an article that is already on a host page: a clean copy of its content
// (headings, paragraphs, lists, quotes, emphasis and links; no attributes but a link's
// address, no scripts, no styles) is made from its nodes, its text analysed, and the
// highlights wrapped around the copy's text nodes. The host's own nodes are never changed.
import { element, highlights, markFor } from "./render.js";

/** Elements kept in the copy; other elements are unwrapped (their text kept), JUNK dropped. */
const KEEP = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "UL", "OL", "LI", "EM", "STRONG", "B", "I", "U", "S", "SMALL", "SUB", "SUP", "A", "BR", "CITE", "Q", "TIME", "FIGCAPTION", "HEADER", "SECTION", "ARTICLE", "DIV", "SPAN", "ABBR", "CODE", "PRE"]);
const BLOCK = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "UL", "OL", "LI", "FIGCAPTION", "HEADER", "SECTION", "ARTICLE", "DIV", "PRE"]);
const JUNK = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "CANVAS", "VIDEO", "AUDIO", "IMG", "PICTURE", "FORM", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "NAV", "ASIDE", "FOOTER"]);

/**
 * A clean copy of `source`'s children, and its text: text nodes with whitespace collapsed as the
 * browser shows it, one line per block. `segments` lists each copied text node with its offset.
 */
export function copyArticle(source) {
  const copy = document.createDocumentFragment();
  const segments = [];
  let text = "";
  const breakLine = () => {
    if (text && !text.endsWith("\n")) text += "\n";
  };
  const visit = (node, parent) => {
    if (node.nodeType === Node.TEXT_NODE) {
      let data = node.data.replace(/[\s\u00a0]+/g, " ");
      if (!text || text.endsWith("\n") || text.endsWith(" ")) data = data.replace(/^ /, "");
      if (!data) return;
      const copied = document.createTextNode(data);
      segments.push({ start: text.length, node: copied });
      text += data;
      parent.append(copied);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || JUNK.has(node.tagName) || node.hidden || node.getAttribute("aria-hidden") === "true") return;
    if (node.tagName === "BR") {
      breakLine();
      parent.append(element("br"));
      return;
    }
    const block = BLOCK.has(node.tagName);
    if (block) breakLine();
    let target = parent;
    if (KEEP.has(node.tagName)) {
      target = document.createElement(node.tagName.toLowerCase());
      const href = node.tagName === "A" ? node.getAttribute("href") : null;
      if (href && /^(https?:|#|\/|\.)/i.test(href)) target.setAttribute("href", href);
      parent.append(target);
    }
    for (const child of node.childNodes) visit(child, target);
    if (block) breakLine();
  };
  for (const child of source.childNodes) visit(child, copy);
  return { copy, text: text.replace(/\s+$/, ""), segments };
}

/** The index of the last segment starting at or before `offset`. */
function segmentAt(segments, offset) {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Splits the segment holding `offset` so that a segment starts exactly there. */
function splitAt(segments, offset) {
  const i = segmentAt(segments, offset);
  const segment = segments[i];
  const local = offset - segment.start;
  if (local <= 0 || local >= segment.node.data.length) return;
  segments.splice(i + 1, 0, { start: offset, node: segment.node.splitText(local) });
}

/** Wraps `text[start, end)` in marks made by `make`, one per text node it covers. */
function wrap(segments, start, end, make) {
  splitAt(segments, start);
  splitAt(segments, end);
  for (let i = segmentAt(segments, start); i < segments.length && segments[i].start < end; i++) {
    const { node } = segments[i];
    if (segments[i].start < start) continue;
    const mark = make();
    node.replaceWith(mark);
    mark.append(node);
  }
}

/**
 * Wraps every highlight of `analysis` around the copy's text nodes; returns the highlights.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function highlightCopy(segments, text, analysis) {
  const marks = highlights(analysis);
  // Quotes first, so entity and date marks end up nested inside them.
  for (const highlight of [...marks.outer, ...marks.inner]) wrap(segments, highlight.start, highlight.end, () => markFor(text, highlight));
  return marks;
}

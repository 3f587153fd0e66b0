// @ts-check
// Getting text in and results out. HTML that comes in (rich-text paste, a dropped web page)
// is parsed into an inert document by DOMParser, which runs no script and loads nothing,
// and only its text is kept; nothing here ever inserts HTML into the page.

/** Elements whose text is never article text. */
const JUNK =
  "script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, form, button, input, select, textarea, nav, footer, aside, menu, dialog, " +
  "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [aria-hidden=true], [hidden]";

/** Class or id words that mark navigation, ads and other page furniture. */
const JUNK_NAME =
  /(^|[\s_-])(ads?|advert\w*|promo\w*|sponsor\w*|share|sharing|social|newsletter|related|recommended|comments?|cookies?|banner|menu|nav|navbar|navigation|breadcrumbs?|subscribe|subscription|paywall|popup|modal|footer|sidebar|masthead|skip-link|outbrain|taboola|most-read|trending)([\s_-]|$)/i;

/** Elements that start a new paragraph. */
const BLOCKS = new Set(["ADDRESS", "ARTICLE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL"]);

const clean = (line) => line.replace(/[\s\u00a0]+/g, " ").trim();

/** The text of `root` as paragraphs, one per line: blocks and `<br>` break lines, whitespace is collapsed. */
export function paragraphs(root) {
  const lines = [""];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      lines[lines.length - 1] += node.data;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.tagName === "BR") return void lines.push("");
      const block = BLOCKS.has(node.tagName);
      if (block) lines.push("");
      for (const child of node.childNodes) walk(child);
      if (block) lines.push("");
    }
  };
  walk(root);
  return lines.map(clean).filter(Boolean);
}

/** Removes page furniture (navigation, scripts, ads, share bars) from a parsed document, in place. */
function removeJunk(doc) {
  for (const node of doc.querySelectorAll(JUNK)) node.remove();
  for (const node of doc.querySelectorAll("[class], [id]")) {
    if (node === doc.body || node === doc.documentElement || node.closest("article, main, [itemprop=articleBody]") === node) continue;
    const names = `${node.getAttribute("class") ?? ""} ${node.id}`;
    if (JUNK_NAME.test(names)) node.remove();
  }
  // A page header is furniture; an article's own header holds its headline.
  for (const header of doc.querySelectorAll("header")) if (!header.closest("article")) header.remove();
}

/** The element holding the article: `<article>`/`articleBody`/`<main>` with the most paragraph text, else the parent of most paragraphs. */
function articleRoot(doc) {
  const paragraphText = (node) => [...node.querySelectorAll("p")].reduce((n, p) => n + clean(p.textContent).length, 0);
  const candidates = [...doc.querySelectorAll("[itemprop=articleBody], article, main, [role=main]")];
  const best = candidates.map((node) => [node, paragraphText(node)]).sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] > 0) return best[0];
  const score = new Map();
  for (const p of doc.querySelectorAll("p")) score.set(p.parentElement, (score.get(p.parentElement) ?? 0) + clean(p.textContent).length);
  const top = [...score].sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : doc.body;
}

/** The publication date a saved page declares (`article:published_time`, `<time datetime>`), as YYYY-MM-DD, or null. */
function publishedDate(doc) {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"]')?.getAttribute("content"),
    doc.querySelector("article time[datetime], time[datetime]")?.getAttribute("datetime"),
  ];
  for (const value of candidates) {
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? "");
    if (match) return match[1];
  }
  return null;
}

/**
 * The article in a saved news page: its headline and paragraphs, one per line, without
 * navigation, scripts or ads; also its title and publication date when it declares one.
 */
export function articleFromHtml(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const published = publishedDate(doc);
  const metaTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  // The headline often sits in a page header outside the article, so read it first.
  const h1 = doc.querySelector("article h1, [itemprop=headline]") ?? doc.querySelector("h1");
  const headline = clean(h1?.textContent ?? "") || clean(metaTitle ?? "") || clean(doc.title ?? "");
  removeJunk(doc);
  const root = articleRoot(doc);
  const lines = paragraphs(root);
  const repeated = lines.indexOf(headline);
  const body = repeated >= 0 && repeated < 3 ? lines.filter((_, i) => i !== repeated) : lines;
  return { headline, published, text: [headline, ...body].filter(Boolean).join("\n") };
}

/** Text pasted as rich text (copied from a web page), kept as clean paragraphs; null when the clipboard has no HTML. */
export function textFromClipboard(clipboardData) {
  const html = clipboardData?.getData("text/html");
  if (!html) return null;
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const node of doc.querySelectorAll(JUNK)) node.remove();
  return paragraphs(doc.body).join("\n");
}

/** Reads a dropped or chosen file: `.html` as a saved news page, anything else as plain text. */
export async function readArticleFile(file) {
  const text = await file.text();
  const isHtml = /\.html?$/i.test(file.name) || file.type === "text/html" || /^\s*<(!doctype html|html)/i.test(text.slice(0, 200));
  return isHtml ? articleFromHtml(text) : { headline: null, published: null, text: text.replace(/\r\n?/g, "\n") };
}

/**
 * The analysis as the JSON download: the text it was made from, then the analysis itself.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function analysisJson(text, analysis) {
  return JSON.stringify({ text, ...analysis }, null, 2);
}

/** A CSV cell: quoted when needed; a leading =, +, - or @ is defused so spreadsheets never run it. */
function cell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The entity list as CSV: name, kind, mentions, forms (the other ways it is written), first offset.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function entitiesCsv(analysis) {
  /** @type {(string | number)[][]} */
  const rows = [["name", "kind", "mentions", "forms", "first_offset"]];
  for (const entity of analysis.entities) {
    const forms = [...new Set(entity.mentions.map((m) => m.text))].filter((t) => t !== entity.name);
    rows.push([entity.name, entity.kind, entity.mentions.length, forms.join("; "), entity.mentions[0]?.span.start ?? ""]);
  }
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

/**
 * The numbers as CSV: text, type, value, unit, approximate, low, high, readable, offset.
 * @param {import("./pkg/article_analyzer.js").Analysis} analysis
 */
export function numbersCsv(analysis) {
  /** @type {(string | number)[][]} */
  const rows = [["text", "type", "value", "unit", "approximate", "low", "high", "readable", "offset"]];
  for (const n of analysis.numbers ?? []) {
    rows.push([n.text, n.kind, n.value, n.unit ?? "", String(n.approximate), n.low ?? "", n.high ?? "", n.readable, n.span.start]);
  }
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

/** Offers `content` as a file download named `name` (no request is made: a blob URL, revoked after). */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies `text` to the clipboard; falls back to a hidden text area where the Clipboard API is refused. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

// Wires the page: loads the wasm analyzer, runs it on the article and shows the result.
import init, { Analyzer } from "./pkg/article_analyzer.js";
import { renderArticle, renderLegend, renderLists } from "./render.js";

const $ = (id) => document.getElementById(id);
const article = $("article");
const referenceDate = $("reference-date");
const status = $("status");
const referenceNote = $("reference-note");

let analyzer = null;

const SOURCES = { given: "the date you chose", dateline: "the article's dateline", today: "today" };

function run() {
  if (!analyzer) return;
  const text = article.value;
  const started = performance.now();
  let analysis;
  try {
    analysis = analyzer.analyze(text, { referenceDate: referenceDate.value || null });
  } catch (error) {
    status.textContent = `Could not analyse: ${error.message}`;
    return;
  }
  const elapsed = performance.now() - started;
  const marks = renderArticle($("highlighted"), text, analysis);
  renderLegend($("legend"), marks);
  renderLists({ entities: $("entity-list"), dates: $("date-list"), quotes: $("quote-list") }, analysis);
  $("result").hidden = false;
  const reference = analysis.referenceDate;
  referenceNote.textContent = reference
    ? `Relative dates resolved against ${reference.date} (${SOURCES[reference.source]}).`
    : "No reference date: relative dates are left unresolved.";
  status.textContent = `${analysis.entities.length} entities, ${analysis.dates.length} dates, ${analysis.quotes.length} quotes in ${elapsed.toFixed(1)} ms.`;
}

async function loadSample() {
  const response = await fetch("sample.txt");
  if (!response.ok) {
    status.textContent = "The sample article is missing from this build.";
    return;
  }
  article.value = await response.text();
  referenceDate.value = "2025-11-06";
  run();
}

$("analyze").addEventListener("click", run);
$("sample").addEventListener("click", () => loadSample());
referenceDate.addEventListener("change", () => article.value && run());
// Analyse right after a paste, once the pasted text is in the text area.
article.addEventListener("paste", () => setTimeout(run, 0));

try {
  await init();
  analyzer = new Analyzer();
  // The first call compiles most of the module's code; do it now, not on the reader's time.
  analyzer.analyze("Warm-up: Ada Lovelace said “hello there, everyone” in London on Monday.", { referenceDate: "2025-01-01" });
  status.textContent = "Ready. Paste an article or load the sample.";
  document.body.dataset.ready = "true";
} catch (error) {
  status.textContent = `The analyzer could not start: ${error.message}`;
}

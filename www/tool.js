// @ts-check
// The whole tool (input, highlighted article, legend, card, lists, exports), built into any
// container: the hosted page mounts it in its own document, `<article-analyzer>` in its
// shadow root. Every element is built here from nodes; ids are unique within the tool's root.
import { element, KINDS, nextTask, renderArticle, renderLegend } from "./render.js";
import { renderEntities, renderDates, renderNumbers, renderQuotes, renderSources, summaryText, aboutLine, quoteLine } from "./lists.js";
import { createCard } from "./card.js";
import { explore, applyHidden } from "./interact.js";
import { textFromClipboard, readArticleFile, analysisJson, entitiesCsv, numbersCsv, download, copyText } from "./io.js";
import { CRASH, crashMessage } from "./core.js";

const SAMPLE_DATE = "2025-11-06";
/** Above this many numbers, their highlights start hidden (the legend turns them on). */
const MANY_NUMBERS = 36;
/** Texts longer than this (UTF-16 code units) show a progress bar while they are analysed. */
const SHOWS_PROGRESS = 200_000;
const REFERENCE_SOURCES = { given: "the date you chose", dateline: "the article's dateline", today: "today" };

/** Saved preferences (reference date, hidden kinds, labels) under `key` in local storage; null key: none. */
function preferences(key) {
  const read = () => {
    try {
      return (key && JSON.parse(localStorage.getItem(key) ?? "{}")) || {};
    } catch {
      return {};
    }
  };
  return {
    read,
    save(changes) {
      if (!key) return;
      try {
        localStorage.setItem(key, JSON.stringify({ ...read(), ...changes }));
      } catch {
        // Storage refused (private mode, sandbox): preferences last for this visit only.
      }
    },
  };
}

function buildView() {
  const ui = {};
  const keep = (name, node) => (ui[name] = node);
  const button = (id, label, attributes = {}) => keep(id.replace(/-(\w)/g, (_, c) => c.toUpperCase()), element("button", { type: "button", id, ...attributes }, label));

  const input = element(
    "section",
    { id: "input", class: "input", "aria-label": "Article to analyse" },
    element("div", { class: "input-head" }, element("label", { for: "article" }, "Article text"), element("span", { class: "hint", id: "article-hint" }, "Paste plain or rich text, or drop a .txt or .html file here.")),
    keep("article", element("textarea", { id: "article", rows: 10, spellcheck: "false", placeholder: "Paste a news article here…", "aria-describedby": "article-hint" })),
    element(
      "div",
      { class: "controls" },
      element("label", { for: "reference-date" }, "Reference date"),
      keep("referenceDate", element("input", { type: "date", id: "reference-date", "aria-describedby": "reference-note" })),
      button("analyze", "Analyze"),
      button("sample", "Load sample", { class: "secondary" }),
      button("open-file", "Open file…", { class: "secondary" }),
      keep("file", element("input", { type: "file", id: "file", accept: ".txt,.text,.html,.htm,text/plain,text/html", hidden: true, tabindex: -1 })),
    ),
    keep("referenceNote", element("p", { id: "reference-note", class: "note" }, "Empty: the article's dateline date, else today.")),
    keep(
      "progress",
      element("div", { id: "progress", class: "progress", hidden: true }, keep("progressBar", element("progress", { id: "progress-bar", max: 100, "aria-labelledby": "progress-label" })), keep("progressLabel", element("span", { id: "progress-label" }, ""))),
    ),
    keep("status", element("p", { id: "status", role: "status", "aria-live": "polite" }, "Loading the analyzer…")),
  );

  const result = keep(
    "result",
    element(
      "section",
      { id: "result", hidden: true, "aria-label": "Analysis" },
      keep("summary", element("p", { id: "summary", class: "summary" })),
      keep("about", element("p", { id: "about", class: "summary" })),
      element(
        "div",
        { class: "toolbar" },
        keep("legend", element("ul", { id: "legend", "aria-label": "Highlights by kind: press to show or hide a kind" })),
        element("label", { class: "labels-toggle" }, keep("showLabels", element("input", { type: "checkbox", id: "show-labels" })), " Labels"),
        element("span", { class: "exports" }, button("export-json", "Download JSON", { class: "secondary" }), button("export-csv", "Entities CSV", { class: "secondary" }), button("export-numbers-csv", "Numbers CSV", { class: "secondary" })),
      ),
      keep(
        "stepper",
        element(
          "div",
          { id: "stepper", class: "stepper", hidden: true, role: "group", "aria-label": "Mentions of the selected entity" },
          keep("stepperText", element("span", { id: "stepper-text", "aria-live": "polite" })),
          button("step-prev", "‹ Previous", { class: "secondary" }),
          button("step-next", "Next ›", { class: "secondary" }),
          button("step-clear", "Clear", { class: "secondary" }),
        ),
      ),
      element(
        "div",
        { class: "columns" },
        keep("highlighted", element("article", { id: "highlighted", class: "article", "aria-label": "Article with highlights. Use the arrow keys to move between highlights." })),
        element(
          "aside",
          { "aria-label": "Lists" },
          element("h2", { id: "entities-heading" }, "Entities"),
          keep("entities", element("ul", { id: "entity-list", "aria-labelledby": "entities-heading" })),
          element("h2", { id: "dates-heading" }, "Dates"),
          keep("timeline", element("div", { id: "timeline", class: "timeline" })),
          keep("dates", element("ol", { id: "date-list", "aria-labelledby": "dates-heading" })),
          element("h2", { id: "numbers-heading" }, "Numbers"),
          keep("numbers", element("ol", { id: "number-list", "aria-labelledby": "numbers-heading" })),
          element("h2", { id: "quotes-heading" }, "Quotes by speaker"),
          keep("quotes", element("ul", { id: "quote-list", "aria-labelledby": "quotes-heading" })),
          keep("sourcesHeading", element("h2", { id: "sources-heading", hidden: true }, "Sources")),
          keep("sources", element("ul", { id: "source-list", hidden: true, "aria-labelledby": "sources-heading" })),
        ),
      ),
    ),
  );
  const card = keep("card", createCard("card"));
  const root = keep("root", element("div", { class: "aa-tool" }, input, result, card));
  return ui;
}

/**
 * Builds the tool into `container` and wires it to `engine` (an `Engine`). Options:
 * `storageKey` (save preferences in local storage; null: never), `sample` (a function
 * resolving to the sample article's text). Returns `{ root, ui, run, ready }`.
 * @param {HTMLElement | ShadowRoot} container
 * @param {{ engine: import("./api.js").Engine, storageKey?: string | null, sample?: (() => Promise<string>) | null }} options
 */
export function mountTool(container, { engine, storageKey = null, sample = null }) {
  const ui = buildView();
  const prefs = preferences(storageKey);
  const state = { text: "", analysis: null, marks: [], hidden: new Set(), selection: null, run: 0, numbersChosen: false };
  container.append(ui.root);

  const saved = prefs.read();
  if (typeof saved.referenceDate === "string") ui.referenceDate.value = saved.referenceDate;
  for (const kind of Array.isArray(saved.hidden) ? saved.hidden : []) if (KINDS.includes(kind)) state.hidden.add(kind);
  // Whether the reader has chosen to show or hide numbers: then their count decides nothing.
  state.numbersChosen = Array.isArray(saved.hidden) && saved.hidden.includes("number");
  ui.showLabels.checked = saved.labels === true;
  const applyView = () => {
    applyHidden(ui.highlighted, KINDS, state.hidden);
    ui.highlighted.classList.toggle("show-labels", ui.showLabels.checked);
  };
  applyView();
  if (!sample) ui.sample.hidden = true;

  const setStatus = (message) => (ui.status.textContent = message);

  function setProgress(fraction, label) {
    ui.progress.hidden = fraction === null;
    ui.root.dataset.busy = fraction === null ? "false" : "true";
    if (fraction === null) return;
    if (Number.isFinite(fraction)) ui.progressBar.value = Math.round(100 * fraction);
    else ui.progressBar.removeAttribute("value");
    ui.progressLabel.textContent = label;
  }

  const megabytes = (n) => `${(n / 1_000_000).toFixed(1)} MB`;

  /** Analyses the text area's article and shows the result. */
  async function run() {
    const text = ui.article.value;
    const run = ++state.run;
    const long = text.length > SHOWS_PROGRESS;
    setProgress(long ? 0 : null, `Analysing ${megabytes(text.length)}…`);
    if (long) setStatus(`Analysing ${megabytes(text.length)} of text…`);
    let result;
    try {
      result = await engine.analyze(text, { referenceDate: ui.referenceDate.value || null }, {
        replace: ui.root,
        onProgress: (done, total) => long && setProgress(done / total, `Analysing: ${Math.round((100 * done) / total)}% of ${megabytes(total)}`),
      });
    } catch (error) {
      setProgress(null);
      setStatus(error.name === CRASH ? crashMessage(error) : `Could not analyse: ${error.message}`);
      return;
    }
    if (!result || run !== state.run) return;
    if (long) setProgress(NaN, "Showing the highlights…");
    clearSelection();
    Object.assign(state, { analysis: null, marks: [] });
    // Shown while it fills, so that layout too happens a step at a time.
    ui.result.hidden = false;
    const marks = await renderArticle(ui.highlighted, text, result.analysis);
    if (!marks || run !== state.run) return;
    Object.assign(state, { text, analysis: result.analysis, marks: [...ui.highlighted.querySelectorAll("mark")] });
    if (!(await showResult(result, run))) return;
    setProgress(null);
  }

  /**
   * Fills the legend, the lists and the summary from an analysis, a part at a time with a
   * pause between parts (on a 10 MB text each takes a fraction of a second); resolves to
   * false when a newer run took over meanwhile.
   */
  async function showResult({ analysis, ms }, run) {
    const goOn = async () => {
      await nextTask();
      return run === state.run;
    };
    // Numbers stay off when an article has many (tables, results), so that it stays readable.
    const numbers = analysis.numbers?.length ?? 0;
    if (!state.numbersChosen && numbers > MANY_NUMBERS) state.hidden.add("number");
    else if (!state.numbersChosen) state.hidden.delete("number");
    applyView();
    renderLegend(ui.legend, highlightsOf(state.marks), state.hidden);
    ui.about.textContent = aboutLine(analysis);
    if (!(await goOn())) return false;
    renderNumbers(ui.numbers, analysis);
    renderEntities(ui.entities, analysis);
    if (!(await goOn())) return false;
    renderDates(ui.dates, ui.timeline, analysis);
    if (!(await goOn())) return false;
    renderQuotes(ui.quotes, analysis);
    const sources = renderSources(ui.sources, analysis);
    if (!(await goOn())) return false;
    ui.sources.hidden = ui.sourcesHeading.hidden = !analysis.attributions;
    ui.summary.textContent = summaryText(state.text, analysis, ms);
    ui.result.hidden = false;
    resetRoving();
    const reference = analysis.referenceDate;
    ui.referenceNote.textContent = reference
      ? `Relative dates resolved against ${reference.date} (${REFERENCE_SOURCES[reference.source]}).`
      : "No reference date: relative dates are left unresolved.";
    setStatus(`Analysed: ${analysis.entities.length} entities, ${analysis.dates.length} dates, ${analysis.quotes.length} quotes${sources ? `, ${sources} sources` : ""}.`);
    ui.root.dataset.analysed = String(state.run);
    ui.root.dataset.where = engine.where;
    // Composed, so that a host page hears it from outside <article-analyzer>'s shadow root.
    ui.root.dispatchEvent(new CustomEvent("analyzed", { detail: analysis, bubbles: true, composed: true }));
    return true;
  }

  /** The marks as the legend counts them, by kind. */
  function highlightsOf(marks) {
    return { inner: marks.filter((m) => m.dataset.kind !== "quote").map((m) => ({ kind: m.dataset.kind })), outer: marks.filter((m) => m.dataset.kind === "quote").map(() => ({ kind: "quote" })) };
  }

  // --- Getting text in

  async function loadSample() {
    let text;
    try {
      text = await sample();
    } catch {
      setStatus("The sample article is missing from this build.");
      return;
    }
    ui.article.value = text;
    ui.referenceDate.value = SAMPLE_DATE;
    prefs.save({ referenceDate: SAMPLE_DATE });
    run();
  }

  async function openFile(file) {
    if (!file) return;
    if (!/\.(txt|text|html?)$/i.test(file.name) && !/^text\//.test(file.type)) {
      setStatus(`${file.name} is not a .txt or .html file.`);
      return;
    }
    const article = await readArticleFile(file);
    ui.article.value = article.text;
    if (article.published && !ui.referenceDate.value) ui.referenceDate.value = article.published;
    setStatus(`Read ${file.name}${article.headline ? `: “${article.headline}”` : ""}.`);
    run();
  }

  ui.analyze.addEventListener("click", run);
  ui.sample.addEventListener("click", loadSample);
  ui.openFile.addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => openFile(ui.file.files[0]));
  ui.referenceDate.addEventListener("change", () => {
    prefs.save({ referenceDate: ui.referenceDate.value });
    if (ui.article.value) run();
  });
  ui.article.addEventListener("paste", (event) => {
    const cleaned = textFromClipboard(event.clipboardData);
    if (cleaned !== null) {
      event.preventDefault();
      ui.article.setRangeText(cleaned, ui.article.selectionStart, ui.article.selectionEnd, "end");
    }
    // Analyse once the pasted text is in the text area.
    setTimeout(run, 0);
  });
  ui.root.addEventListener("dragover", (event) => {
    if ([...(event.dataTransfer?.types ?? [])].includes("Files")) {
      event.preventDefault();
      ui.root.classList.add("dropping");
    }
  });
  ui.root.addEventListener("dragleave", (event) => event.target === ui.root && ui.root.classList.remove("dropping"));
  ui.root.addEventListener("drop", (event) => {
    ui.root.classList.remove("dropping");
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      event.preventDefault();
      openFile(file);
    }
  });

  // --- Reading the result: filter, card, stepping, keyboard

  ui.legend.addEventListener("click", (event) => {
    const toggle = event.target.closest("button[data-kind]");
    if (!toggle) return;
    const kind = toggle.dataset.kind;
    setKind(kind, state.hidden.has(kind));
  });

  function setKind(kind, visible) {
    if (kind === "number") state.numbersChosen = true;
    if (visible) state.hidden.delete(kind);
    else state.hidden.add(kind);
    ui.legend.querySelector(`button[data-kind="${kind}"]`)?.setAttribute("aria-pressed", String(visible));
    prefs.save({ hidden: [...state.hidden] });
    applyView();
    resetRoving();
  }

  ui.showLabels.addEventListener("change", () => {
    prefs.save({ labels: ui.showLabels.checked });
    applyView();
  });

  const { focusMark, resetRoving } = explore({
    container: ui.highlighted,
    card: ui.card,
    frame: ui.root,
    state,
    onEntity: (index, start) => selectEntity(index, start),
    onEscape: () => clearSelection(),
  });

  /** Selects every mention of entity `index`, or steps to its next one when already selected. */
  function selectEntity(index, atStart = null) {
    const entity = state.analysis.entities[index];
    if (state.hidden.has(entity.kind)) setKind(entity.kind, true);
    if (state.selection?.index !== index) {
      clearSelection();
      const marks = state.marks.filter((mark) => mark.dataset.entity !== undefined && +mark.dataset.index === index);
      for (const mark of marks) mark.classList.add("selected");
      ui.entities.querySelector(`button.entity[data-index="${index}"]`)?.setAttribute("aria-current", "true");
      state.selection = { index, marks, at: -1 };
    }
    const selection = state.selection;
    const clicked = atStart === null ? -1 : selection.marks.findIndex((mark) => +mark.dataset.start === atStart);
    step(clicked >= 0 ? clicked - selection.at : 1);
  }

  function step(by) {
    const selection = state.selection;
    if (!selection || !selection.marks.length) return;
    const count = selection.marks.length;
    selection.at = (((selection.at + by) % count) + count) % count;
    for (const mark of selection.marks) mark.classList.remove("current");
    const mark = selection.marks[selection.at];
    mark.classList.add("current");
    ui.stepper.hidden = false;
    ui.stepperText.textContent = `${state.analysis.entities[selection.index].name}: mention ${selection.at + 1} of ${count}`;
    focusMark(mark);
  }

  function clearSelection() {
    if (!state.selection) return;
    for (const mark of state.selection.marks) mark.classList.remove("selected", "current");
    ui.entities.querySelector("button.entity[aria-current]")?.removeAttribute("aria-current");
    state.selection = null;
    ui.stepper.hidden = true;
  }

  ui.entities.addEventListener("click", (event) => {
    const entity = event.target.closest("button.entity");
    if (entity) selectEntity(+entity.dataset.index);
  });
  ui.stepPrev.addEventListener("click", () => step(-1));
  ui.stepNext.addEventListener("click", () => step(1));
  ui.stepClear.addEventListener("click", clearSelection);

  const showMark = (kind, index) => {
    if (state.hidden.has(kind)) setKind(kind, true);
    focusMark(state.marks.find((mark) => mark.dataset.kind === kind && +mark.dataset.index === index));
  };
  ui.dates.addEventListener("click", (event) => {
    const date = event.target.closest("button.date");
    if (date) showMark("date", +date.dataset.index);
  });
  ui.numbers.addEventListener("click", (event) => {
    const number = event.target.closest("button.show-number");
    if (number) showMark("number", +number.dataset.index);
  });
  ui.timeline.addEventListener("click", (event) => {
    const tick = event.target.closest("button.tick");
    if (tick) showMark("date", +tick.dataset.index);
  });
  ui.quotes.addEventListener("click", async (event) => {
    const target = event.target.closest("button[data-index]");
    if (!target) return;
    const quote = state.analysis.quotes[+target.dataset.index];
    if (target.classList.contains("show-quote")) return showMark("quote", +target.dataset.index);
    const ok = await copyText(quoteLine(quote));
    setStatus(ok ? `Copied the quote by ${quote.speaker?.name ?? "an unnamed speaker"}.` : "Could not copy: the browser refused.");
  });

  // --- Getting results out

  ui.exportJson.addEventListener("click", () => state.analysis && download("article-analysis.json", "application/json", analysisJson(state.text, state.analysis)));
  ui.exportCsv.addEventListener("click", () => state.analysis && download("article-entities.csv", "text/csv", entitiesCsv(state.analysis)));
  ui.exportNumbersCsv.addEventListener("click", () => state.analysis && download("article-numbers.csv", "text/csv", numbersCsv(state.analysis)));

  const ready = engine.ready.then(
    () => {
      setStatus(sample ? "Ready. Paste an article, drop a file or load the sample." : "Ready. Paste an article or drop a file.");
      ui.root.dataset.ready = "true";
    },
    (error) => {
      setStatus(`The analyzer could not start: ${error.message}`);
      throw error;
    },
  );
  return {
    root: ui.root,
    ui,
    run,
    ready,
    /** The latest analysis shown (null before the first). */
    get analysis() {
      return state.analysis;
    },
  };
}

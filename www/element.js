// @ts-check
// The custom element <article-analyzer>. Empty, it shows the whole tool; wrapped around an
// article already on the page, it shows that article highlighted in place. Everything it
// draws lives in its shadow root, so no style leaks in or out; the host re-colours it with
// the --aa-* custom properties. Attributes: `reference-date` (YYYY-MM-DD), `mode`
// ("tool" or "inline"; by default inline when it has content), `storage-key` (tool mode:
// remember preferences in local storage under this key). Fires `analyzed` with the analysis.
import { sharedEngine } from "./api.js";
import { mountTool } from "./tool.js";
import { copyArticle, highlightCopy } from "./inplace.js";
import { element, KINDS, renderLegend } from "./render.js";
import { createCard } from "./card.js";
import { explore, applyHidden } from "./interact.js";
import { summaryText } from "./lists.js";
import { CRASH, crashMessage } from "./core.js";

const STYLES = new URL("./tool.css", import.meta.url).href;

/** `<article-analyzer>`: the full tool, or an article highlighted in place. */
export class ArticleAnalyzerElement extends HTMLElement {
  static observedAttributes = ["reference-date"];

  /** The latest analysis (null before the first). */
  analysis = null;

  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    shadow.append(element("link", { rel: "stylesheet", href: /** @type {any} */ (this).stylesHref ?? STYLES }));
    const inline = (this.getAttribute("mode") ?? (this.textContent.trim() ? "inline" : "tool")) === "inline";
    this.ready = inline ? this.#inline(shadow) : this.#tool(shadow);
  }

  attributeChangedCallback() {
    if (this.shadowRoot && this.refresh) this.refresh();
  }

  #tool(shadow) {
    const tool = mountTool(shadow, { engine: sharedEngine(), storageKey: this.getAttribute("storage-key") });
    const date = this.getAttribute("reference-date");
    if (date) tool.ui.referenceDate.value = date;
    tool.root.addEventListener("analyzed", (event) => (this.analysis = event.detail));
    this.tool = tool;
    this.refresh = () => {
      tool.ui.referenceDate.value = this.getAttribute("reference-date") ?? "";
      if (tool.ui.article.value) tool.run();
    };
    return tool.ready;
  }

  async #inline(shadow) {
    const state = { text: "", analysis: null, marks: [], hidden: new Set() };
    const legend = element("ul", { id: "legend", "aria-label": "Highlights by kind: press to show or hide a kind" });
    const summary = element("p", { class: "summary", role: "status" }, "Analysing…");
    const body = element("div", { class: "inplace-article" }, element("slot"));
    const card = createCard("card");
    const root = element("div", { class: "aa-tool inplace" }, element("div", { class: "toolbar" }, legend), body, summary, card);
    shadow.append(root);
    const view = explore({ container: body, card, frame: root, state });
    legend.addEventListener("click", (event) => {
      const kind = event.target.closest("button[data-kind]")?.dataset.kind;
      if (!kind) return;
      if (state.hidden.has(kind)) state.hidden.delete(kind);
      else state.hidden.add(kind);
      event.target.closest("button").setAttribute("aria-pressed", String(!state.hidden.has(kind)));
      applyHidden(body, KINDS, state.hidden);
      view.resetRoving();
    });

    this.refresh = async () => {
      const { copy, text, segments } = copyArticle(this);
      let result;
      try {
        result = await sharedEngine().analyze(text, { referenceDate: this.getAttribute("reference-date") || null }, { replace: this });
      } catch (error) {
        // The article stays as the host wrote it; the summary says why nothing is highlighted.
        summary.textContent = error.name === CRASH ? crashMessage(error) : `Could not analyse: ${error.message}`;
        body.replaceChildren(element("slot"));
        Object.assign(state, { text, analysis: null, marks: [] });
        this.analysis = null;
        root.dataset.analysed = "error";
        return;
      }
      if (!result) return;
      const marks = highlightCopy(segments, text, result.analysis);
      body.replaceChildren(copy);
      body.setAttribute("aria-label", "Article with highlights. Use the arrow keys to move between highlights.");
      Object.assign(state, { text, analysis: result.analysis, marks: [...body.querySelectorAll("mark")] });
      renderLegend(legend, marks, state.hidden);
      summary.textContent = summaryText(text, result.analysis, result.ms);
      view.resetRoving();
      root.dataset.analysed = "true";
      this.#announce(result.analysis);
    };
    await sharedEngine().ready;
    await this.refresh();
  }

  #announce(analysis) {
    if (!analysis) return;
    this.analysis = analysis;
    this.dispatchEvent(new CustomEvent("analyzed", { detail: analysis }));
  }
}

if (!customElements.get("article-analyzer")) customElements.define("article-analyzer", ArticleAnalyzerElement);

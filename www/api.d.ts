// Types of the embed API (api.js) and of <article-analyzer> (element.js).

/** Options of an analysis. Dates are `YYYY-MM-DD` strings. */
export interface AnalyzeOptions {
  /** Resolve relative dates against this date; when absent, the article's dateline date, else `today`. */
  referenceDate?: string | null;
  /** The reader's current date; defaults to the browser's local date. */
  today?: string | null;
  /** Called as a long text (over 200,000 characters) is analysed section by section. */
  onProgress?: (done: number, total: number) => void;
}
/** A range of the analysed text in UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number; }
export type EntityKind = "person" | "organization" | "place" | "other";
export type HighlightKind = EntityKind | "date" | "quote";
export interface Mention { span: Span; text: string; }
/** A named entity with all its mentions; `name` is the fullest form used. */
export interface Entity { name: string; kind: EntityKind; mentions: Mention[]; }
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
/** A time expression with its TIMEX3 value, e.g. `2025-10-08`, `2025-W44`, `P3Y`. */
export interface TimeExpression { span: Span; text: string; type: TimexType; value: string; }
/** The words naming a speaker or source, and the entity (index into `entities`) they resolve to. */
export interface Speaker { span: Span; text: string; entity: number | null; name: string; }
export interface Quote { span: Span; text: string; speaker: Speaker | null; }
/** A claim attributed to a source ("according to Reuters"); present in newer builds only. */
export interface Attribution { span: Span; text: string; cue: string; source: Speaker; }
export interface ReferenceDate { date: string; source: "given" | "dateline" | "today"; }
export interface Analysis {
  referenceDate: ReferenceDate | null;
  entities: Entity[];
  dates: TimeExpression[];
  quotes: Quote[];
  attributions?: Attribution[];
}

/** Where the analyzer comes from; call before the first analysis. Defaults: the files beside api.js. */
export function configure(options: { workerUrl?: string | URL | null; wasm?: string | URL | BufferSource | WebAssembly.Module }): void;
/** Resolves once the analyzer (Web Worker and wasm module) is loaded. */
export function ready(): Promise<void>;
/** Analyses an article; rejects with an Error naming the problem when an option is malformed. */
export function analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
/** The entity list as CSV (name, kind, mentions, forms, first_offset). */
export function entitiesCsv(analysis: Analysis): string;
/** The highlight kinds, in legend order. */
export const KINDS: readonly HighlightKind[];
export const KIND_LABELS: Readonly<Record<HighlightKind, string>>;

/** `<article-analyzer>`: the whole tool when empty, the wrapped article highlighted in place otherwise. */
export interface ArticleAnalyzerElement extends HTMLElement {
  /** The latest analysis (null before the first). */
  readonly analysis: Analysis | null;
  /** Resolves when the element is ready (tool mode) or has analysed its article (inline mode). */
  readonly ready: Promise<void>;
}
declare global {
  interface HTMLElementTagNameMap { "article-analyzer": ArticleAnalyzerElement; }
  interface HTMLElementEventMap { analyzed: CustomEvent<Analysis>; }
}

// Types of the embed API (api.js) and of <article-analyzer> (element.js).

// The analysis types are the ones the wasm layer declares (derived from the Rust types by
// crates/wasm/build.rs), generated into
// pkg/article_analyzer.d.ts by the build; this file adds only what the embed API adds.
import type { AnalyzeOptions as CoreOptions, Analysis, EntityKind } from "./pkg/article_analyzer.js";
export type {
  Analysis,
  Attribution,
  Entity,
  EntityKind,
  Mention,
  Number,
  NumberKind,
  Quote,
  ReferenceDate,
  ReferenceSource,
  Span,
  Speaker,
  DayRange,
  TimeExpression,
  TimexType,
} from "./pkg/article_analyzer.js";

/** Options of an analysis. Dates are `YYYY-MM-DD` strings. */
export interface AnalyzeOptions extends CoreOptions {
  /** Called as the analysis goes on (UTF-16 code units of the text, an estimate of the work done). */
  onProgress?: (done: number, total: number) => void;
}
export type HighlightKind = EntityKind | "date" | "quote" | "number";

/** Where the analyzer comes from; call before the first analysis. Defaults: the files beside api.js (of the module, the build `supportsSimd` picks). */
export function configure(options: { workerUrl?: string | URL | null; wasm?: string | URL | BufferSource | WebAssembly.Module }): void;
/** Whether this browser runs WebAssembly SIMD, and so the faster `article_analyzer_simd_bg.wasm` (else `article_analyzer_bg.wasm`). */
export function supportsSimd(): boolean;
/** The analyzer on this page: on the page's thread for short texts, in a Web Worker for long ones. */
export interface Engine {
  /** Resolves once the analyzer can analyse. */
  readonly ready: Promise<void>;
  /** Where the last analysis ran. */
  readonly where: "page" | "worker";
  /** Resolves to the analysis and its time, or to null when a later call with the same `replace` key stopped it. */
  analyze(text: string, options?: CoreOptions, control?: { onProgress?: (done: number, total: number) => void; replace?: unknown }): Promise<{ analysis: Analysis; ms: number } | null>;
}
/** The engine every caller on the page shares (`analyze` and `<article-analyzer>` use it). */
export function sharedEngine(): Engine;
/** Resolves once the analyzer (Web Worker and wasm module) is loaded. */
export function ready(): Promise<void>;
/**
 * Analyses an article; rejects with an Error naming the problem when an option is malformed,
 * or with an Error named "AnalyzerCrash" (saying which step failed, never quoting the text)
 * when the analyzer failed on this text: it has been reset, and the next call works.
 */
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

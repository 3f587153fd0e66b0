// @ts-check
// Exploring the highlights of a rendered article, shared by the tool and the in-place view:
// a card on hover and on focus, one Tab stop into the article and the arrow keys (Home,
// End) between visible highlights, Escape to close the card.
import { showCard, hideCard } from "./card.js";

/**
 * Wires `container`'s marks. `state` holds `{text, analysis, marks, hidden}` and is read at
 * each event; `frame` is the positioned element the card lives in; `onEntity(index, start)`
 * is called when an entity highlight is clicked or activated with Enter or Space.
 * @param {{ container: HTMLElement, card: HTMLElement, frame: HTMLElement, state: any,
 *   onEntity?: (index: number, start: number) => void, onEscape?: () => void }} wiring
 */
export function explore({ container, card, frame, state, onEntity = () => {}, onEscape = () => {} }) {
  const visibleMarks = () => state.marks.filter((mark) => !state.hidden.has(mark.dataset.kind));

  const show = (mark) => {
    if (!state.analysis) return;
    showCard(card, mark, state.text, state.analysis, frame);
    mark.setAttribute("aria-describedby", card.id);
  };
  let hideTimer = 0;
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => hideCard(card), 150);
  };
  /** The innermost highlight at `target` whose kind is shown. */
  const visibleMarkAt = (target) => {
    let mark = target.closest?.("mark");
    while (mark && state.hidden.has(mark.dataset.kind)) mark = mark.parentElement.closest("mark");
    return mark && container.contains(mark) ? mark : null;
  };

  /** One highlight is reachable by Tab at a time: the last one visited, else the first visible. */
  function resetRoving() {
    const current = container.querySelector('mark[tabindex="0"]');
    if (current instanceof HTMLElement && !state.hidden.has(current.dataset.kind)) return;
    current?.setAttribute("tabindex", "-1");
    state.marks.find((mark) => !state.hidden.has(mark.dataset.kind))?.setAttribute("tabindex", "0");
  }

  /** Moves focus (and the Tab stop) to `mark`, scrolls it into view and shows its card. */
  function focusMark(mark) {
    if (!mark) return;
    container.querySelector('mark[tabindex="0"]')?.setAttribute("tabindex", "-1");
    mark.setAttribute("tabindex", "0");
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: "center", inline: "nearest" });
    clearTimeout(hideTimer);
    show(mark);
  }

  container.addEventListener("mouseover", (event) => {
    const mark = visibleMarkAt(event.target);
    if (!mark) return hideSoon();
    clearTimeout(hideTimer);
    show(mark);
  });
  container.addEventListener("mouseleave", hideSoon);
  container.addEventListener("focusin", (event) => {
    const mark = visibleMarkAt(event.target);
    if (!mark) return;
    clearTimeout(hideTimer);
    show(mark);
  });
  container.addEventListener("focusout", hideSoon);
  container.addEventListener("keydown", (event) => {
    const mark = event.target instanceof Element ? event.target.closest("mark") : null;
    if (!mark) return;
    const marks = visibleMarks();
    const at = marks.indexOf(mark);
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: marks.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusMark(marks[Math.max(0, Math.min(marks.length - 1, moves[event.key]))]);
    } else if (event.key === "Escape") {
      hideCard(card);
      onEscape();
    } else if ((event.key === "Enter" || event.key === " ") && mark.dataset.entity !== undefined) {
      event.preventDefault();
      onEntity(+mark.dataset.index, +mark.dataset.start);
    }
  });
  container.addEventListener("click", (event) => {
    const mark = visibleMarkAt(event.target);
    if (mark?.dataset.entity !== undefined) onEntity(+mark.dataset.index, +mark.dataset.start);
  });

  return { focusMark, resetRoving, visibleMarks };
}

/** Shows or hides the highlights of each kind in `container` (their text always stays). */
export function applyHidden(container, kinds, hidden) {
  for (const kind of kinds) container.classList.toggle(`hide-${kind}`, hidden.has(kind));
}

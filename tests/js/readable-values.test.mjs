// The page's dates list orders dates by the calendar range the core gives each one
// (`range.first`); the words shown for a value are the core's `readable` (tested in Rust,
// src/dates/readable/tests.rs). Plain Node: the functions touch no DOM.
import { test } from "node:test";
import assert from "node:assert/strict";
import { calendarOrder, dateKey } from "../../www/lists.js";

const date = (start, first, last = first) => ({ span: { start, end: start + 1 }, range: first ? { first, last } : null });

test("a date's key is the first day of its range, and none without a range", () => {
  assert.equal(dateKey(date(0, "1970-01-02")), 1);
  assert.equal(dateKey(date(0, "2025-11-03", "2025-11-09")), Date.UTC(2025, 10, 3) / 86_400_000);
  assert.equal(dateKey(date(0, null)), null);
});

test("dates are listed in calendar order, those without a range last in text order", () => {
  const dates = [date(0, null), date(5, "2025-11-05"), date(9, "2025-10-01", "2025-12-31"), date(12, null), date(20, "1990-01-01", "1999-12-31")];
  assert.deepEqual(calendarOrder(dates), [4, 2, 1, 0, 3]);
});

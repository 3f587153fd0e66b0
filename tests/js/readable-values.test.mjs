// The page's words for TIMEX3 values (www/lists.js), as the date card and list show them.
// Plain Node: the function touches no DOM.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readableValue } from "../../www/lists.js";

test("days, times and parts of days name the weekday", () => {
  assert.equal(readableValue("2025-11-05"), "Wednesday, 5 November 2025");
  assert.equal(readableValue("2025-11-06T15:30"), "Thursday, 6 November 2025, 15:30");
  assert.equal(readableValue("2025-10-31TEV"), "Friday, 31 October 2025, evening");
  assert.equal(readableValue("1989-10-27T24:00"), "Friday, 27 October 1989, midnight");
  assert.equal(readableValue("XXXX-10-08"), "8 October (year unknown)");
});

test("weeks, months, quarters, seasons, years, decades and centuries", () => {
  assert.equal(readableValue("2025-W45"), "week 45 of 2025");
  assert.equal(readableValue("2025-W45-WE"), "the weekend of week 45 of 2025");
  assert.equal(readableValue("2025-10"), "October 2025");
  assert.equal(readableValue("2025-Q3"), "the third quarter of 2025");
  assert.equal(readableValue("1989-H2"), "the second half of 1989");
  assert.equal(readableValue("2024-FA"), "autumn 2024");
  assert.equal(readableValue("2025"), "the year 2025");
  assert.equal(readableValue("199"), "the 1990s");
  assert.equal(readableValue("19"), "the 1900s");
});

test("durations, sets and vague references", () => {
  assert.equal(readableValue("P3Y", "DURATION"), "3 years");
  assert.equal(readableValue("PT2H30M", "DURATION"), "2 hours, 30 minutes");
  assert.equal(readableValue("PXY", "DURATION"), "some years");
  assert.equal(readableValue("PXCE", "DURATION"), "some centuries");
  assert.equal(readableValue("XXXX-WXX-1", "SET"), "every Monday");
  assert.equal(readableValue("P1W", "SET"), "every week");
  assert.equal(readableValue("P1Q", "SET"), "every quarter");
  assert.equal(readableValue("PT1M", "SET"), "every minute");
  assert.equal(readableValue("XXXX-03", "SET"), "every March");
  assert.equal(readableValue("P2WE", "DURATION"), "2 weekends");
  assert.equal(readableValue("XXXX-WXX-1TNI", "TIME"), "a Monday night (week unknown)");
  assert.equal(readableValue("XXXX-SU"), "summer (year unknown)");
  assert.equal(readableValue("XXXX-Q1"), "the first quarter (year unknown)");
  assert.equal(readableValue("PAST_REF"), "some time in the past");
  assert.equal(readableValue("1988-QX"), null, "a value it cannot put in words is left as it is");
  assert.equal(readableValue("P"), null);
});

// @ts-check
// The embed example's use of the module API: analyse a sentence and say what was found.
import { analyze } from "./api.js";

const text = "Angela Merkel met Emmanuel Macron in Paris on Tuesday. “We agree,” Macron said.";
const analysis = await analyze(text, { referenceDate: "2025-11-06" });
const names = analysis.entities.map((entity) => `${entity.name} (${entity.kind})`).join(", ");
const quotes = analysis.quotes.map((quote) => `${quote.text} — ${quote.speaker?.name ?? "?"}`).join("; ");
document.getElementById("api-demo").textContent = `${names}; dates: ${analysis.dates.map((d) => `${d.text} = ${d.value}`).join(", ")}; quotes: ${quotes}`;

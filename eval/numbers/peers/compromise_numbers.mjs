#!/usr/bin/env node
// Peer system: compromise's money and percentages (and, with --all, numbers),
// in our system-output JSONL.
//
//   node eval/numbers/peers/compromise_numbers.mjs [--all] [--repair] [--assume-usd] [--with-dates] IN.jsonl > OUT.jsonl
//
// IN.jsonl: one {"id", "text", ...} per line (other fields ignored).
// OUT.jsonl: one {"id", "numbers": [{"start", "end", "type", "value", "unit"}]}
// per input line, in input order; offsets in Unicode code points, end exclusive.
//
//   doc.money()        -> MONEY    value = .json()[i].money.num, unit = ISO code of .money.currency or null
//   doc.percentages()  -> PERCENT  value = .json()[i].number.num (12 for "12%"), unit "%"
//   --all: doc.numbers() not overlapping the above ->
//                         ORDINAL if it is #Ordinal (what .isOrdinal() keeps), else
//                         QUANTITY if compromise found a unit word (.number.unit, e.g. "km"),
//                         else CARDINAL; value = .number.num, unit = that unit word as
//                         compromise gives it ("miles", "km", "acre") or null.
//                         Numbers whose unit is a time word ("five years", "82-year-old",
//                         "3 days") are left out: durations and ages, DATE/TIME for spaCy
//                         and not among our types.
//   --repair: patch two known weak spots of compromise 14.17.0 with its own other output
//             (off by default, so the default is compromise as it comes):
//             * .money() stops before "million"/"billion" after a symbol ("$5 million"
//               -> "$5", 5) and its .money.num drops multipliers and hyphenated tens
//               ("5 million dollars" -> 5, "twenty-five dollars" -> 20). With --repair a
//               money match that overlaps exactly one .numbers() match (and that number
//               overlaps no other money match) takes the number's .number.num and the
//               union of the spans, grown right only over multiplier words (numbers()
//               takes the "a" of "$100 billion a year"): "$5 million" -> 5000000. Not
//               when either has "and"/"to"/"or" in it: numbers() reads "$5,000 and
//               $15,000" as one number, 15000.
//             * .percentages() and unit numbers stop before the unit word ("45.5" of
//               "45.5 percent", "20" of "20 miles"); --repair grows them with
//               .growRight('#Unit'), which is how compromise's own .units() finds it.
//   --assume-usd: currency "dollar" (what compromise says for "$" and "dollars") -> "USD";
//                 by default it is null, since compromise does not say which dollar.
//   --with-dates: load the compromise-dates plugin and (with --all) leave out the
//                 numbers that overlap its doc.dates(), doc.times() or doc.durations()
//                 ("2016" of "in 2016"). The plugin also retags some text, and its
//                 dates can overreach ("the 21st century; 1,200 people" is one date).
//
// Offsets. compromise's .json({offset: true}) gives, per match, offset.start and
// offset.length in UTF-16 code units (JavaScript string indices); offset.start is
// that of the first term's own text, but offset.length is that of the match's .text,
// which keeps the first term's leading and the last term's trailing punctuation
// ("“47", "$5,", "¥500.”", "(7%)"), so start + length can overshoot or shift.
// So the span is rebuilt from the match's terms instead: from the first term's
// offset.start to the last non-empty term's offset.start + offset.length (a term's
// offset covers only its own text, not its pre/post punctuation and spaces), then
// converted from UTF-16 code units to code points. A term's own text can still
// hold an opening bracket ("(53" in "vote (53 percent"): brackets, quotes and
// , ; : ! ? are trimmed off span ends. compromise splits "72-75" into a term whose
// text is all of "72-75" (value 72) and an implicit "75" with empty text: the first
// keeps the span "72-75", the empty one is dropped (counted on stderr).
// Every term's offset is checked against the UTF-16 slice of the input.

import { readFileSync } from 'node:fs'
import nlp from 'compromise'

const args = process.argv.slice(2)
const flags = new Set(args.filter(a => a.startsWith('--')))
const files = args.filter(a => !a.startsWith('--'))
const known = new Set(['--all', '--repair', '--assume-usd', '--with-dates'])
const unknown = [...flags].filter(f => !known.has(f))
if (files.length !== 1 || unknown.length) {
  console.error('usage: compromise_numbers.mjs [--all] [--repair] [--assume-usd] [--with-dates] IN.jsonl > OUT.jsonl')
  process.exit(2)
}
const ALL = flags.has('--all')
const ASSUME_USD = flags.has('--assume-usd')
const REPAIR = flags.has('--repair')
const WITH_DATES = flags.has('--with-dates')
if (WITH_DATES) {
  const dates = (await import('compromise-dates')).default
  nlp.plugin(dates)
}

// compromise's currency strings -> ISO 4217. It gives a code for most symbols
// ("€" -> "EUR", "¥" -> "JPY/YEN") and for code words ("usd", "gbp"); otherwise
// the singular lower-cased currency word. Only unambiguous names are mapped.
const ISO = new Set(['AUD', 'CNY', 'DKK', 'EUR', 'GBP', 'HKD', 'ILS', 'INR', 'JPY', 'KRW', 'USD', 'XAF', 'XOF',
  'RUB', 'TRY', 'THB', 'VND', 'UAH', 'NGN', 'PHP', 'PYG', 'CRC', 'SAR', 'MNT', 'LAK', 'KZT'])
const NAMES = {
  'euro': 'EUR', 'yen': 'JPY', 'yuan': 'CNY', 'baht': 'THB', 'zloty': 'PLN', 'zł': 'PLN', 'forint': 'HUF',
  'shekel': 'ILS', 'sheqel': 'ILS', 'sterling': 'GBP', 'pound sterling': 'GBP', 'rouble': 'RUB', 'руб': 'RUB',
  'bitcoin': 'XBT',
}
function isoCurrency(cur) {
  if (!cur) return null
  const c = String(cur).trim()
  const head = c.split('/')[0].toUpperCase() // "JPY/YEN" -> "JPY"
  if (ISO.has(head)) return head
  const low = c.toLowerCase()
  if (NAMES[low]) return NAMES[low]
  if (ASSUME_USD && (low === 'dollar' || low === '$')) return 'USD'
  return null
}

// UTF-16 index -> code point index, for one text.
function cpIndex(text) {
  const map = new Int32Array(text.length + 1)
  let cp = 0
  for (let i = 0; i < text.length; i++) {
    map[i] = cp
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = -1 // the low surrogate: no span may start or end here
      }
    }
    cp++
  }
  map[text.length] = cp
  return map
}

const stats = { docs: 0, chars: 0, dropped_empty: 0, trimmed: 0 }

// Span of one .json({offset: true}) entry, in UTF-16 units, from its terms.
// A term's text can itself hold an opening bracket or quote ("(53" of "(53 percent"),
// so those are trimmed off the span's ends.
const LEAD = /^[(\[{"'“‘«]+/u
const TRAIL = /[)\]}"'”’»,;:!?]+$/u
function span16(entry) {
  let start = null
  let end = null
  for (const t of entry.terms) {
    if (!t.offset || t.offset.length === 0) continue
    if (start === null) start = t.offset.start
    end = Math.max(end ?? 0, t.offset.start + t.offset.length)
  }
  if (start === null) return null
  return trim16(entry._text, start, end)
}
function trim16(text, start, end) {
  const piece = text.slice(start, end)
  const lead = (piece.match(LEAD) || [''])[0].length
  const trail = (piece.slice(lead).match(TRAIL) || [''])[0].length
  if (lead || trail) stats.trimmed++
  start += lead
  end -= trail
  return start < end ? [start, end] : null
}

// Code point span [start, end) of one .json({offset: true}) entry, checked; or null.
function cpSpan(text, map, entry) {
  entry._text = text
  const s = span16(entry)
  if (!s) return null
  const [a, b] = s
  // each term's offset must point at that term's text in the input
  for (const t of entry.terms) {
    if (t.offset && t.offset.length && text.slice(t.offset.start, t.offset.start + t.offset.length) !== t.text) {
      throw new Error(`offset mismatch: term ${JSON.stringify(t.text)} at ${t.offset.start} in match ${JSON.stringify(entry.text)}`)
    }
  }
  if (map[a] < 0 || map[b] < 0) throw new Error(`span ${a}-${b} splits a surrogate pair`)
  return [map[a], map[b]]
}

const TIME_UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(y|ies)|yr|yrs|hrs?|mins?|secs?)$/i
const overlaps = (x, y) => x[0] < y[1] && y[0] < x[1]
const finite = v => (Number.isFinite(v) ? v : null)

function analyze(text) {
  const doc = nlp(text)
  const map = cpIndex(text)
  const out = []
  const push = (span, type, value, unit) => {
    if (!span) {
      stats.dropped_empty++
      return
    }
    out.push({ start: span[0], end: span[1], type, value: finite(value), unit: unit || null })
  }
  const nums = doc.numbers()
  const numJson = ALL || REPAIR ? nums.json({ offset: true }) : []
  const numSpans = numJson.map(n => cpSpan(text, map, n))

  const money = doc.money().json({ offset: true })
  const moneySpans = money.map(m => cpSpan(text, map, m))
  money.forEach((m, i) => {
    let span = moneySpans[i]
    let value = m.money?.num
    if (REPAIR && span) {
      const hits = numSpans.map((s, j) => (s && overlaps(s, span) ? j : -1)).filter(j => j >= 0)
      if (hits.length === 1) {
        const ns = numSpans[hits[0]]
        const others = moneySpans.filter((s, k) => k !== i && s && overlaps(s, ns))
        const v = finite(numJson[hits[0]].number?.num)
        // numbers() reads "$5,000 and $15,000" as one compound number (15000) and
        // "$1.1 million and $2.25 million" as 0: leave ranges and pairs alone
        const joined = e => e.terms.some(t => /^(and|to|or)$/i.test(t.text))
        if (others.length === 0 && v !== null && v !== 0 && !joined(m) && !joined(numJson[hits[0]])) {
          // grow left over the number's words ("half a" of "half a million dollars"),
          // right only over multipliers ("million"): numbers() also takes the "a"
          // of "$100 billion a year"
          const n16 = numJson[hits[0]].terms.filter(t => t.offset && t.offset.length)
          const moneyEnd16 = Math.max(...m.terms.filter(t => t.offset && t.offset.length).map(t => t.offset.start + t.offset.length))
          let end16 = moneyEnd16
          for (const t of n16) {
            if (t.offset.start < moneyEnd16) continue
            if (!t.tags.includes('Multiple')) break
            end16 = t.offset.start + t.offset.length
          }
          const s16 = trim16(text, Math.min(n16[0].offset.start, m.terms.find(t => t.offset && t.offset.length).offset.start), end16)
          if (s16) {
            span = [map[s16[0]], map[s16[1]]]
            value = v
          }
        }
      }
    }
    push(span, 'MONEY', value, isoCurrency(m.money?.currency))
  })

  const pct = doc.percentages()
  pct.json({ offset: true }).forEach((p, i) => {
    let span = cpSpan(text, map, p)
    if (REPAIR && span) {
      const grown = pct.eq(i).growRight('#Unit').json({ offset: true })[0]
      const g = grown && cpSpan(text, map, grown)
      if (g && g[0] === span[0]) span = g
    }
    push(span, 'PERCENT', p.number?.num, '%')
  })

  if (ALL) {
    const taken = out.map(n => [n.start, n.end])
    if (WITH_DATES) {
      for (const v of [doc.dates(), doc.times(), doc.durations()]) {
        for (const e of v.json({ offset: true })) {
          const sp = cpSpan(text, map, e)
          if (sp) taken.push(sp)
        }
      }
    }
    numJson.forEach((n, i) => {
      let span = numSpans[i]
      if (!span) {
        stats.dropped_empty++
        return
      }
      if (taken.some(t => overlaps(t, span))) return
      const unit = n.number?.unit || null
      if (unit && TIME_UNIT.test(unit)) return
      const one = nums.eq(i)
      const type = one.isOrdinal().found ? 'ORDINAL' : unit ? 'QUANTITY' : 'CARDINAL'
      if (REPAIR && type === 'QUANTITY') {
        const grown = one.growRight('#Unit').json({ offset: true })[0]
        const g = grown && cpSpan(text, map, grown)
        if (g && g[0] === span[0]) span = g
      }
      push(span, type, n.number?.num, type === 'QUANTITY' ? unit : null)
    })
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end)
  return out
}

const t0 = process.hrtime.bigint()
const lines = readFileSync(files[0], 'utf8').split('\n')
const chunks = []
for (const line of lines) {
  if (!line.trim()) continue
  const d = JSON.parse(line)
  stats.docs++
  stats.chars += [...d.text].length
  chunks.push(JSON.stringify({ id: d.id, numbers: analyze(d.text) }) + '\n')
  if (chunks.length >= 64) process.stdout.write(chunks.splice(0).join(''))
}
process.stdout.write(chunks.join(''))
const secs = Number(process.hrtime.bigint() - t0) / 1e9
console.error(`compromise ${nlp.version}${flags.has('--with-dates') ? ' + compromise-dates' : ''}` +
  ` ${[...flags].join(' ')}: ${stats.docs} docs, ${stats.chars} chars in ${secs.toFixed(1)}s` +
  ` (${stats.dropped_empty} empty matches dropped, ${stats.trimmed} spans trimmed of brackets/quotes)`)

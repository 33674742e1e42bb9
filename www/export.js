// Exports of an analysis: the Analysis as JSON, CSV of entities and of quotes, and the timeline as
// TimelineJS JSON. Pure functions from (text, analysis) to a string; no DOM.
import { formatTimex } from "./timeline.js";

/** One CSV field, quoted when needed (RFC 4180); a leading =+-@ is prefixed so spreadsheets show it as text. */
export function csvField(value) {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows) {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The Analysis, pretty-printed. */
function analysisJson(text, analysis) {
  return JSON.stringify(analysis, null, 2);
}

/** id,type,name,mentions,first_offset: one row per entity. */
function entitiesCsv(text, analysis) {
  const first = new Map();
  for (const m of analysis.mentions) if (!first.has(m.entity)) first.set(m.entity, m.start);
  return csv([
    ["id", "type", "name", "mentions", "first_offset"],
    ...analysis.entities.map((e) => [e.id, e.type, e.name, e.mentions, first.get(e.id) ?? ""]),
  ]);
}

/** start,end,speaker,speaker_name,cue,quote: one row per quote. */
function quotesCsv(text, analysis) {
  return csv([
    ["start", "end", "speaker", "speaker_name", "cue", "quote"],
    ...analysis.quotes.map((q) => [q.start, q.end, q.speaker, q.speakerName, q.cue, text.slice(q.start, q.end)]),
  ]);
}

/** TimelineJS renders its text fields as HTML; the article's words must stay words. */
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function timelineDate(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const date = { year: m[1] };
  if (m[2] && /^-\d{2}(-|$)/.test(value.slice(4))) date.month = String(+m[2]);
  if (m[3]) date.day = String(+m[3]);
  date.display_date = formatTimex(value);
  return date;
}

/** The timeline in TimelineJS's JSON format: one event per dated item. */
function timelineJs(text, analysis) {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const events = analysis.timeline
    .map((item) => ({ item, start_date: timelineDate(item.value) }))
    .filter((e) => e.start_date)
    .map(({ item, start_date }) => ({
      start_date,
      text: {
        headline: escapeHtml(item.label),
        text: escapeHtml(item.entities.map((id) => names.get(id)).filter(Boolean).join(", ")),
      },
    }));
  return JSON.stringify({ events }, null, 2);
}

/** The export formats offered, in menu order. */
export const FORMATS = [
  { id: "json", label: "Analysis (JSON)", file: "analysis.json", type: "application/json", build: analysisJson },
  { id: "entities-csv", label: "Entities (CSV)", file: "entities.csv", type: "text/csv", build: entitiesCsv },
  { id: "quotes-csv", label: "Quotes (CSV)", file: "quotes.csv", type: "text/csv", build: quotesCsv },
  { id: "timelinejs", label: "Timeline (TimelineJS JSON)", file: "timeline.json", type: "application/json", build: timelineJs },
];

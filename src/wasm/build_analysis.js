// Builds the documented `Analysis` object from the compact form that `src/wasm/compact.rs` writes: one
// array of numbers and one string holding every string end to end. One call from WebAssembly, and
// object literals of one shape each, cost far less than setting every field across the boundary.
// The layout is described in compact.rs; the two change together.

const NONE = 0xffffffff;
const KINDS = ["PERSON", "ORG", "LOC"];
const SOURCES = ["given", "dateline", "text", "weekday", "year", "none"];

export function build_analysis(numbers, strings) {
  let at = 0;
  const next = () => numbers[at++];
  const text = () => {
    const start = numbers[at++];
    const length = numbers[at++];
    return start === NONE ? null : strings.slice(start, start + length);
  };
  const textLength = next();
  const entities = new Array(next());
  for (let e = 0; e < entities.length; e++) {
    const id = text();
    const type = KINDS[next()];
    const name = text();
    entities[e] = { id, type, name, mentions: next() };
  }
  // an entity reference is its index, or NONE
  const id = () => {
    const e = next();
    return e === NONE ? null : entities[e].id;
  };
  const mentions = new Array(next());
  for (let m = 0; m < mentions.length; m++) {
    const start = next();
    const end = next();
    mentions[m] = { start, end, entity: id() };
  }
  const quotes = new Array(next());
  for (let q = 0; q < quotes.length; q++) {
    const start = next();
    const end = next();
    const speaker = id();
    const speakerName = text();
    quotes[q] = { start, end, speaker, speakerName, cue: text() };
  }
  const times = new Array(next());
  for (let t = 0; t < times.length; t++) {
    const start = next();
    const end = next();
    times[t] = { start, end, value: text() };
  }
  const timeline = new Array(next());
  for (let t = 0; t < timeline.length; t++) {
    const value = text();
    const start = next();
    const end = next();
    const label = text();
    const ids = new Array(next());
    for (let k = 0; k < ids.length; k++) ids[k] = id();
    timeline[t] = { value, start, end, label, entities: ids };
  }
  const value = text();
  const referenceDate = { value, source: SOURCES[next()] };
  return { textLength, entities, mentions, quotes, times, timeline, referenceDate };
}

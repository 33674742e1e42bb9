// The article with its mentions highlighted: builds paragraphs of text nodes, quote spans and
// <mark data-type data-entity> elements from the text and the analysis, in slices so that a long article
// never blocks the page. Reads the analysis only; panels, styles and events live elsewhere.
import { h, nextFrame } from "./dom.js";

/** Blocks longer than this many UTF-16 units are cut at line breaks, so that layout stays cheap. */
const MAX_BLOCK = 20_000;
/** Work in slices of about this many milliseconds before letting the page paint. */
const SLICE_MS = 4;
/** Paragraphs are grouped in chunks of about this many UTF-16 units; the browser skips the layout of
    chunks out of view (content-visibility), and has few boxes to place for the ones it skips. */
const CHUNK_CHARS = 20_000;

/** Paragraph blocks of `text` as [start, end) pairs: blank lines separate paragraphs, long ones are cut. */
export function blocksOf(text) {
  const blocks = [];
  const separator = /\r?\n[ \t]*\r?\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushBlock(text, start, match.index, blocks, false);
    start = match.index + match[0].length;
  }
  pushBlock(text, start, text.length, blocks, false);
  return blocks;
}

function pushBlock(text, start, end, blocks, continued) {
  if (end <= start) return;
  if (end - start <= MAX_BLOCK) {
    blocks.push({ start, end, continued });
    return;
  }
  // Cut at the last line break (else space) before the limit; a line break cut changes nothing visible.
  const window = text.slice(start, start + MAX_BLOCK);
  let cut = window.lastIndexOf("\n");
  if (cut <= 0) cut = window.lastIndexOf(" ");
  const at = cut > 0 ? start + cut + 1 : start + MAX_BLOCK;
  blocks.push({ start, end: at, continued });
  pushBlock(text, at, end, blocks, true);
}

/** The hover text of a quote in the article: who said it. */
function quoteTitle(quote) {
  return typeof quote.speakerName === "string" && quote.speakerName ? `Quote: ${quote.speakerName}` : "Quote: speaker not named";
}

/** Sorted, in-bounds, non-overlapping copies of `spans` (the analysis promises it; the view checks). */
function cleanSpans(spans, length) {
  const out = [];
  let last = 0;
  const sorted = spans
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start < span.end)
    .sort((a, b) => a.span.start - b.span.start);
  for (const item of sorted) {
    if (item.span.start < last || item.span.end > length) continue;
    out.push({ start: item.span.start, end: item.span.end, index: item.index, span: item.span });
    last = item.span.end;
  }
  return out;
}

/**
 * Renders `text` with `analysis` into `container`, slice by slice. `onProgress(fraction)` is called between
 * slices; `isCancelled()` stops the work when a newer analysis arrived. Resolves to the view's index:
 * { marksByEntity: Map(id -> [mark]), quoteEls: Map(quote index -> [span]), blocks: [{start, end, el}] },
 * or null when cancelled.
 */
export async function renderText(container, text, analysis, { onProgress = () => {}, isCancelled = () => false } = {}) {
  const types = new Map(analysis.entities.map((e) => [e.id, e.type]));
  const mentions = cleanSpans(analysis.mentions, text.length);
  const quotes = cleanSpans(analysis.quotes, text.length);
  const blocks = blocksOf(text);
  const index = { marksByEntity: new Map(), quoteEls: new Map(), blocks: [] };
  const cursor = { mention: 0, quote: 0 };
  let sliceStart = performance.now();
  // The previous article may be megabytes of nodes: remove it chunk by chunk, from the end, between frames.
  while (container.lastChild) {
    container.lastChild.remove();
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextFrame();
      if (isCancelled()) return null;
      sliceStart = performance.now();
    }
  }
  let chunk = null;
  let chunkChars = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (!chunk || chunkChars >= CHUNK_CHARS) {
      chunk = h("div", { class: "chunk" });
      chunkChars = 0;
      container.append(chunk);
    }
    const el = h("p", { class: block.continued ? "block continued" : "block", "data-start": block.start });
    fillBlock(el, text, block, mentions, quotes, cursor, types, index);
    chunk.append(el);
    chunkChars += block.end - block.start;
    index.blocks.push({ start: block.start, end: block.end, el });
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress((b + 1) / blocks.length);
      await nextFrame();
      if (isCancelled()) return null;
      sliceStart = performance.now();
    }
  }
  onProgress(1);
  return index;
}

function fillBlock(el, text, block, mentions, quotes, cursor, types, index) {
  let pos = block.start;
  let quoteEl = null;
  let quoteOf = -1;
  let markEl = null;
  let markOf = -1;
  while (pos < block.end) {
    while (cursor.quote < quotes.length && quotes[cursor.quote].end <= pos) cursor.quote++;
    while (cursor.mention < mentions.length && mentions[cursor.mention].end <= pos) cursor.mention++;
    const q = quotes[cursor.quote];
    const m = mentions[cursor.mention];
    const inQuote = q && q.start <= pos;
    const inMention = m && m.start <= pos;
    let next = block.end;
    if (q) next = Math.min(next, inQuote ? q.end : q.start);
    if (m) next = Math.min(next, inMention ? m.end : m.start);
    const piece = document.createTextNode(text.slice(pos, next));
    let parent = el;
    if (inQuote) {
      if (quoteOf !== cursor.quote) {
        quoteEl = h("span", { class: "quote", "data-quote": q.index, part: "quote", title: quoteTitle(q.span) });
        quoteOf = cursor.quote;
        el.append(quoteEl);
        register(index.quoteEls, q.index, quoteEl);
        markOf = -1;
      }
      parent = quoteEl;
    } else if (quoteOf !== -1) {
      quoteOf = -1;
      markOf = -1;
    }
    if (inMention) {
      if (markOf !== cursor.mention || markEl.parentNode !== parent) {
        const entity = m.span.entity;
        markEl = h("mark", {
          "data-type": types.get(entity) ?? "",
          "data-entity": entity,
          "data-mention": m.index,
          part: "mention",
          tabindex: "-1",
        });
        markOf = cursor.mention;
        parent.append(markEl);
        register(index.marksByEntity, entity, markEl);
      }
      markEl.append(piece);
    } else {
      markOf = -1;
      parent.append(piece);
    }
    pos = next;
  }
}

function register(map, key, el) {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

/** A DOM Range over [start, end) of the text, found in the rendered blocks; null when not rendered. */
export function rangeOf(index, start, end) {
  const blocks = index.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  const first = blocks[lo];
  if (!first) return null;
  const range = document.createRange();
  const startPoint = pointAt(first, Math.max(start, first.start));
  if (!startPoint) return null;
  range.setStart(startPoint.node, startPoint.offset);
  let last = lo;
  while (last + 1 < blocks.length && blocks[last + 1].start < end) last++;
  const endPoint = pointAt(blocks[last], Math.min(end, blocks[last].end));
  if (endPoint) range.setEnd(endPoint.node, endPoint.offset);
  return range;
}

function pointAt(block, offset) {
  const walker = document.createTreeWalker(block.el, NodeFilter.SHOW_TEXT);
  let pos = block.start;
  let node = walker.nextNode();
  let last = null;
  while (node) {
    const len = node.data.length;
    if (offset <= pos + len) return { node, offset: offset - pos };
    pos += len;
    last = node;
    node = walker.nextNode();
  }
  return last ? { node: last, offset: last.data.length } : null;
}

// A tiny DOM builder for the widget: elements with attributes and children, text always as text nodes.
// It never parses HTML, so nothing from an article can become markup. Not a framework: no diffing, no state.

/**
 * Creates an element. `attrs` values: strings become attributes (`null`/`false` skip), functions under
 * `on*` keys become listeners. `children` may be nodes, strings (as text) or nested arrays; null is skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith("svg:")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (nodes, strings as text, arrays) to `parent`. */
function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of `el`. */
export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Resolves after the browser had a chance to paint; lets long work yield to the main thread. */
export function nextFrame() {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    // Hidden tabs do not run animation frames; do not stall there.
    setTimeout(finish, 50);
  });
}

/**
 * Keeps the part of the pane the user acted on where it was while a fix re-renders the results.
 *
 * A fix removes the item (or the whole group), a notice appears above the results, and the focus that
 * was on the removed button goes to the results heading: left alone, the pane jumps. Before the fix the
 * pane captures where the acted-on item and its neighbours are on screen; after each render it scrolls
 * its scroll container (the task pane's document in Excel, the preview's <aside>) so that the first of
 * them still there is back where it should be:
 *   - the item itself (a conflict left it in place), or the group for "Sửa tất cả": where it was;
 *   - the items after it in its group, then the groups after it: where the removed one was (they move up
 *     into its place, as in a list where one line was deleted);
 *   - the items before it, the groups before it, the results heading: where they were.
 *
 * Items and groups are found again by element identity (React keeps an item's <li> as long as the same
 * finding is listed: items are keyed by code, cell and occurrence), never by index.
 */

interface Candidate {
  el: Element;
  /** Viewport top the element should have after the change. */
  top: number;
}

export interface ScrollAnchor {
  readonly candidates: readonly Candidate[];
}

/** Items and groups that can anchor the view. */
const ITEM = 'li[data-code]';
const GROUP = '[data-group-key]';

/** How many neighbours on each side to remember: enough for a fix that resolves several items at once. */
const NEIGHBOURS = 8;

export function captureAnchor(origin: Element, fallback?: Element | null): ScrollAnchor | null {
  const item = origin.closest(ITEM);
  const group = origin.closest(GROUP);
  const acted = item ?? group;
  if (!acted) return null;
  const top = (el: Element) => el.getBoundingClientRect().top;
  const actedTop = top(acted);
  const candidates: Candidate[] = [{ el: acted, top: actedTop }];

  if (item) {
    // Items after it slide into its place; then those before it stay.
    for (let n = item.nextElementSibling, i = 0; n && i < NEIGHBOURS; n = n.nextElementSibling, i++) {
      if (n.matches(ITEM)) candidates.push({ el: n, top: actedTop });
    }
    for (let p = item.previousElementSibling, i = 0; p && i < NEIGHBOURS; p = p.previousElementSibling, i++) {
      if (p.matches(ITEM)) candidates.push({ el: p, top: top(p) });
    }
    if (group) candidates.push({ el: group, top: top(group) });
  }

  if (group) {
    const scope = group.closest('[data-findings]') ?? group.ownerDocument;
    const all = [...scope.querySelectorAll(GROUP)];
    const at = all.indexOf(group);
    const groupTop = top(group);
    for (const g of all.slice(at + 1, at + 1 + NEIGHBOURS)) candidates.push({ el: g, top: groupTop });
    for (const g of all.slice(Math.max(0, at - NEIGHBOURS), at).reverse()) candidates.push({ el: g, top: top(g) });
  }

  if (fallback) candidates.push({ el: fallback, top: top(fallback) });
  return { candidates };
}

/** Scroll so that the first candidate still in the document is where it should be; true when one was found. */
export function restoreAnchor(anchor: ScrollAnchor): boolean {
  for (const c of anchor.candidates) {
    if (!c.el.isConnected) continue;
    const delta = c.el.getBoundingClientRect().top - c.top;
    if (Math.abs(delta) >= 1) scrollBy(c.el, delta);
    return true;
  }
  return false;
}

/** The nearest ancestor that scrolls vertically, else the document's scrolling element. */
export function scrollContainer(el: Element): Element | null {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  for (let p = el.parentElement; p && p !== doc.body && p !== doc.documentElement; p = p.parentElement) {
    const overflowY = win ? win.getComputedStyle(p).overflowY : '';
    if ((overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') && p.scrollHeight > p.clientHeight) return p;
  }
  return doc.scrollingElement;
}

function scrollBy(el: Element, delta: number): void {
  const scroller = scrollContainer(el);
  if (scroller) scroller.scrollTop += delta;
}

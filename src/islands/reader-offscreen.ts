// After the page loads, marks each block that offscreen.css lets skip rendering as drawn
// (data-drawn), one per idle period and in reading order, so each costs one short frame of
// style and layout instead of the first paint paying for all of them. Blocks are found by
// their computed content-visibility, so the stylesheet alone says which blocks skip.
const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 50));

function drawNext(blocks: HTMLElement[]): void {
  const block = blocks.shift();
  if (!block) return;
  block.dataset.drawn = '';
  idle(() => drawNext(blocks));
}

/** Skipping blocks under `root`, in document order; never looks inside one (that would style it). */
function skipping(root: Element, found: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.children) {
    if (!(el instanceof HTMLElement)) continue;
    if (getComputedStyle(el).contentVisibility === 'auto') found.push(el);
    else if (el.firstElementChild) skipping(el, found);
  }
  return found;
}

function start(): void {
  if (!('offscreen' in document.documentElement.dataset)) return;
  idle(() => drawNext(skipping(document.body)));
}

if (document.readyState === 'complete') start();
else addEventListener('load', start, { once: true });

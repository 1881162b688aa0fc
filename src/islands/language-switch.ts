// Keeps the reader's place when they switch edition: the link to the twin page gets the id of
// the section heading or scroll step nearest above the top of the window (the same ids exist in
// both editions), or the address's own anchor.
const ANCHORS = 'main h2[id], main h3[id], main [data-step][id]';

function currentAnchor(): string {
  if (location.hash) return location.hash;
  let best: Element | null = null;
  for (const el of document.querySelectorAll(ANCHORS)) {
    if (el.getBoundingClientRect().top <= window.innerHeight * 0.3) best = el;
  }
  return best ? `#${best.id}` : '';
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  const base = link.href.split('#')[0];
  const update = () => {
    link.href = base + currentAnchor();
  };
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  link.addEventListener('click', update);
}

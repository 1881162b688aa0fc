// Keyboard controls of a <story-scrolly>: the previous/next step buttons, their counter, the
// polite live region that announces the step reached, and copying a step's link. No data, no scrolling logic.

export interface Controls {
  /** Reflects the active step (-1 = before the first) in the counter and the buttons' disabled state. */
  update(index: number, total: number): void;
  announce(text: string): void;
  destroy(): void;
}

export function createControls(root: HTMLElement, go: (delta: -1 | 1) => void): Controls {
  const nav = root.querySelector<HTMLElement>('[data-scrolly-nav]');
  const prev = root.querySelector<HTMLButtonElement>('[data-scrolly-prev]');
  const next = root.querySelector<HTMLButtonElement>('[data-scrolly-next]');
  const count = root.querySelector<HTMLElement>('[data-scrolly-count]');
  const live = root.querySelector<HTMLElement>('[data-scrolly-live]');
  const onPrev = () => go(-1);
  const onNext = () => go(1);
  const onLink = (event: Event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-step-link]');
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(() => controls.announce('Link to this step copied.'), () => undefined);
  };
  prev?.addEventListener('click', onPrev);
  next?.addEventListener('click', onNext);
  root.addEventListener('click', onLink);
  if (nav) nav.hidden = false;

  const controls: Controls = {
    update(index, total) {
      if (prev) prev.disabled = index <= 0;
      if (next) next.disabled = index >= total - 1;
      if (count) count.textContent = index < 0 ? `${total} steps` : `${index + 1} / ${total}`;
    },
    announce(text) {
      if (live) live.textContent = text;
    },
    destroy() {
      prev?.removeEventListener('click', onPrev);
      next?.removeEventListener('click', onNext);
      root.removeEventListener('click', onLink);
      if (nav) nav.hidden = true;
      if (live) live.textContent = '';
    },
  };
  return controls;
}

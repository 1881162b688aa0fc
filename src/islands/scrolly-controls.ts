// Keyboard controls of a <story-scrolly>: the previous/next step buttons and their counter.
// The step reached is announced through the page's one status region (reader-support.ts);
// copying a step's link is the copy-link button beside it (reader-copy-link.ts).
import { announce, message } from './reader-support';

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
  const onPrev = () => go(-1);
  const onNext = () => go(1);
  prev?.addEventListener('click', onPrev);
  next?.addEventListener('click', onNext);
  if (nav) nav.hidden = false;

  return {
    update(index, total) {
      if (prev) prev.disabled = index <= 0;
      if (next) next.disabled = index >= total - 1;
      if (count) count.textContent = index < 0 ? message('stepCount', { total }) : message('stepAt', { n: index + 1, total });
    },
    announce,
    destroy() {
      prev?.removeEventListener('click', onPrev);
      next?.removeEventListener('click', onNext);
      if (nav) nav.hidden = true;
    },
  };
}

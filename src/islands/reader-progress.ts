// <reading-progress data-target="selector">: a thin bar at the top of the viewport showing
// how much of the chapter text has been scrolled past. Exposed as a named progressbar.
import { readingFraction } from '@lib/reader/place';
import { message } from './reader-support';

class ReadingProgress extends HTMLElement {
  #frame = 0;
  #schedule = () => {
    if (!this.#frame) this.#frame = requestAnimationFrame(this.#update);
  };
  #last = -1;
  #update = () => {
    this.#frame = 0;
    const target = document.querySelector(this.dataset.target ?? '');
    const bar = this.querySelector<HTMLElement>('[role="progressbar"]');
    if (!target || !bar) return;
    const box = target.getBoundingClientRect();
    const fraction = readingFraction(scrollY, innerHeight, box.top + scrollY, box.bottom + scrollY);
    bar.style.setProperty('--progress', String(fraction));
    const percent = Math.round(fraction * 100);
    if (percent !== this.#last) {
      this.#last = percent;
      bar.setAttribute('aria-valuenow', String(percent));
      bar.setAttribute('aria-valuetext', message('progressText', { percent }));
    }
  };

  connectedCallback() {
    addEventListener('scroll', this.#schedule, { passive: true });
    addEventListener('resize', this.#schedule, { passive: true });
    this.hidden = false;
    this.#update();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.#schedule);
    removeEventListener('resize', this.#schedule);
    cancelAnimationFrame(this.#frame);
  }
}

if (!customElements.get('reading-progress')) customElements.define('reading-progress', ReadingProgress);

// <resume-reading data-slug data-target data-anchors>: remembers, in this browser only, the
// section or step the reader reached, and on the next visit offers a link back to it.
// Nothing is sent anywhere; "Forget my place" deletes the record.
import { currentAnchor, parsePlace, placeKey, readingFraction, resumable, type Place } from '@lib/reader/place';
import { announce, message, store } from './reader-support';

/** The reading line: a third of the way down the viewport. */
const LINE = 1 / 3;
const SAVE_EVERY_MS = 800;

function labelOf(el: HTMLElement): string {
  const text = (el.matches('h1, h2, h3, h4') ? el.textContent : el.querySelector('p')?.textContent ?? el.textContent) ?? '';
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 90 ? `${clean.slice(0, 88).trimEnd()}…` : clean;
}

class ResumeReading extends HTMLElement {
  #timer = 0;
  #dirty = false;
  #key = '';
  #schedule = () => {
    this.#dirty = true;
    if (!this.#timer) this.#timer = window.setTimeout(this.#save, SAVE_EVERY_MS);
  };
  #flush = () => {
    if (document.visibilityState === 'hidden' && this.#dirty) this.#save();
  };

  #save = () => {
    this.#timer = 0;
    this.#dirty = false;
    const target = document.querySelector(this.dataset.target ?? '');
    if (!target) return;
    const box = target.getBoundingClientRect();
    const fraction = readingFraction(scrollY, innerHeight, box.top + scrollY, box.bottom + scrollY);
    const anchors = [...document.querySelectorAll<HTMLElement>(this.dataset.anchors ?? '')].map((el) => ({ el, top: el.getBoundingClientRect().top }));
    const at = currentAnchor(anchors, innerHeight * LINE);
    if (!at && fraction === 0) return; // still at the top: nothing worth remembering
    const place: Place = { anchor: at ? at.el.id : 'main', label: at ? labelOf(at.el) : message('theBeginning'), fraction, at: Date.now() };
    store.set(this.#key, JSON.stringify(place));
  };

  connectedCallback() {
    this.#key = placeKey(this.dataset.slug ?? '');
    const saved = resumable(parsePlace(store.get(this.#key)));
    // On a reload or Back the browser already returns the reader to their place; a notice
    // inserted above them then would only push the text down under their eyes.
    const navigation = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type ?? 'navigate';
    if (saved && !location.hash && navigation === 'navigate' && document.getElementById(saved.anchor)) this.#offer(saved);
    else this.#close();
    addEventListener('scroll', this.#schedule, { passive: true });
    addEventListener('pagehide', this.#save);
    document.addEventListener('visibilitychange', this.#flush);
    // The island arrives after the first paint: a reader may already have scrolled.
    if (scrollY > 0) this.#schedule();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.#schedule);
    removeEventListener('pagehide', this.#save);
    document.removeEventListener('visibilitychange', this.#flush);
    clearTimeout(this.#timer);
  }

  /** Hides the notice and gives back the room the boot script kept for it (html[data-resume]). */
  #close() {
    const box = this.querySelector<HTMLElement>('.resume');
    if (box) box.hidden = true;
    delete document.documentElement.dataset.resume;
  }

  #offer(place: Place) {
    const box = this.querySelector<HTMLElement>('.resume');
    const link = this.querySelector<HTMLAnchorElement>('.resume__link');
    const forget = this.querySelector<HTMLButtonElement>('.resume__forget');
    if (!box || !link || !forget) return this.#close();
    link.href = `#${place.anchor}`;
    const label = this.querySelector('.resume__label');
    if (label) label.textContent = place.label;
    const percent = this.querySelector('.resume__percent');
    if (percent) percent.textContent = `${Math.round(place.fraction * 100)}%`;
    box.hidden = false;
    link.addEventListener('click', () => this.#close());
    forget.addEventListener('click', () => {
      store.set(this.#key, null);
      this.#close();
      announce(message('forgotten'));
      (document.querySelector('h1') as HTMLElement | null)?.focus();
    });
    announce(message('welcomeBack', { label: place.label }));
  }
}

if (!customElements.get('resume-reading')) customElements.define('resume-reading', ResumeReading);

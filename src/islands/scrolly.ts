// <story-scrolly>: turns a stacked figure + steps into a scroll-driven figure. The picture is a
// pure function of the active step (lib/scroll/geometry.ts), applied to marks rendered at build
// (lib/scroll/apply.ts); the island carries no data and does nothing in linear reading mode.
import { applyState } from '@lib/scroll/apply';
import { activeIndex, scrollTargetY, stepIndexFromHash, triggerOffset, viewportChanged, type Viewport } from '@lib/scroll/geometry';
import type { Scroller } from '@lib/scroll/scroller';
import { isLinear } from '@lib/reader/prefs';
import { createControls, type Controls } from './scrolly-controls';
import { message } from './reader-support';

const NARROW = '(max-width: 47.99rem)';
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches || document.documentElement.dataset.motion === 'reduce';
// The scroll island watches html[data-reading] itself (see #mode), so it stands down or starts again with the toggle.
const linearMode = () => isLinear(document.documentElement.dataset.reading);
const viewport = (): Viewport => ({ width: window.innerWidth, height: window.innerHeight });
const WINDOW_EVENTS = ['resize', 'hashchange', 'pageshow', 'load', 'scroll', 'scrollend', 'wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

class StoryScrolly extends HTMLElement {
  #steps: HTMLElement[] = [];
  #figure: HTMLElement | null = null;
  #index = -2;
  #trigger = 0;
  #viewport: Viewport = { width: 0, height: 0 };
  #lockedUntil = 0;
  /** A deep-linked step stays in place while fonts and images settle, until the reader scrolls. */
  #pinned = -1;
  #expectedY = 0;
  #scroller?: Scroller;
  #controls?: Controls;
  #visibility?: IntersectionObserver;
  #modeWatch?: MutationObserver;
  #frame = 0;

  connectedCallback() {
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    this.#figure = this.querySelector('[data-scrolly-figure]');
    if (!this.#figure || this.#steps.length === 0) return;
    this.#modeWatch = new MutationObserver(() => this.#mode());
    this.#modeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-reading'] });
    this.#mode();
  }

  disconnectedCallback() {
    this.#modeWatch?.disconnect();
    this.#teardown();
  }

  #mode() {
    if (linearMode()) this.#teardown();
    else if (!this.hasAttribute('data-enhanced')) this.#enhance();
  }

  #enhance() {
    this.dataset.enhanced = '';
    this.#controls = createControls(this, (delta) => this.#go(this.#index + delta, true));
    this.#measure();
    this.#pin(stepIndexFromHash(location.hash, this.#steps.map((s) => s.id)));
    if (this.#pinned < 0) this.#sync(true);
    for (const type of WINDOW_EVENTS) window.addEventListener(type, this, { passive: true });
    void document.fonts?.ready.then(() => this.#realign());
    this.#visibility = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#startScroller(), { rootMargin: '50% 0px' });
    this.#visibility.observe(this);
  }

  #teardown() {
    for (const type of WINDOW_EVENTS) window.removeEventListener(type, this);
    this.#visibility?.disconnect();
    this.#scroller?.destroy();
    this.#controls?.destroy();
    this.#scroller = this.#controls = this.#visibility = undefined;
    this.removeAttribute('data-enhanced');
    this.#show(-1, true);
    this.#index = -2;
  }

  async #startScroller() {
    this.#visibility?.disconnect();
    const { createScroller } = await import('@lib/scroll/scroller');
    if (!this.hasAttribute('data-enhanced') || this.#scroller) return;
    this.#scroller = createScroller({ steps: this.#steps, offsetPx: this.#trigger, onChange: () => this.#sync(false) });
    this.#sync(false);
  }

  /** Window events: one handler object, so teardown removes exactly what was added. */
  handleEvent(event: Event) {
    switch (event.type) {
      case 'hashchange':
        this.#pin(stepIndexFromHash(location.hash, this.#steps.map((s) => s.id)));
        return;
      case 'load':
        return this.#realign();
      case 'wheel':
      case 'touchstart':
      case 'keydown':
      case 'pointerdown':
        this.#pinned = -1;
        return;
      case 'scroll':
        if (this.#pinned >= 0 && Math.abs(window.scrollY - this.#expectedY) > 2 && document.readyState === 'complete') this.#pinned = -1;
        return;
      case 'scrollend':
        this.#lockedUntil = 0;
        return this.#sync(false);
      default:
        cancelAnimationFrame(this.#frame);
        this.#frame = requestAnimationFrame(() => this.#resized());
    }
  }

  #pin(index: number) {
    if (index < 0) return;
    this.#pinned = index;
    this.#go(index, false);
  }

  /** Late layout changes (web fonts, load) move a deep-linked step: put it back under the trigger line. */
  #realign() {
    if (this.#pinned >= 0) this.#go(this.#pinned, false);
  }

  #measure() {
    this.#viewport = viewport();
    this.#trigger = triggerOffset(this.#viewport, matchMedia(NARROW).matches);
  }

  #resized() {
    if (viewportChanged(this.#viewport, viewport())) {
      this.#measure();
      this.#scroller?.setOffset(this.#trigger);
    }
    this.#sync(true);
  }

  /** Recomputes the active step from where the steps are now; the path taken to get here does not matter. */
  #sync(instant: boolean) {
    if (this.#pinned >= 0) return this.#show(this.#pinned, instant);
    if (performance.now() < this.#lockedUntil) return;
    this.#show(activeIndex(this.#steps.map((s) => s.getBoundingClientRect().top), this.#trigger), instant);
  }

  /** Scrolls to a step and shows its state at once (a deep link or a button), without replaying the steps between. */
  #go(index: number, fromButton: boolean) {
    const step = this.#steps[index];
    if (!step) return;
    const smooth = fromButton && !reducedMotion();
    const top = scrollTargetY(step.getBoundingClientRect().top + window.scrollY, this.#trigger);
    this.#lockedUntil = smooth ? performance.now() + 1500 : 0;
    this.#expectedY = Math.min(top, document.documentElement.scrollHeight - window.innerHeight);
    window.scrollTo({ top, behavior: smooth ? 'smooth' : 'instant' });
    this.#show(index, !smooth);
    if (fromButton) this.#controls?.announce(`${message('stepSay', { n: index + 1, total: this.#steps.length })} ${step.querySelector('.scrolly__alt')?.textContent ?? ''}`.trim());
  }

  #show(index: number, instant: boolean) {
    if (index === this.#index || !this.#figure) return;
    this.#index = index;
    const step = this.#steps[index];
    const state = step?.dataset.state ?? this.dataset.initial ?? '';
    if (instant || reducedMotion()) this.dataset.instant = '';
    applyState(this.#figure, state);
    this.dataset.state = state;
    this.dataset.activeStep = step?.dataset.stepId ?? '';
    this.#steps.forEach((s, i) => s.classList.toggle('is-active', i === index));
    this.#controls?.update(index, this.#steps.length);
    if (this.dataset.instant !== undefined) requestAnimationFrame(() => requestAnimationFrame(() => this.removeAttribute('data-instant')));
  }
}

if (!customElements.get('story-scrolly')) customElements.define('story-scrolly', StoryScrolly);

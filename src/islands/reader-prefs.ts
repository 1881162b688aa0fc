// <theme-toggle> and <reading-mode-toggle>: two remembered preferences. The head script in
// BaseLayout applies them before first paint; these elements only flip and store them.
import { effectiveTheme, isLinear, parseTheme, READING_KEY, THEME_KEY, toggledTheme } from '@lib/reader/prefs';
import { announce, message, store } from './reader-support';

const dark = matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;

class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #sync = () => {
    const theme = effectiveTheme(parseTheme(root.dataset.theme), dark.matches);
    this.#button?.setAttribute('aria-pressed', String(theme === 'dark'));
  };

  connectedCallback() {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.addEventListener('click', () => {
      const current = effectiveTheme(parseTheme(root.dataset.theme), dark.matches);
      const stored = toggledTheme(current, dark.matches);
      if (stored) root.dataset.theme = stored;
      else delete root.dataset.theme;
      store.set(THEME_KEY, stored);
      this.#sync();
      announce(message(current === 'dark' ? 'lightOn' : 'darkOn'));
    });
    dark.addEventListener('change', this.#sync);
    this.#sync();
    this.hidden = false;
  }

  disconnectedCallback() {
    dark.removeEventListener('change', this.#sync);
  }
}

class ReadingModeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(isLinear(root.dataset.reading)));
    button.addEventListener('click', () => {
      const on = !isLinear(root.dataset.reading);
      if (on) root.dataset.reading = 'linear';
      else delete root.dataset.reading;
      store.set(READING_KEY, on ? 'linear' : null);
      sync();
      announce(message(on ? 'linearOn' : 'linearOff'));
    });
    sync();
    this.hidden = false;
  }
}

// Printing shows scroll stories as linear reading does (stacked, figure in its summary state):
// switch to it for the print and back after. The scroll island reacts to the attribute.
let printedLinear = false;
addEventListener('beforeprint', () => {
  printedLinear = !isLinear(root.dataset.reading);
  if (printedLinear) root.dataset.reading = 'linear';
});
addEventListener('afterprint', () => {
  if (printedLinear) delete root.dataset.reading;
  printedLinear = false;
});

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
if (!customElements.get('reading-mode-toggle')) customElements.define('reading-mode-toggle', ReadingModeToggle);

// <copy-link anchor label kind>: a button that copies the canonical URL of one section, step
// or figure (page URL + "#id") and confirms it visibly and to screen readers.
// <copy-text for label>: a "Copy" button for the text of a field (embed code).
// <copy-links scope headings steps>: adds a <copy-link> to every section heading and scroll
// step inside `scope`, without touching their ids or their text.
import { announce, canonicalUrl, copyText, message } from './reader-support';

const ICON =
  '<svg class="copy-link__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M10 14a4 4 0 0 0 5.66 0l3.53-3.54a4 4 0 0 0-5.65-5.65L12 6.34M14 10a4 4 0 0 0-5.66 0l-3.53 3.54a4 4 0 0 0 5.65 5.65L12 17.66"/></svg>';

class CopyLink extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('button')) return;
    const anchor = this.getAttribute('anchor') ?? '';
    const kind = message(`kind.${this.getAttribute('kind') ?? 'section'}`);
    const label = this.getAttribute('label') ?? anchor;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link__button';
    button.innerHTML = ICON;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = message('copyLinkTo', { kind, label });
    button.append(name);
    const done = document.createElement('span');
    done.className = 'copy-link__done';
    done.setAttribute('aria-hidden', 'true');
    done.textContent = message('linkCopied');
    done.hidden = true;
    let timer = 0;
    button.addEventListener('click', async () => {
      const url = new URL(canonicalUrl());
      url.hash = anchor;
      const ok = await copyText(url.href);
      done.textContent = message(ok ? 'linkCopied' : 'copyFailed');
      done.hidden = false;
      clearTimeout(timer);
      timer = window.setTimeout(() => (done.hidden = true), 2500);
      announce(ok ? message('linkCopiedSay', { kind, label }) : message('linkFailedSay', { url: url.href }));
    });
    this.append(button, done);
  }
}

class CopyText extends HTMLElement {
  connectedCallback() {
    if (this.querySelector('button')) return;
    const field = document.getElementById(this.getAttribute('for') ?? '') as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    const label = this.getAttribute('label') ?? message('textLabel');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reader-button';
    button.textContent = message('copy');
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = ` ${label}`;
    button.append(name);
    let timer = 0;
    button.addEventListener('click', async () => {
      const ok = await copyText(field.value);
      if (!ok) field.select();
      button.firstChild!.textContent = message(ok ? 'copied' : 'selectAndCopy');
      clearTimeout(timer);
      timer = window.setTimeout(() => (button.firstChild!.textContent = message('copy')), 2500);
      announce(message(ok ? 'copiedSay' : 'copyFailedSay', { label }));
    });
    this.append(button);
  }
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

class CopyLinks extends HTMLElement {
  connectedCallback() {
    const scope = document.querySelector(this.getAttribute('scope') ?? 'main');
    if (!scope) return;
    for (const heading of scope.querySelectorAll<HTMLElement>(this.getAttribute('headings') ?? 'h2[id]')) {
      if (heading.parentElement?.classList.contains('heading-link')) continue;
      const wrap = document.createElement('div');
      wrap.className = 'heading-link';
      heading.before(wrap);
      wrap.append(heading, link(heading.id, text(heading), 'section'));
    }
    for (const step of scope.querySelectorAll<HTMLElement>(this.getAttribute('steps') ?? '[data-step][id]')) {
      if (step.querySelector('copy-link')) continue;
      const label = text(step.querySelector('p') ?? step);
      const button = link(step.id, label.length > 60 ? `${label.slice(0, 58).trimEnd()}…` : label, 'step');
      // Beside the step's own "link to this step", inside its card (the part that takes clicks on phones).
      const own = step.querySelector('[data-step-link]');
      if (own) own.after(button);
      else (step.querySelector('.scrolly__card') ?? step).append(button);
    }
  }
}

function link(anchor: string, label: string, kind: string): HTMLElement {
  const el = document.createElement('copy-link');
  el.setAttribute('anchor', anchor);
  el.setAttribute('label', label);
  el.setAttribute('kind', kind);
  return el;
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
if (!customElements.get('copy-links')) customElements.define('copy-links', CopyLinks);

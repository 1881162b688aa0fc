// <cite-this data-record>: re-renders the build-time citations with the reader's own access
// date (today) and copies each one, as plain text and as rich text with its italics.
import { cite, localDay, plain, type CiteRecord, type CiteWords, type Segment, type StyleId } from '@lib/reader/cite';
import { announce, copyText, message } from './reader-support';

import { formatDate } from '@lib/format/date';
import { isLocale } from '@lib/i18n/locales';
import { escapeXml as escape } from '@lib/format/escape';
const html = (segments: Segment[]) => segments.map((s) => (s.italic ? `<i>${escape(s.text)}</i>` : escape(s.text))).join('');

class CiteThis extends HTMLElement {
  connectedCallback() {
    const record = JSON.parse(this.dataset.record ?? 'null') as CiteRecord | null;
    const words = JSON.parse(this.dataset.words ?? 'null') as CiteWords | null;
    if (!record || !words) return;
    const locale = isLocale(this.dataset.locale) ? this.dataset.locale : 'en';
    const today = localDay(new Date());
    const when = this.querySelector('.cite__accessed');
    if (when) when.textContent = formatDate(today, locale);
    for (const item of this.querySelectorAll<HTMLElement>('[data-style]')) {
      const style = item.dataset.style as StyleId;
      const segments = cite(style, record, today, words);
      const out = item.querySelector<HTMLElement>('.cite__text');
      if (out) out.innerHTML = html(segments);
      const button = item.querySelector<HTMLButtonElement>('.cite__copy');
      if (!button) continue;
      button.hidden = false;
      button.addEventListener('click', async () => {
        const ok = await copyText(plain(segments), style === 'bibtex' ? undefined : html(segments));
        const label = item.querySelector('.cite__label')?.textContent ?? style;
        button.dataset.done = ok ? 'copied' : 'failed';
        window.setTimeout(() => delete button.dataset.done, 2500);
        announce(ok ? message('citationCopied', { style: label }) : message('citationFailed'));
      });
    }
  }
}

if (!customElements.get('cite-this')) customElements.define('cite-this', CiteThis);

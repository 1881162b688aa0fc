// The check that no dataset id, source id or camelCase field key reaches a reader's eyes:
// it must catch planted names and let ordinary words, URLs and file names pass.
import { describe, expect, it } from 'vitest';
import { findInternalNames, readerTextOfHtml } from '../../support/internal-names';

const names = { datasets: ['atf-mexico-trace-periods'], sources: ['meganoticias-873000-armas'], fields: ['shareRelease'] };
const check = (html: string) => findInternalNames(readerTextOfHtml(html), names);

describe('findInternalNames()', () => {
  it('catches ids and field names in text and in alt or aria-label', () => {
    expect(check('<p class="note">Share of traces (shareRelease), see atf-mexico-trace-periods.</p><pre>@misc{atf-mexico-trace-periods, url = {https://x.org/data/#atf-mexico-trace-periods}}</pre>')).toEqual(['dataset id: atf-mexico-trace-periods', 'field key: shareRelease']);
    expect(check('<img alt="Per meganoticias-873000-armas" src="/x.png">')).toEqual(['source id: meganoticias-873000-armas']);
  });
  it('ignores URLs, file names, attributes and scripts', () => {
    expect(check('<a href="/data/atf-mexico-trace-periods/" data-x="shareRelease">the trace periods</a> <a href="/data/atf-mexico-trace-periods.csv">/data/atf-mexico-trace-periods.csv</a><script>const shareRelease = 1;</script>')).toEqual([]);
  });
  it('decodes entities before looking', () => {
    expect(check('<p>share&#82;elease, the hidden one</p>')).toEqual(['field key: shareRelease']);
  });
});

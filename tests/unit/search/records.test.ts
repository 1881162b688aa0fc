// Search records: what each built page contributes to the index, and what it must leave out.
import { describe, expect, it } from 'vitest';
import { pageRecords, recordHtml, KIND_WEIGHT, type SearchRecord } from '../../../src/lib/search/records';

const page = (main: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>
<header class="site-header"><nav><a href="/data/">Data</a></nav></header><main id="main">${main}</main>
<footer class="site-footer"><nav><a href="/about/">About</a></nav></footer></body></html>`;

const CHAPTER = page(`<article class="page chapter" data-chapter="the-toll">
  <header class="prose chapter__head"><p class="print-only">Printed from</p><h1>The toll</h1><p class="dek">What the guns cost.</p>
    <div class="chapter__tools no-print"><button>Linear reading</button></div></header>
  <div class="prose chapter__body">
    <h2 id="a-saturday">A Saturday in Villa Unión</h2>
    <p>Gunmen attacked the town.<sup class="cite"><a id="ref-1" href="#note-1"><span class="visually-hidden">Note </span>1</a></sup>
      They were <button type="button" class="term" popovertarget="def-term-1" data-term="straw-purchase">straw buyers</button><span popover="auto" id="def-term-1" class="term__pop"><strong class="term__name">Straw purchase</strong> <span class="term__def">Buying a gun for someone else.</span></span>.</p>
    <story-scrolly id="villa-union-map"><figure class="figure" id="fig-villa-union-map" data-figure="villa-union-map"><div class="figure__head"><p class="figure__title">Where Villa Unión lies</p><p class="figure__subtitle">The border and the town.</p></div>
      <div class="figure__graphic"><svg role="img"><title>t</title><desc>A map of northern Coahuila.</desc><text>Texas</text></svg></div>
      <details class="figure__table"><summary>Show the data</summary><table><tr><td>5400</td></tr></table></details>
      <figcaption class="figure__meta"><p>Sources: <a href="/sources/#inegi">INEGI</a></p><textarea>&lt;iframe src="https://iron-river.org/embed/x/"&gt;</textarea></figcaption></figure>
      <ol><li class="scrolly__step" id="villa-union-map-town" data-step-id="town"><div class="scrolly__snapshot"><svg><text>snapshot</text></svg></div>
        <div class="scrolly__card"><p>Villa Unión is a small town.</p><p class="visually-hidden scrolly__alt">A marker shows the town.</p><a class="scrolly__link no-print" href="#villa-union-map-town">Link to this step</a></div></li></ol>
    </story-scrolly>
    <h2 id="the-heaviest-rifles">The heaviest rifles</h2>
    <p>Many are made by Barrett.<span class="chart-ref" id="ref-2"></span></p>
  </div>
  <div class="prose"><section class="notes"><h2 id="notes-title">Notes</h2><ol><li id="note-1">Reuters, https://www.reuters.com/x</li></ol></section></div>
</article>`);

const byUrl = (records: SearchRecord[]) => Object.fromEntries(records.map((r) => [r.url, r]));

describe('chapter records', () => {
  const records = byUrl(pageRecords('/chapters/the-toll/', CHAPTER));

  it('one per opening, section, step and figure, each with its deep link', () => {
    expect(Object.keys(records).sort()).toEqual([
      '/chapters/the-toll/',
      '/chapters/the-toll/#a-saturday',
      '/chapters/the-toll/#fig-villa-union-map',
      '/chapters/the-toll/#the-heaviest-rifles',
      '/chapters/the-toll/#villa-union-map-town',
    ]);
    expect(Object.values(records).every((r) => r.lang === 'en' && r.page === 'The toll' && r.chapters.join() === 'the-toll')).toBe(true);
  });

  it('sections hold their text and key terms, not note numbers, definitions or tools', () => {
    const section = records['/chapters/the-toll/#a-saturday']!;
    expect(section).toMatchObject({ kind: 'story', title: 'A Saturday in Villa Unión', terms: ['Straw purchase'] });
    expect(section.text).toBe('Gunmen attacked the town. They were straw buyers.');
    expect(records['/chapters/the-toll/']!.text).toBe('What the guns cost.');
  });

  it('figures hold title, subtitle and text alternative, not tables, drawings or embed code', () => {
    const figure = records['/chapters/the-toll/#fig-villa-union-map']!;
    expect(figure).toMatchObject({ kind: 'figure', title: 'Where Villa Unión lies', section: 'A Saturday in Villa Unión' });
    expect(figure.text).toContain('A map of northern Coahuila.');
    expect(figure.text).toContain('The border and the town.');
    expect(figure.text).not.toMatch(/5400|Texas|iframe|iron-river\.org/);
  });

  it('steps hold their card and its text alternative, under their section heading', () => {
    const step = records['/chapters/the-toll/#villa-union-map-town']!;
    expect(step).toMatchObject({ kind: 'story', title: 'A Saturday in Villa Unión', text: 'Villa Unión is a small town. A marker shows the town.' });
  });

  it('no record holds notes, their URLs or site chrome', () => {
    const all = Object.values(records).map((r) => `${r.title} ${r.text}`).join(' ');
    expect(all).not.toMatch(/https?:|Reuters|Notes|Linear reading|Printed from|About|Link to this step|snapshot/);
  });
});

describe('glossary, sources, data and teaching records', () => {
  it('glossary terms carry the other edition’s term and the chapters they are key terms in', () => {
    const html = page(`<div class="page prose"><h1>Glosario</h1><dl class="glossary"><div class="glossary__item" id="straw-purchase"><dt>Compra por encargo<span class="glossary__es" lang="en"> · Straw purchase</span></dt>
      <dd><p>Comprar un arma para otra persona.</p><p class="meta">Fuente: <a href="/es/sources/#everytown">Everytown</a> · Término clave en <a href="/es/chapters/the-pipeline/">La ruta</a></p></dd></div></dl></div>`, 'es');
    const [term] = pageRecords('/es/glossary/', html);
    expect(term).toMatchObject({ url: '/es/glossary/#straw-purchase', lang: 'es', kind: 'glossary', page: 'Glosario', title: 'Compra por encargo · Straw purchase', chapters: ['the-pipeline'] });
  });

  it('sources carry title, publisher and use, never the URL', () => {
    const html = page(`<div class="page prose"><h1>Sources</h1><ul class="sources"><li id="apsr-dube-2013"><span class="src"><span>Dube, </span><span class="src__publisher">American Political Science Review</span>.<a class="src__title" href="https://doi.org/10.1017/x">Cross-Border Spillover</a>.<span class="src__accessed">Accessed December 4, 2026.</span><span class="src__url" aria-hidden="true">https://doi.org/10.1017/x</span></span>
      <p class="sources__use"><strong>Used in:</strong> <a href="/chapters/the-toll/">The toll</a></p></li></ul></div>`);
    const [source] = pageRecords('/sources/', html);
    expect(source).toMatchObject({ kind: 'source', title: 'Cross-Border Spillover', chapters: ['the-toll'] });
    expect(source!.text).toContain('American Political Science Review');
    expect(source!.text).not.toMatch(/doi\.org|Accessed/);
  });

  it('datasets carry title and description', () => {
    const html = page(`<div class="page prose"><h1>Data</h1><section class="dataset" id="fifty-calibre-seizures"><h2 id="fifty-calibre-seizures-title">.50-caliber rifles seized</h2><p>Counts made by Barrett.</p><p class="meta">Used in: <a href="/chapters/the-toll/">The toll</a></p><p class="dataset__downloads"><a class="button" href="/data/x.csv">Download CSV</a></p><div class="data-table"><table><tr><td>554</td></tr></table></div></section></div>`);
    expect(pageRecords('/data/', html)).toEqual([{ url: '/data/#fifty-calibre-seizures', lang: 'en', kind: 'data', page: 'Data', chapters: ['the-toll'], title: '.50-caliber rifles seized', text: 'Counts made by Barrett.' }]);
  });

  it('teacher materials weigh less than the story', () => {
    const html = page(`<div class="page prose teachers"><h1>For teachers</h1><section><h2 id="in-class">Using it in class</h2><p>One link per chapter.</p></section><section id="the-toll" class="guide"><h2 id="the-toll-title">The toll</h2><p>Goals.</p></section></div>`);
    const records = pageRecords('/teachers/', html);
    expect(records.map((r) => [r.url, r.chapters.join(), r.weight])).toEqual([['/teachers/#in-class', '', KIND_WEIGHT.teaching], ['/teachers/#the-toll', 'the-toll', KIND_WEIGHT.teaching]]);
    expect(KIND_WEIGHT.teaching).toBeLessThan(KIND_WEIGHT.story);
  });

  it('finds the classroom pack: a student piece and a teacher page, as teaching', () => {
    const html = page(`<article class="page prose pack"><header><h1>The toll: vocabulary</h1></header><p>Words from the chapter that may be new.</p></article>`);
    for (const path of ['/chapters/the-toll/vocabulary/', '/es/teachers/the-toll/', '/teachers/unit/']) {
      const [r] = pageRecords(path, html);
      expect([r?.kind, r?.weight, r?.title], path).toEqual(['teaching', KIND_WEIGHT.teaching, 'The toll: vocabulary']);
    }
  });

  it('leaves out the home page, embeds, the search page and 404', () => {
    for (const path of ['/', '/es/', '/embed/x/', '/search/', '/es/search/', '/404.html']) expect(pageRecords(path, page('<div class="page"><h1>X</h1><p>Y</p></div>'))).toEqual([]);
  });
});

describe('recordHtml', () => {
  it('gives Pagefind the language, title, metadata, filters and escaped text', () => {
    const html = recordHtml({ url: '/es/x/#y', lang: 'es', kind: 'figure', title: 'A <b> & "c"', page: 'La ruta, parte 1', section: 'S', chapters: ['the-pipeline', 'the-toll'], text: '<script>x</script>', terms: ['Compra por encargo'] });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('<h1 data-pagefind-meta="title">A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('<span data-pagefind-meta="page" data-pagefind-ignore>La ruta, parte 1</span>');
    expect(html).toContain('<span data-pagefind-filter="kind" data-pagefind-ignore>figure</span>');
    expect(html.match(/data-pagefind-filter="chapter"/g)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Compra por encargo');
    expect(html).not.toContain('<script>');
  });

  it('weighs a source’s words below the story’s', () => {
    const html = recordHtml({ url: '/sources/#x', lang: 'en', kind: 'source', title: 'T', page: 'Sources', chapters: [], text: 'words' });
    expect(html).toContain(`data-pagefind-weight="${KIND_WEIGHT.source}"`);
  });
});

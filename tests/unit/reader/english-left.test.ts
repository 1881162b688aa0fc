import { describe, expect, it } from 'vitest';
import { catalogHits, englishBlocks, readerBlocks } from '../../support/english-left';

const SPANISH = `<html lang="es"><body><main>
<h1>El flujo</h1>
<p>En 2019, el Ejército mexicano tenía una sola tienda legal de armas en todo el país, en la Ciudad de México.</p>
<p>La Ley Bipartidista de Comunidades Más Seguras (Bipartisan Safer Communities Act) creó en 2022 el delito de compra por encargo.</p>
<ol><li><span class="src"><span class="src__publisher">Government Accountability Office</span>. <a class="src__title">Firearms Trafficking: U.S. Efforts to Disrupt Gun Smuggling into Mexico Would Benefit from Additional Data and Analysis</a>.</span></li></ol>
<p lang="en">The whole quotation, kept in English on purpose.</p>
<svg><text>Armas rastreadas por año</text></svg>
</main></body></html>`;
const PLANTED = SPANISH.replace('</main>', '<p>Most of the guns that Mexico submitted for tracing were first sold in the United States, and many of them were bought by straw purchasers.</p></main>');

describe('English left on a Spanish page', () => {
  it('passes Spanish text with English names, titles of works and lang-marked quotations', () => {
    expect(englishBlocks(readerBlocks(SPANISH))).toEqual([]);
  });
  it('finds a planted English paragraph', () => {
    const found = englishBlocks(readerBlocks(PLANTED));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/^Most of the guns/);
  });
  it('reads chart text and attributes as reader text', () => {
    const blocks = readerBlocks('<html lang="es"><body><svg><text>Guns traced to a first sale in the United States of America</text></svg><img alt="A map of the border between the two countries, with the states that sold the most guns"></body></html>');
    expect(englishBlocks(blocks)).toHaveLength(2);
  });
  it('finds an English UI string of the catalog, and not one the catalogs share', () => {
    const en = { story: { linkToStep: 'Link to this step', name: 'Iron River' }, notes: { intro: 'Each number in the text leads here; the rest {link}.' } };
    const es = { story: { linkToStep: 'Enlace a este paso', name: 'Iron River' }, notes: { intro: 'Cada número lleva aquí; el resto {link}.' } };
    expect(catalogHits('Texto. Link to this step. Iron River.', en, es)).toEqual(['story.linkToStep: “Link to this step”']);
    expect(catalogHits('Each number in the text leads here; the rest', en, es)).toEqual(['notes.intro: “Each number in the text leads here; the rest”']);
    expect(catalogHits('Enlace a este paso. Iron River.', en, es)).toEqual([]);
  });
});

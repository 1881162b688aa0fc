// Value formatting and reading time: what readers see for each field type.
import { describe, expect, it } from 'vitest';
import { formatDate, formatValue, formatWithUnit } from '../../src/lib/format/value';
import { countWords, readingMinutes } from '../../src/lib/content/reading';

describe('formatValue()', () => {
  it('formats by field type', () => {
    expect(formatValue(99691, { type: 'count' })).toBe('99,691');
    expect(formatValue(67.13, { type: 'share' })).toBe('67.13%');
    expect(formatValue(70, { type: 'share' })).toBe('70%');
    expect(formatValue(2019, { type: 'year' })).toBe('2019');
    expect(formatValue('2025-06-05', { type: 'date' })).toBe('June 5, 2025');
    expect(formatValue(16.87, { type: 'number', unit: 'per 100,000 people' })).toBe('16.87');
  });
  it('prints gaps as "no data", never zero', () => {
    expect(formatValue(null, { type: 'count' })).toBe('no data');
  });
  it('honours a d3-format specifier', () => {
    expect(formatValue(212887, { type: 'count' }, '.3s')).toBe('213k');
  });
  it('keeps the % on a share rounded in prose, and prints category labels', () => {
    expect(formatValue(71.5, { type: 'share' }, '.0f')).toBe('72%');
    expect(formatValue('inegi-definitive', { type: 'category', labels: { 'inegi-definitive': 'INEGI, definitive' } })).toBe('INEGI, definitive');
    expect(formatValue('exact', { type: 'category' })).toBe('exact');
  });
  it('adds units where they help', () => {
    expect(formatWithUnit(99691, { type: 'count', unit: 'firearms' })).toBe('99,691 firearms');
    expect(formatWithUnit(70, { type: 'share', unit: 'percent' })).toBe('70%');
  });
  it('formats partial dates', () => {
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});

describe('reading time', () => {
  it('counts prose words, not tags, attributes or comments', () => {
    expect(countWords('Guns <Fact dataset="x" row="y" field="z" /> cross {/* FIGURE: map */} the <Term id="t">border</Term>.')).toBe(4);
  });
  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(461))).toBe(3);
  });
});

import { readingGrade, sentenceCount, syllables } from '../../src/lib/content/reading';

describe('sentenceCount()', () => {
  it('does not end a sentence at a title or name abbreviation', () => {
    expect(sentenceCount('Sen. Elizabeth Warren and Rep. Dan Goldman wrote it. Gov. Riquelme spoke.')).toBe(2);
    expect(sentenceCount('El Gral. Luis Crescencio Sandoval habló… Luego se fue.', /[.!?…]+["”’»)]*(?=\s|$)/g)).toBe(2);
    expect(sentenceCount('He said “no.” Then left. Did he? Yes!')).toBe(4);
  });
});

describe('readingGrade()', () => {
  it('counts syllables by vowel groups', () => {
    expect(syllables('gun')).toBe(1);
    expect(syllables('border')).toBe(2);
    expect(syllables('trafficking')).toBe(3);
    expect(syllables('investigation')).toBe(5);
  });
  it('rates short plain sentences lower than long technical ones', () => {
    const plain = 'The guns cross the border. Most are bought in Texas. Police find them later.';
    const dense = 'Administrative interpretations of prohibitions concerning institutional recordkeeping notwithstanding, investigative capabilities remain substantially constrained.';
    expect(readingGrade(plain)).toBeLessThan(6);
    expect(readingGrade(dense)).toBeGreaterThan(16);
  });
});

describe('numeralDensity()', () => {
  it('counts numerals per 100 words, leaving years out', async () => {
    const { numeralDensity } = await import('../../src/lib/content/reading');
    expect(numeralDensity('In 2019 the army sold 38 guns a day and 1,500 a month to ten people.')).toBe(12.5);
    expect(numeralDensity('In 2019 and 2020 nothing changed at all here.')).toBe(0);
    expect(numeralDensity('Sold <Fact dataset="d" row="r" field="f" /> guns.', () => '2000')).toBe(0);
    expect(numeralDensity('Sold <Fact dataset="d" row="r" field="f" /> guns.')).toBeCloseTo(33.3, 0);
  });
});

// A map's legend redrawn for its share card: read from the live map's visible legend (not
// other states' or snapshots'), and laid out inside the map's frame.
import { describe, expect, it } from 'vitest';
import { mapKeyFragment, readMapKeys } from '../../../src/lib/reader/card-map-key';
import { mono } from '../svg/mono';
const html = `
<div class="map" data-map><div class="map__frame"><svg class="map__svg" viewBox="0 161 729 684"></svg></div>
  <div class="map__keys">
    <div data-states="sale-rules" class="map-key"><div class="map-key__title">Private sales</div>
      <ul class="map-key__items"><li><span class="map-key__swatch map__rule--check" aria-hidden="true"></span>background check required</li>
      <li><span class="map-key__swatch map__rule--none" aria-hidden="true"></span>no check required</li></ul></div>
    <div data-states="corridors" class="map-key is-off"><div class="map-key__title">Corridors</div>
      <ul class="map-key__items"><li><svg class="map-key__line" viewBox="0 0 36 16"><line x1="2" y1="8" x2="34" y2="8" stroke-width="4"></line></svg>1,000 guns</li></ul></div>
  </div></div>
<template data-snapshot="corridors"><div class="map map--snapshot"><div class="map__keys"><div class="map-key"><div class="map-key__title">Snapshot</div></div></div></div></template>`;

describe('readMapKeys', () => {
  it('reads only the legend the live map shows, with swatch classes and labels', () => {
    expect(readMapKeys(html)).toEqual([
      { title: 'Private sales', items: [{ cls: 'map__rule--check', label: 'background check required' }, { cls: 'map__rule--none', label: 'no check required' }] },
    ]);
  });
  it('reads line keys with their stroke width', () => {
    const lines = readMapKeys(html.replace('class="map-key is-off"', 'class="map-key"'));
    expect(lines[1]!.items[0]).toEqual({ cls: '', label: '1,000 guns', line: 4 });
  });
});

describe('mapKeyFragment', () => {
  it('draws nothing when the map shows no legend', () => {
    expect(mapKeyFragment([], [0, 161, 729, 684], mono)).toBeUndefined();
  });
  it('places the legend inside the frame, lower left, with the page classes on its swatches', () => {
    const svg = mapKeyFragment(readMapKeys(html), [0, 161, 729, 684], mono)!;
    expect(svg).toContain('viewBox="0 161 729 684"');
    expect(svg).toContain('class="card-key__swatch map__rule--check"');
    const [, x, y, w, h] = /<rect class="card-key__bg" x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number) as number[];
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x! + w!).toBeLessThan(729 / 2);
    expect(y).toBeGreaterThan(161 + 684 / 2);
    expect(y! + h!).toBeLessThanOrEqual(161 + 684);
  });
});

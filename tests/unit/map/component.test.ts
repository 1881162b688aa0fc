// The map component's CSS hard-codes the frame's aspect ratio (a CSP-safe stylesheet cannot take
// it from the build); this keeps the two in step when the geometry changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapBase } from '@lib/map/geometry';

describe('map.css', () => {
  it('gives .map__frame the aspect ratio of the map frame', () => {
    const css = readFileSync('src/components/map/map.css', 'utf8');
    const m = /\.map__frame \{[^}]*aspect-ratio: (\d+) \/ (\d+)/.exec(css);
    const [[x0, y0], [x1, y1]] = mapBase().frame;
    expect(m && [Number(m[1]), Number(m[2])]).toEqual([x1 - x0, y1 - y0]);
  });
});

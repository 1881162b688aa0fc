// bindSteps(): steps get their scrolly id, snapshots and checks at build (lib/scroll/bind.ts).
import { describe, expect, it } from 'vitest';
import { bindSteps, readFigureSpec, SCROLLY_TOKEN, stripSnapshots } from '@lib/scroll/bind';

const step = (id: string, state: string) =>
  `<li class="scrolly__step" id="${SCROLLY_TOKEN}-${id}" data-step data-step-id="${id}" data-state="${state}"><div class="scrolly__snapshot"><scrolly-snapshot state="${state}"></scrolly-snapshot></div><p>Text</p><a href="#${SCROLLY_TOKEN}-${id}" data-step-link>Link</a></li>`;
const figure =
  '<figure><svg data-figure-states="summary border corridors"></svg>' +
  '<template data-snapshot="border"><svg class="snap">border picture</svg></template>' +
  '<template data-snapshot="corridors"><svg class="snap">corridor picture</svg></template></figure>';

describe('readFigureSpec()', () => {
  it('reads the states and the per-state snapshots', () => {
    expect(readFigureSpec(figure)).toEqual({
      states: ['summary', 'border', 'corridors'],
      initial: null,
      snapshots: { border: '<svg class="snap">border picture</svg>', corridors: '<svg class="snap">corridor picture</svg>' },
    });
  });
  it('returns no states and no snapshots for a figure that declares nothing', () => {
    expect(readFigureSpec('<svg></svg>')).toEqual({ states: null, initial: null, snapshots: {} });
  });
  it('strips the snapshot templates from the figure itself', () => {
    expect(stripSnapshots(figure)).toBe('<figure><svg data-figure-states="summary border corridors"></svg></figure>');
  });
});

describe('bindSteps()', () => {
  const spec = readFigureSpec(figure);
  const html = step('border', 'border') + step('corridors', 'corridors');

  it('gives each step a stable element id and link, and lists the steps in order', () => {
    const out = bindSteps(html, 'flow-map', 'summary', spec);
    expect(out.steps).toEqual([
      { id: 'border', elementId: 'flow-map-border', state: 'border' },
      { id: 'corridors', elementId: 'flow-map-corridors', state: 'corridors' },
    ]);
    expect(out.html).toContain('id="flow-map-corridors"');
    expect(out.html).toContain('href="#flow-map-corridors"');
    expect(out.html).not.toContain(SCROLLY_TOKEN);
  });

  it("puts each state's snapshot into the step that shows it", () => {
    const out = bindSteps(html, 'flow-map', 'summary', spec).html;
    expect(out.indexOf('border picture')).toBeLessThan(out.indexOf('id="flow-map-corridors"'));
    expect(out.indexOf('corridor picture')).toBeGreaterThan(out.indexOf('id="flow-map-corridors"'));
    expect(out).not.toContain('<scrolly-snapshot');
  });

  it('drops snapshots when the figure offers none', () => {
    const out = bindSteps(html, 'flow-map', 'summary', readFigureSpec('<svg></svg>')).html;
    expect(out).not.toContain('<scrolly-snapshot');
    expect(out).not.toContain('picture');
  });

  it('refuses unknown states, duplicate ids, an unknown initial state and an empty block', () => {
    expect(() => bindSteps(step('x', 'cartels'), 'flow-map', 'summary', spec)).toThrow(/step "x" asks for state "cartels"/);
    expect(() => bindSteps(step('a', 'border') + step('a', 'border'), 'flow-map', 'summary', spec)).toThrow(/two steps have the id "a"/);
    expect(() => bindSteps(html, 'flow-map', 'overview', spec)).toThrow(/initial state "overview"/);
    expect(() => bindSteps('<p>no steps</p>', 'flow-map', 'summary', spec)).toThrow(/no <Step> children/);
    expect(() => bindSteps(html, 'Flow Map', 'summary', spec)).toThrow(/kebab-case/);
    expect(() => bindSteps(html, 'flow-map', 'border', readFigureSpec('<svg data-figure-states="border corridors" data-figure-initial="corridors"></svg>'))).toThrow(/differs from the state the figure was drawn in/);
  });
});

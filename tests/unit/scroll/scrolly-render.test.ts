// Scrolly.astro + Step.astro rendered with Astro's container API: the no-JS markup is stacked
// prose with stable step ids, links, each step's still picture beside its text, hidden controls,
// and a build error for a bad step. The ids and stills are what remark-chapter injects
// (lib/notes/scrolly.ts, tested in tests/unit/notes/scrolly.test.ts).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Scrolly from '@components/story/Scrolly.astro';
import Step from '@components/story/Step.astro';

const figure = '<figure><svg data-states="border" class="is-off"></svg></figure>';

async function render(steps: { id: string; state: string; alt?: string; scrolly?: string }[], props = { id: 'flow-map', initial: 'summary', label: 'Scroll story' }) {
  const container = await AstroContainer.create();
  const html = (
    await Promise.all(
      steps.map((s) =>
        container.renderToString(Step, { props: { scrolly: props.id, ...s }, slots: { default: `<p>Text of ${s.id}</p>`, still: `<svg class="snap">${s.state} picture</svg>` } }),
      ),
    )
  ).join('');
  return container.renderToString(Scrolly, { props, slots: { figure, default: html } });
}

describe('<Scrolly> and <Step>', () => {
  it('renders the figure in its summary state, then every step with a stable id, link and still picture', async () => {
    const html = await render([{ id: 'border', state: 'border', alt: 'The border is drawn.' }, { id: 'corridors', state: 'corridors' }]);
    expect(html).toMatch(/<story-scrolly[^>]*id="flow-map"[^>]*data-initial="summary"[^>]*data-state="summary"/);
    expect(html).toContain('id="flow-map-border"');
    expect(html).toContain('href="#flow-map-corridors"');
    expect(html).toContain('data-step-link');
    expect(html).toMatch(/id="flow-map-corridors"[^>]*>\s*<div class="scrolly__snapshot"><svg class="snap">corridors picture<\/svg><\/div>/);
    expect(html).toMatch(/class="visually-hidden scrolly__alt"[^>]*>The border is drawn\./);
    expect(html).toMatch(/data-scrolly-nav[^>]*hidden/);
    expect(html.indexOf('<figure>')).toBeLessThan(html.indexOf('Text of border'));
  });

  it('refuses a step outside a scroll story (no scrolly id given)', async () => {
    await expect(render([{ id: 'border', state: 'border', scrolly: '' }])).rejects.toThrow(/must sit inside a <Scrolly>/);
  });

  it('refuses digits in a step alt text', async () => {
    await expect(render([{ id: 'border', state: 'border', alt: 'About 2,000 miles.' }])).rejects.toThrow(/must not contain digits/);
  });
});

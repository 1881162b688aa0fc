// Scrolly.astro + Step.astro rendered with Astro's container API: the no-JS markup is stacked
// prose with stable step ids, links, hidden controls and a build error for a bad step.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Scrolly from '@components/story/Scrolly.astro';
import Step from '@components/story/Step.astro';

const figure =
  '<figure><svg data-figure-states="summary border corridors" data-states="border" class="is-off"></svg>' +
  '<template data-snapshot="corridors"><svg class="snap">corridor picture</svg></template></figure>';

async function render(steps: { id: string; state: string; alt?: string }[], props = { id: 'flow-map', initial: 'summary', label: 'Scroll story' }) {
  const container = await AstroContainer.create();
  const html = (await Promise.all(steps.map((s) => container.renderToString(Step, { props: s, slots: { default: `<p>Text of ${s.id}</p>` } })))).join('');
  return container.renderToString(Scrolly, { props, slots: { figure, default: html } });
}

describe('<Scrolly> and <Step>', () => {
  it('renders the figure in its summary state, then every step with a stable id and link', async () => {
    const html = await render([{ id: 'border', state: 'border', alt: 'The border is drawn.' }, { id: 'corridors', state: 'corridors' }]);
    expect(html).toMatch(/<story-scrolly[^>]*id="flow-map"[^>]*data-initial="summary"[^>]*data-state="summary"/);
    expect(html).toContain('id="flow-map-border"');
    expect(html).toContain('href="#flow-map-corridors"');
    expect(html).toContain('data-step-link');
    expect(html).toContain('<svg class="snap">corridor picture</svg>');
    expect(html).not.toContain('<template data-snapshot');
    expect(html).toMatch(/class="visually-hidden scrolly__alt"[^>]*>The border is drawn\./);
    expect(html).toMatch(/data-scrolly-nav[^>]*hidden/);
    expect(html.indexOf('<figure>')).toBeLessThan(html.indexOf('Text of border'));
  });

  it('refuses a step state the figure does not draw', async () => {
    await expect(render([{ id: 'cartels', state: 'cartels' }])).rejects.toThrow(/asks for state "cartels"/);
  });

  it('refuses digits in a step alt text', async () => {
    await expect(render([{ id: 'border', state: 'border', alt: 'About 2,000 miles.' }])).rejects.toThrow(/must not contain digits/);
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { DatasetSchema } from '../../../src/schemas/dataset';
import { STORY_CHARTS } from '../../../src/lib/charts/specs/registry';
import BarsChart from '../../../src/components/charts/BarsChart.astro';
import ComboChart from '../../../src/components/charts/ComboChart.astro';
import RangeChart from '../../../src/components/charts/RangeChart.astro';
import HBarChart from '../../../src/components/charts/HBarChart.astro';
import TimelineChart from '../../../src/components/charts/TimelineChart.astro';
import { render, svgs } from './golden';
const R = { bars: BarsChart, combo: ComboChart, range: RangeChart, hbar: HBarChart, timeline: TimelineChart } as const;
it('preview', async () => {
  for (const [name, spec] of Object.entries(STORY_CHARTS)) {
    if (!spec.datasets.every((d) => existsSync(`content/data/${d}.json`))) continue;
    const ds = spec.datasets.map((d) => DatasetSchema.parse(JSON.parse(readFileSync(`content/data/${d}.json`, 'utf8'))));
    const html = await render(R[spec.kind] as never, { id: name, title: name, ...(spec.build(ds) as object) });
    const [n, w] = svgs(html);
    writeFileSync(`/tmp/preview/real-${name}-narrow.svg`, n!);
    writeFileSync(`/tmp/preview/real-${name}-wide.svg`, w!);
  }
});

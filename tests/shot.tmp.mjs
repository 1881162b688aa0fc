import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 740 } });
for (const [url, step, name] of [['/chapters/the-flow/', '#traces-us-sourced', 'a'], ['/chapters/the-pipeline/', '#source-map-sources', 'b']]) {
  await p.goto('http://localhost:4600' + url + step);
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/phone-${name}.png` });
}
await b.close();

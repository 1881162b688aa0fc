import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, name] of [[1280, 'desk'], [360, 'phone']]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  await p.addInitScript(() => localStorage.setItem('iron-river:reading', 'linear'));
  await p.goto('http://localhost:4600/chapters/the-flow/');
  const step = p.locator('#traces [data-step]').nth(1);
  await step.scrollIntoViewIfNeeded();
  await step.screenshot({ path: `/tmp/lin-${name}.png` });
  await p.close();
}
await b.close();

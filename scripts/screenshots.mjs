// Screenshots of pages in light and dark, 390 px and 1280 px wide, for looking at
// what we build. Usage: npm run screenshots -- /path/ [/other/ ...]
// Needs a running preview (npm run preview) or SHOT_BASE=http://host:port.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChromium } from '../tests/e2e/find-chromium.ts';

const base = process.env.SHOT_BASE ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const path of paths) {
  for (const theme of ['light', 'dark']) {
    for (const width of [390, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, deviceScaleFactor: width < 500 ? 2 : 1 });
      const page = await ctx.newPage();
      await page.goto(base + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const name = `${out}/${(path.replace(/[^a-z0-9]+/gi, '_') || 'home').replace(/^_|_$/g, '') || 'home'}-${theme}-${width}.png`;
      await page.screenshot({ path: name, fullPage: process.env.SHOT_FULL === '1' });
      console.log(name);
      await ctx.close();
    }
  }
}
await browser.close();

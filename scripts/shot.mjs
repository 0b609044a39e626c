import { chromium } from 'playwright-core';
const [url, out, theme='light', width='1280', sel] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const ctx = await b.newContext({ viewport: { width: +width, height: 900 }, colorScheme: theme, deviceScaleFactor: +width < 500 ? 2 : 1 });
const p = await ctx.newPage();
p.on('console', m => { if (m.type()==='error') console.log('console error:', m.text()); });
p.on('pageerror', e => console.log('page error:', String(e)));
await p.goto(url, { waitUntil: 'networkidle' });
if (sel) { const el = p.locator(sel).first(); await el.scrollIntoViewIfNeeded(); await p.waitForTimeout(800); await el.screenshot({ path: out }); }
else { await p.waitForTimeout(500); await p.screenshot({ path: out }); }
await b.close();

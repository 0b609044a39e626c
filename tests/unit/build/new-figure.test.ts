/**
 * "Adding a figure is adding its folder", proved: copy the repository to a
 * scratch directory, drop the fixture folder tests/fixtures/figure/fixture-dial
 * into its src/widgets/ and change nothing else, build it, and find the figure
 * in the registry (in book order), in the instructors' gallery and at its own
 * embed page, hydrated and answering a key press in a real browser.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFigures } from '../../../src/build/vite-figures.mjs';
import { findChromium } from '../../e2e/find-chromium';

const ROOT = path.resolve('.');
const FIXTURE = path.join(ROOT, 'tests/fixtures/figure/fixture-dial');
let scratch = '';
let dist = '';

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'downhill-new-figure-'));
  // The repository as a clone would have it (tracked and new, unignored files), without node_modules.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && existsSync(path.join(ROOT, f)));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(scratch, f));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  // The one edit: a new folder.
  cpSync(FIXTURE, path.join(scratch, 'src/widgets/fixture-dial'), { recursive: true });
  dist = path.join(scratch, 'dist');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: scratch,
    env: Object.fromEntries(Object.entries({ ...process.env, OUT_DIR: 'dist' }).filter(([k]) => k !== 'BASE_PATH' && k !== 'SITE_URL')),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}, 600_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const page = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');

describe('a new figure folder, and nothing else', () => {
  it('is in the registry, in book order (chapter 1, after its other figures)', () => {
    const ids = listFigures(path.join(scratch, 'src/widgets')).map((f) => f.id);
    expect(ids).toContain('fixture-dial');
    const chapter1 = listFigures(path.join(scratch, 'src/widgets')).filter((f) => f.chapter === 1);
    expect(chapter1.at(-1)?.id).toBe('fixture-dial');
    expect(ids.indexOf('fixture-dial')).toBeLessThan(ids.indexOf('simultaneous'));
  });

  it('has a card in the instructors gallery, with its preview and its preset link', () => {
    const html = page('instructors');
    expect(html).toContain('id="w-fixture-dial"');
    expect(html).toContain('A fixture dial');
    expect(html).toMatch(/<iframe[^>]*src="\/embed\/fixture-dial\/"/);
    expect(html).toContain('/embed/fixture-dial/?n=9');
  });

  it('has an embed page that server-renders it and hydrates it, and its control works', async () => {
    const html = page('embed/fixture-dial');
    expect(html).toMatch(/<astro-island[^>]*component-url="\/_astro\/FixtureDial\.[\w-]+\.js"/);
    expect(html).toContain('3 turns');

    const server: Server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let file = path.join(dist, decodeURIComponent(url.pathname));
      if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/embed/fixture-dial/?n=5`);
      await tab.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
      const shown = tab.getByTestId('fixture-dial');
      await expect.poll(() => shown.textContent()).toBe('5 turns');
      const slider = tab.getByRole('slider', { name: /Turns/ });
      await slider.focus();
      await slider.press('ArrowRight');
      await expect.poll(() => shown.textContent()).toBe('6 turns');
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});

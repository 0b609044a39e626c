import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { listFiles, unzip } from '../../scripts/offline/zip.mjs';

/** Where the book under test lives: its root URL (ending in '/') and the files in it. */
export interface Edition {
  kind: 'file' | 'http';
  root: string;
  files: string[];
}

const OUT = 'offline';

function findZip(): string {
  const zips = readdirSync(OUT).filter((f) => /^downhill-offline-.*\.zip$/.test(f));
  if (zips.length !== 1) throw new Error(`expected one downhill-offline-*.zip in ${OUT}/ (run \`npm run export\`), found ${zips.length}`);
  return path.join(OUT, zips[0]!);
}

/**
 * Project "file": the zip attendees get, unpacked to a temporary folder and opened
 * from file://. Project "http-subpath": the export folder served under a sub-path.
 * Every test fails on a console error, a page error, a failed request, and any
 * request outside the book (another origin, or a file outside the folder).
 */
export const test = base.extend<{ guard: void }, { edition: Edition }>({
  edition: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the pattern.
    async ({}, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (baseURL) {
        await use({ kind: 'http', root: baseURL, files: listFiles(path.join(OUT, 'downhill')) });
        return;
      }
      const dir = mkdtempSync(path.join(tmpdir(), 'downhill-offline-'));
      unzip(findZip(), dir);
      const folder = path.join(dir, 'downhill');
      await use({ kind: 'file', root: pathToFileURL(folder).href + '/', files: listFiles(folder) });
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ page, edition }, use) => {
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('requestfailed', (r) => {
        // ERR_ABORTED is a load cancelled by the next navigation, not a missing file.
        const why = r.failure()?.errorText ?? '';
        if (!why.includes('ERR_ABORTED')) errors.push(`request failed: ${r.url()} ${why}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      page.on('request', (r) => {
        const url = r.url();
        if (/^(?:data|blob|about):/.test(url)) return;
        if (!url.startsWith(edition.root)) outside.push(url);
      });
      await use();
      expect(errors, 'console errors, page errors and failed requests').toEqual([]);
      expect(outside, 'requests outside the book').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Scroll each island into view in turn (client:visible) and wait until it has
 * hydrated (Astro removes its `ssr` attribute); returns how many there are.
 */
export async function hydrateAll(page: Page): Promise<number> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    const name = await island.evaluate((el) => JSON.parse(el.getAttribute('opts') ?? '{}').name ?? el.getAttribute('component-url'));
    // An island is display: contents; Astro's client:visible watches its children.
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(island, `island ${i + 1}/${count} (${name}) hydrates`).not.toHaveAttribute('ssr', { timeout: 10_000 });
  }
  return count;
}

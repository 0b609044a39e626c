import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '@playwright/test';

/**
 * Embeds as instructors use them: inside a sandboxed iframe on a page of
 * another origin, sized by the height message, driven by set/get messages,
 * and fetching nothing from anywhere but the book's own origin.
 */

test('an embed in a sandboxed cross-origin iframe reports its height, obeys set, answers get, and calls no other origin', async ({ page, baseURL }) => {
  const own = new URL(baseURL!).origin;
  // The host page is served by a second server on loopback: another origin, on
  // the same private network (Chromium blocks frames from "public" pages to it).
  const hostPage = (src: string) => `<!doctype html><title>LMS</title><body>
        <iframe id="f" sandbox="allow-scripts allow-same-origin" style="width:700px;height:100px;border:0" src="${src}"></iframe>
        <script>
          window.msgs = [];
          addEventListener('message', (e) => {
            if (e.data && e.data.source === 'downhill') {
              window.msgs.push(e.data);
              if (e.data.type === 'height') document.getElementById('f').style.height = e.data.height + 'px';
            }
          });
        </script></body>`;
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(hostPage(`${own}/embed/hiker/?lr=0.5&hide=x0`));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const HOST = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (o !== own && o !== HOST) foreign.push(r.url());
  });
  await page.goto(`${HOST}/lms/course`);
  await page.waitForFunction(() => (window as unknown as { msgs: { type: string }[] }).msgs.some((m) => m.type === 'ready'));
  await page.waitForFunction(() => parseInt(document.getElementById('f')!.style.height) > 300);

  const frame = page.frameLocator('#f');
  await expect(frame.locator('input[data-name="lr"] ~ *, output').first()).toBeVisible();
  await expect(frame.locator('output').filter({ hasText: '0.50' })).toBeVisible();

  await page.evaluate(() => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage({ target: 'downhill', type: 'set', values: { lr: 0.1, start: 99 } }, '*'));
  await expect(frame.locator('output').filter({ hasText: '0.10' })).toBeVisible();
  const state = await page.waitForFunction(() => {
    const m = (window as unknown as { msgs: { type: string; values: Record<string, number> }[] }).msgs.filter((x) => x.type === 'state').at(-1);
    return m && m.values['lr'] === 0.1 ? m : null;
  });
  const values = (await state.jsonValue())!.values;
  // Clamped like a URL value: the trail ends at 4.5.
  expect(values['start']).toBe(4.5);
  // One set, one answer: no second state message when the URL write settles.
  await page.waitForTimeout(1000);
  const after = await page.evaluate(() => (window as unknown as { msgs: { type: string; values: Record<string, number> }[] }).msgs.filter((x) => x.type === 'state' && x.values['lr'] === 0.1).length);
  expect(after).toBe(1);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  server.close();
});

test('the embed page hides the controls named in hide= and locks those in lock=', async ({ page }) => {
  await page.goto('/embed/hiker/?hide=x0&lock=lr');
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  await expect(page.locator('input[data-name="lr"]')).toBeDisabled();
});

test('a locked start point shows it is locked, says so, ignores keys and drags, and the caption does not offer to drag it', async ({ page }) => {
  const hydrated = () => page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  await page.goto('/embed/volcano/?lock=s');
  await hydrated();
  const handle = page.getByRole('slider', { name: /starting point/ });
  await expect(handle).toHaveAttribute('aria-disabled', 'true');
  await expect(handle).toHaveAttribute('aria-readonly', 'true');
  await expect(handle).toHaveAccessibleName(/\(locked\)/);
  await expect(page.getByTestId('locked-point')).toBeVisible();
  await expect(page.locator('figure')).not.toContainText('Drag the dot');
  const before = await handle.getAttribute('data-x');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 80, box.y + 40, { steps: 4 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('data-x', before!);

  // Unlocked, the same point is a plain slider with the invitation to drag it.
  await page.goto('/embed/volcano/');
  await hydrated();
  await expect(page.getByRole('slider', { name: /starting point/ })).not.toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('locked-point')).toHaveCount(0);
  await expect(page.locator('figure')).toContainText('Drag the dot');

  // The hiker's trail: the same signs on its own slider.
  await page.goto('/embed/hiker/?lock=x0');
  await hydrated();
  const trail = page.getByRole('slider', { name: /starting point on the trail/ });
  await expect(trail).toHaveAttribute('aria-disabled', 'true');
  await expect(trail).toHaveAccessibleName(/\(locked\)/);
  await expect(page.getByTestId('locked-point')).toBeVisible();
});

import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Requests for the Code tool's chunks (the panel, the generator, a figure's mapping). */
function watchCodeChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/(code-tool|[a-z-]+-code|CodePanel)\.[\w-]+\.js$/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

async function open(page: Page, path: string, figure: string): Promise<Locator> {
  await page.goto(path);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

const codeButton = (fig: Locator) => fig.getByRole('toolbar', { name: 'Figure tools' }).getByRole('button', { name: 'Code', exact: true });

/** Opens the Code panel (clicking again only if a click landed before the figure hydrated: the panel never appeared). */
async function openCode(fig: Locator): Promise<Locator> {
  const panel = fig.getByTestId('code-panel');
  await expect(async () => {
    if ((await codeButton(fig).getAttribute('aria-expanded')) !== 'true') await codeButton(fig).click();
    await expect(panel).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  return panel;
}

async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test.describe('the Code tool', () => {
  test('race (Fig 5.6): nothing loads before the click; the script follows a slider; Copy and every Download work', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const chunks = watchCodeChunks(page);
    const fig = await open(page, '/chapters/momentum-adam/', 'race');
    expect(chunks, 'no Code chunk before the click').toEqual([]);
    const button = codeButton(fig);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = await openCode(fig);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(chunks.length).toBeGreaterThan(0);
    const code = panel.getByTestId('code-text');
    await expect(code).toContainText('# This exact state: http');
    await expect(code).toContainText('opt = torch.optim.SGD([w], lr=0.001, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=False)');
    await expect(code).toContainText('opt = torch.optim.Adam([w], lr=0.2, betas=(0.9, 0.999)');

    // A slider moves: the open panel's script has the new value, and so does its link.
    await fig.locator('input[data-name="muMomentum"]').fill('0.8');
    await expect(code).toContainText('torch.optim.SGD([w], lr=0.001, momentum=0.8,');
    await expect(code).toContainText('mum=0.8');

    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(panel.getByTestId('code-status')).toHaveText('Script copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('import torch');
    expect(copied).toContain('momentum=0.8');
    expect(copied).toBe(await code.innerText());

    const py = await download(page, panel.getByRole('button', { name: 'Download', exact: true }));
    expect(py.name).toBe('downhill-race-pytorch.py');
    expect(py.text).toContain('momentum=0.8');

    const csv = await download(page, panel.getByRole('button', { name: 'Download run as CSV' }));
    expect(csv.name).toBe('downhill-race-run.csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('optimizer,step,lr,x,y,loss,grad_norm');
    expect(lines[1]).toMatch(/^sgd,0,0\.002,-1\.2,1,24\.19999/);
    expect(lines.length).toBeGreaterThan(1000);

    const json = await download(page, panel.getByRole('button', { name: 'Download run as JSON' }));
    const run = JSON.parse(json.text) as { url: string; runs: { id: string; params: { momentum?: number }; rows: { state?: { velocity?: number[] } }[] }[] };
    expect(run.url).toContain('mum=0.8');
    const momentum = run.runs.find((r) => r.id === 'momentum');
    expect(momentum?.params.momentum).toBe(0.8);
    expect(momentum?.rows[5]?.state?.velocity).toHaveLength(2);

    // The tabs, by keyboard: the NumPy script, written out.
    await panel.getByRole('tab', { name: 'PyTorch' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(panel.getByRole('tab', { name: 'NumPy' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByRole('tab', { name: 'NumPy' })).toBeFocused();
    await expect(code).toContainText('import numpy as np');
    await expect(code).toContainText('SGD(lr=0.001, momentum=0.8, dampening=0.0, weight_decay=0.0, nesterov=False)');
    const np = await download(page, panel.getByRole('button', { name: 'Download', exact: true }));
    expect(np.name).toBe('downhill-race-numpy.py');

    await button.click();
    await expect(panel).toHaveCount(0);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('playground: a typed formula is written from its parsed tree, with its derivative for NumPy', async ({ page }) => {
    const fig = await open(page, '/playground/', 'playground');
    await fig.getByTestId('playground-input').fill('x^2 + 3*y^2 + sin(x*y)');
    await openCode(fig);
    const code = fig.getByTestId('code-text');
    await expect(code).toContainText('return x**2 + 3*y**2 + torch.sin(x*y)');
    await fig.getByRole('tab', { name: 'NumPy' }).click();
    await expect(code).toContainText('return np.array([2*x + np.cos(x*y)*y, 3*(2*y) + np.cos(x*y)*x], dtype=float)');
  });

  test('a figure without a code mapping shows no Code button', async ({ page }) => {
    const fig = await open(page, '/chapters/momentum-adam/', 'ravine');
    await expect(codeButton(fig)).toHaveCount(0);
  });
});

test('two wells (chapter 6): the Code panel writes plain gradient descent on the two-well surface', async ({ page }) => {
  const fig = await open(page, '/chapters/local-minima/', 'two-wells');
  await openCode(fig);
  const code = fig.getByTestId('code-text');
  await expect(code).toContainText('return (x**2 - 1)**2 + 0.3*x + y**2');
  await expect(code).toContainText('opt = torch.optim.SGD([w], lr=');
  await expect(code).toContainText('GRAD_TOL = 1e-6');
});

test('the parity page shows the measured deviations from src/data/parity.json and is linked from the footer', async ({ page }) => {
  const report = JSON.parse(await readFile(new URL('../../src/data/parity.json', import.meta.url), 'utf8')) as { states: number; optimizers: Record<string, { runs: number }> };
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Parity with PyTorch' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parity with PyTorch');
  await expect(page.locator('main')).toContainText(`the scripts of ${report.states} states`);
  await expect(page.locator('#opt-adam')).toContainText('torch.optim.Adam(params, lr=0.001');
  await expect(page.locator('#opt-adam td.num').first()).toHaveText(String(report.optimizers['adam']?.runs));
  await expect(page.locator('#schedule-cosine-restarts')).toContainText('CosineAnnealingWarmRestarts');
});

test('the open Code panel passes axe (WCAG 2.2 AA) in light and dark, at 390 px too', async ({ page }) => {
  test.setTimeout(150_000);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const fig = await open(page, '/chapters/momentum-adam/', 'race');
      await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
      await openCode(fig);
      const { violations } = await new AxeBuilder({ page }).include('figure#race').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${scheme} ${width}px`).toEqual([]);
      // Nothing wider than the screen: the code scrolls inside its box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${scheme} ${width}px: page overflow`).toBeLessThanOrEqual(0);
    }
  }
});

test('inside Adam (chapter 5): the script writes Adam without bias correction out, torch.optim has no switch for it', async ({ page }) => {
  const fig = await open(page, '/chapters/momentum-adam/', 'adam-internals');
  await openCode(fig);
  const code = fig.getByTestId('code-text');
  await expect(code).toContainText('class AdamWithoutBiasCorrection(torch.optim.Optimizer):');
  await expect(code).toContainText('opt = torch.optim.Adam([w], lr=');
  await expect(code).toContainText('opt = AdamWithoutBiasCorrection([w], lr=');
});

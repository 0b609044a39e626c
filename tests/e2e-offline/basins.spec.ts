import { test, expect, type Edition } from './fixtures';

/**
 * The basins figure in the offline edition. From file:// Chromium refuses Web
 * Workers, so the map must be computed on the main thread instead; served over
 * http the same folder uses workers.
 */
const page6 = (edition: Edition) => `${edition.root}chapters/local-minima/index.html`;

test('the basins map is computed: on the main thread from file://, in workers over http', async ({ page, edition }) => {
  await page.goto(`${page6(edition)}?basins.n=64`);
  const fig = page.locator('figure#basins');
  await fig.scrollIntoViewIfNeeded();
  const where = edition.kind === 'file' ? /\(main thread\)/ : /\((worker|\d workers)\)/;
  await expect(fig.getByTestId('summary')).toContainText(where, { timeout: 30_000 });
  await expect(fig.getByTestId('basin-progress')).toHaveAttribute('value', '1');
  await expect(fig.getByTestId('basin-image')).toHaveAttribute('href', /^data:image\/png/);
  // The border pass runs there too (on the main thread from file://).
  await expect(fig.getByTestId('summary')).toContainText(/cells on a border were run again from [248] × [248] starts/);
});

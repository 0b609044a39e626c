import { test, expect, hydrated } from './fixtures';

test('the chapter-1 island hydrates when visible and answers a click and a key', async ({ page }) => {
  await page.goto('/chapters/intuition/');
  const hiker = page.getByTestId('hiker');
  await hiker.scrollIntoViewIfNeeded();
  await hydrated(page);
  const readout = page.getByTestId('readout');
  await expect(readout).toContainText('0 steps taken');
  const before = Number(await hiker.getAttribute('cx'));

  await page.getByRole('button', { name: 'Take a step' }).click();
  await expect(readout).toContainText('1 step taken');
  const afterClick = Number(await hiker.getAttribute('cx'));
  // On the right-hand slope of the trail the slope is positive, so the step goes left.
  expect(afterClick).toBeLessThan(before);

  await page.getByRole('slider', { name: /Hiker's position/ }).focus();
  await page.keyboard.press('ArrowRight');
  const afterKey = Number(await hiker.getAttribute('cx'));
  expect(afterKey).toBeGreaterThan(afterClick);
  await page.keyboard.press('s');
  await expect(readout).toContainText('2 steps taken');
});

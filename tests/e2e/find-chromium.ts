import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * The browser for Playwright: $CHROME_PATH, else the usual system paths.
 * Playwright cannot download browsers here, so say plainly how to get one.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found (looked at $CHROME_PATH and ' + CANDIDATES.join(', ') + '). Install one: `apt-get install -y chromium`, or set CHROME_PATH.',
  );
}

import { afterEach, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';

/** The primitives harness is not part of the site: built for the tests (DOWNHILL_DEV_PAGES=1) and served in development only. */
describe('the development harness', () => {
  const integration = config.integrations?.flat().find((i) => i && typeof i === 'object' && 'name' in i && i.name === 'downhill:dev-pages');
  const routes = (command: string): string[] => {
    const injected: string[] = [];
    const hook = integration && 'hooks' in integration ? integration.hooks['astro:config:setup'] : undefined;
    expect(hook).toBeTypeOf('function');
    void (hook as (o: unknown) => void)({ command, injectRoute: (r: { pattern: string }) => injected.push(r.pattern) });
    return injected;
  };
  const saved = process.env['DOWNHILL_DEV_PAGES'];
  afterEach(() => {
    if (saved === undefined) delete process.env['DOWNHILL_DEV_PAGES'];
    else process.env['DOWNHILL_DEV_PAGES'] = saved;
  });

  it('is left out of a production build', () => {
    delete process.env['DOWNHILL_DEV_PAGES'];
    expect(routes('build')).toEqual([]);
  });

  it('is built when the tests ask for it, and served by the dev server', () => {
    process.env['DOWNHILL_DEV_PAGES'] = '1';
    expect(routes('build')).toEqual(['/dev/primitives']);
    delete process.env['DOWNHILL_DEV_PAGES'];
    expect(routes('dev')).toEqual(['/dev/primitives']);
  });
});

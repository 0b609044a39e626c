import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { WIDGETS } from '~/widgets/registry';

/**
 * A legal value never breaks a figure. Every figure, from the registry (so a
 * new one is covered by adding its folder), is rendered as the build renders
 * it (server-side, which runs its script and every value the page shows) at
 * each number parameter's minimum, maximum and default, the others at their
 * defaults. Nesterov at μ = 0 once threw "nesterov requires momentum > 0":
 * the schema allowed what the optimizer refused.
 */

const views = import.meta.glob<{ default: Component<Record<string, unknown>> }>('/src/widgets/*/[A-Z]*.svelte');

function viewOf(id: string) {
  const found = Object.entries(views).find(([path]) => path.startsWith(`/src/widgets/${id}/`));
  if (!found) throw new Error(`no view for ${id}`);
  return found[1];
}

describe('every figure renders at every number parameter’s extremes', () => {
  for (const w of WIDGETS) {
    const numbers = Object.entries(w.schema).filter(([, s]) => s.kind === 'number');
    it(`${w.id} (${numbers.length} number parameters)`, async () => {
      const view = (await viewOf(w.id)()).default;
      const errors: string[] = [];
      const cases: [string, number | undefined][] = [['default', undefined]];
      for (const [name, s] of numbers) {
        if (s.kind !== 'number') continue;
        cases.push([`${name} = ${s.min}`, s.min], [`${name} = ${s.max}`, s.max]);
      }
      for (const [label] of cases) {
        const [name, value] = label === 'default' ? [undefined, undefined] : [label.split(' = ')[0]!, Number(label.split(' = ')[1])];
        try {
          const { body } = render(view, { props: { id: `${w.id}-x`, initial: name ? { [name]: value } : {} } });
          if (/NaN|Infinity/.test(body.replace(/<[^>]*>/g, ' '))) errors.push(`${label}: draws NaN or Infinity`);
        } catch (e) {
          errors.push(`${label}: ${(e as Error).message}`);
        }
      }
      expect(errors).toEqual([]);
    });
  }
});

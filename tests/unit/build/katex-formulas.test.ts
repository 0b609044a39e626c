import { describe, expect, it } from 'vitest';
import { compileFormula, compileFormulaFile } from '../../../src/build/vite-katex-formulas.mjs';
import gd from '~/formulas/gd.tex';

describe('build-time live formulas', () => {
  it('cuts the typeset formula at each slot, in order', () => {
    const f = compileFormula('w_{\\slot{t}} = \\slot{w} - \\slot{lr}');
    expect(f.slots).toEqual(['t', 'w', 'lr']);
    expect(f.parts).toHaveLength(4);
    const html = f.parts[0] + '7' + f.parts[1] + '2.5' + f.parts[2] + '0.1' + f.parts[3];
    expect(html).toContain('class="katex"');
    expect(html).toContain('>2.5<');
    expect(html).not.toContain('dhslot');
  });

  it('keeps each number with its own slot where KaTeX reorders the markup (fractions)', () => {
    const f = compileFormula('\\frac{\\slot{num}}{\\slot{den}}');
    expect([...f.slots].sort()).toEqual(['den', 'num']);
    const values: Record<string, string> = { num: '111', den: '222' };
    const html = f.parts.reduce((acc, part, i) => acc + part + (i < f.slots.length ? values[f.slots[i]!] : ''), '');
    const katex = compileFormula('\\frac{111}{222}').parts[0]!;
    const strip = (h: string) => h.replace(/<span class="enclosing dh-slot[^"]*">/g, '').replace(/<\/span>/g, '');
    expect(strip(html).indexOf('111') > -1 && strip(html).indexOf('222') > -1).toBe(true);
    expect(strip(html).indexOf('222') < strip(html).indexOf('111')).toBe(strip(katex).indexOf('222') < strip(katex).indexOf('111'));
  });

  it('reads named formulas from a .tex file and skips comments', () => {
    const out = compileFormulaFile('% comment\n%% a\nx = \\slot{x}\n%% b\ny\n');
    expect(Object.keys(out)).toEqual(['a', 'b']);
    expect(out.a?.slots).toEqual(['x']);
    expect(out.b?.slots).toEqual([]);
  });

  it('fails on TeX that KaTeX cannot parse, naming the formula', () => {
    expect(() => compileFormulaFile('%% broken\n\\frac{1}{', 'bad.tex')).toThrow(/bad\.tex \(broken\)/);
  });

  it('trusts no HTML extension but the slot marker', () => {
    const f = compileFormula('\\href{javascript:alert(1)}{x}');
    expect(f.parts.join('')).not.toContain('href="javascript');
  });

  it('ships the book formulas through the Vite plugin', () => {
    expect(gd.step?.slots).toContain('lr');
    expect(gd.step1d?.slots).toEqual(['next', 't', 't', 'x', 'lr', 'g', 'nx']);
  });
});

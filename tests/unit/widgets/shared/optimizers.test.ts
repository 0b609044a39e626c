import { describe, expect, expectTypeOf, it } from 'vitest';
import { hyperparamSpecs, makeOptimizer, OPTIMIZER_IDS, optimizerInfo } from '~/core/optimizers';
import { defaultsOf } from '~/state/schema';
import {
  CHAPTER_6_METHODS,
  METHODS,
  menuChoices,
  menuMethod,
  optimizerFor,
  presetLabel,
  type MethodId,
  type OptimizerCall,
} from '~/widgets/shared/optimizers';
import { CONTROLS, controlNames, controlSpecs, hyperparamOf, optimizerFromValues } from '~/widgets/shared/optimizer-sliders';
import { raceSchema, RACE_METHODS } from '~/widgets/race/schema';
import { playgroundSchema } from '~/widgets/playground/schema';
import { networkSchema } from '~/widgets/network/schema';

const IDS = Object.keys(METHODS) as MethodId[];

/** The core optimizer each method must build at lr = 0.01, written out by hand (the switches the catalogue replaced). */
const DIRECT: Record<MethodId, () => ReturnType<typeof makeOptimizer>> = {
  gd: () => makeOptimizer('gd', { lr: 0.01 }),
  sgd: () => makeOptimizer('sgd', { lr: 0.01 }),
  momentum: () => makeOptimizer('sgd', { lr: 0.01, momentum: 0.9 }),
  'momentum-ema': () => makeOptimizer('momentum-ema', { lr: 0.01, beta: 0.9 }),
  nesterov: () => makeOptimizer('sgd', { lr: 0.01, momentum: 0.9, nesterov: true }),
  adagrad: () => makeOptimizer('adagrad', { lr: 0.01 }),
  rmsprop: () => makeOptimizer('rmsprop', { lr: 0.01 }),
  adam: () => makeOptimizer('adam', { lr: 0.01 }),
  adamw: () => makeOptimizer('adamw', { lr: 0.01, weightDecay: 0.01 }),
};

/** Positions after `n` steps on an ill-conditioned quadratic from (1.5, -1). */
function path(opt: ReturnType<typeof makeOptimizer>, n = 40): number[] {
  const x = new Float64Array([1.5, -1]);
  const g = new Float64Array(2);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    g[0] = 2 * x[0]!;
    g[1] = 40 * x[1]!;
    opt.step(x, g);
    out.push(x[0]!, x[1]!);
  }
  return out;
}

describe('core hyperparameter specs (the catalogue’s source)', () => {
  it.each(OPTIMIZER_IDS)('%s: every default lies within its slider range, with digits and a symbol', (id) => {
    for (const h of hyperparamSpecs(optimizerInfo(id))) {
      if (h.kind !== 'number') continue;
      expect(h.min, `${id}.${h.name}`).toBeLessThanOrEqual(h.default);
      expect(h.default, `${id}.${h.name}`).toBeLessThanOrEqual(h.max);
      expect(Number.isInteger(h.digits) && h.digits > 0, `${id}.${h.name}.digits`).toBe(true);
      expect(h.symbol.length).toBeGreaterThan(0);
    }
  });
});

describe('the optimizer catalogue', () => {
  it.each(IDS)('%s: optimizerFor builds it with its defaults, step for step the same as a direct construction', (id) => {
    const call = optimizerFor(id, { lr: 0.01 });
    expect(call.id).toBe(DIRECT[id]().id);
    const viaCatalogue = makeOptimizer(call.id, call.params);
    expect(viaCatalogue.params).toEqual(DIRECT[id]().params);
    expect(path(viaCatalogue)).toEqual(path(DIRECT[id]()));
  });

  it.each(IDS)('%s: every slider names a numeric hyperparameter of its core optimizer; its default lies in range', (id) => {
    const m = METHODS[id];
    const preset: Readonly<Record<string, number | undefined>> = 'preset' in m ? m.preset : {};
    const controls: readonly { param: string }[] = id in CONTROLS ? CONTROLS[id as keyof typeof CONTROLS] : [];
    for (const c of controls) {
      const h = hyperparamOf(id, c.param);
      const def = preset[c.param] ?? h.default;
      expect(def).toBeGreaterThanOrEqual(h.min);
      expect(def).toBeLessThanOrEqual(h.max);
    }
    if (controls.length) expect(controls[0]!.param).toBe('lr');
    for (const name of Object.keys(preset)) expect(() => hyperparamOf(id, name)).not.toThrow();
  });

  it('gives every slider its own value name and URL key, except where two figures share one', () => {
    const all = Object.values(CONTROLS).flatMap((cs) => cs.map((c) => c.key));
    expect(new Set(all).size).toBe(all.length);
    const names = Object.values(CONTROLS).flatMap((cs) => cs.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('throws on a hyperparameter its core optimizer lacks', () => {
    expect(() => hyperparamOf('sgd', 'beta1')).toThrow(/sgd has no numeric hyperparameter "beta1"/);
  });

  it('builds what the race’s and the playground’s switches built from their defaults', () => {
    const race = defaultsOf(raceSchema);
    const built = Object.fromEntries(RACE_METHODS.map((r) => [r, optimizerFromValues(r, race)]));
    expect(built).toEqual({
      sgd: { id: 'sgd', params: { lr: 0.002 } },
      momentum: { id: 'sgd', params: { lr: 0.001, momentum: 0.9 } },
      nesterov: { id: 'sgd', params: { lr: 0.001, momentum: 0.9, nesterov: true } },
      adagrad: { id: 'adagrad', params: { lr: 1 } },
      rmsprop: { id: 'rmsprop', params: { lr: 0.01, alpha: 0.99 } },
      adam: { id: 'adam', params: { lr: 0.2, beta1: 0.9 } },
      adamw: { id: 'adamw', params: { lr: 0.2, weightDecay: 0.01 } },
    });
    const play = defaultsOf(playgroundSchema);
    expect(optimizerFromValues('adam', play)).toEqual({ id: 'adam', params: { lr: 0.1, beta1: 0.9, beta2: 0.999 } });
    expect(JSON.stringify(optimizerFromValues('momentum', play))).toBe('{"id":"sgd","params":{"lr":0.02,"momentum":0.9}}');
  });

  it('runs Nesterov at μ = 0 as plain SGD (torch refuses nesterov without momentum)', () => {
    expect(optimizerFor('nesterov', { lr: 0.1, momentum: 0 })).toEqual({ id: 'sgd', params: { lr: 0.1 } });
    expect(() => makeOptimizer('sgd', optimizerFor('nesterov', { lr: 0.1, momentum: 0 }).params)).not.toThrow();
    expect(optimizerFor('nesterov', { lr: 0.1, momentum: 0.5 })).toEqual({ id: 'sgd', params: { lr: 0.1, momentum: 0.5, nesterov: true } });
  });

  it('builds the network’s optimizers at the figure’s learning rate and the methods’ own defaults', () => {
    const choices = networkSchema.optimizer.choices.map((c) => c.value);
    const built = Object.fromEntries(choices.map((o) => [o, optimizerFor(o, { lr: 0.03 })]));
    expect(built).toEqual({
      sgd: { id: 'sgd', params: { lr: 0.03 } },
      momentum: { id: 'sgd', params: { lr: 0.03, momentum: 0.9 } },
      nesterov: { id: 'sgd', params: { lr: 0.03, momentum: 0.9, nesterov: true } },
      adagrad: { id: 'adagrad', params: { lr: 0.03 } },
      rmsprop: { id: 'rmsprop', params: { lr: 0.03 } },
      adam: { id: 'adam', params: { lr: 0.03 } },
      adamw: { id: 'adamw', params: { lr: 0.03, weightDecay: 0.01 } },
    });
  });

  it('maps chapter 6’s menu values to methods, `momentum` to the EMA form', () => {
    expect(menuChoices(CHAPTER_6_METHODS, 'preset')).toEqual([
      { value: 'gd', label: 'Gradient descent' },
      { value: 'momentum', label: 'Momentum (β = 0.9)' },
      { value: 'adam', label: 'Adam' },
    ]);
    expect(CHAPTER_6_METHODS.map((item) => menuMethod(CHAPTER_6_METHODS, typeof item === 'string' ? item : item[0]))).toEqual(['gd', 'momentum-ema', 'adam']);
    expect(menuMethod(CHAPTER_6_METHODS, 'nonsense')).toBe('gd');
    expect(optimizerFor(menuMethod(CHAPTER_6_METHODS, 'momentum'), { lr: 0.01 })).toEqual({ id: 'momentum-ema', params: { lr: 0.01, beta: 0.9 } });
  });

  it('labels a method with the defaults it fixes', () => {
    expect(presetLabel('momentum')).toBe('SGD + momentum (μ = 0.9)');
    expect(presetLabel('adamw')).toBe('AdamW (ω = 0.01)');
    expect(presetLabel('adam')).toBe('Adam');
  });

  it('derives slider specs from core, with a figure’s lr defaults, omissions and narrower ranges', () => {
    const specs = controlSpecs(['sgd', 'adam'], { lr: { sgd: 0.05, adam: 0.1 }, omit: ['beta2'], tweak: { lr: { max: 3 }, beta1: { digits: 2 } } });
    expect(Object.keys(specs)).toEqual(['lrSgd', 'lrAdam', 'beta1']);
    const lr = hyperparamOf('adam', 'lr');
    expect(specs.lrAdam).toEqual({ kind: 'number', key: 'lra', label: 'Adam lr', default: 0.1, min: lr.min, max: 3, scale: 'log', digits: lr.digits });
    const b1 = hyperparamOf('adam', 'beta1');
    expect(specs.beta1).toEqual({ kind: 'number', key: 'b1', label: 'Adam β₁', default: b1.default, min: b1.min, max: b1.max, digits: 2 });
    expect(controlNames('adam', specs)).toEqual(['lrAdam', 'beta1']);
  });

  it('types the parameters by method and the result by core optimizer', () => {
    expectTypeOf(optimizerFor('adam', { lr: 1, beta1: 0.9 })).toEqualTypeOf<OptimizerCall<'adam'>>();
    expectTypeOf(optimizerFor('momentum', { lr: 1 }).id).toEqualTypeOf<'sgd'>();
    // @ts-expect-error: SGD has no β₁
    optimizerFor('sgd', { lr: 1, beta1: 0.9 });
    // @ts-expect-error: the learning rate is required
    optimizerFor('adam', { beta1: 0.9 });
  });
});

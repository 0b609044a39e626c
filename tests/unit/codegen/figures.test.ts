/** The figures' code mappings (src/widgets/<figure>/code.ts) agree with what the figures run. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_STOP } from '~/widgets/playground/code';
import { raceStop } from '~/widgets/race/code';
import { raceSchema } from '~/widgets/race/schema';
import { playgroundSchema } from '~/widgets/playground/schema';
import { defaultsOf } from '~/state/schema';
import { pytorchScript } from '~/core/codegen';
import { playgroundState, raceState } from './states';

const source = (path: string): string => readFileSync(new URL(`../../../src/widgets/${path}`, import.meta.url), 'utf8');

describe('figure code mappings', () => {
  it('write the stopping rule the figure runs with', () => {
    expect(source('race/Race.svelte')).toContain('stop: { gradNorm: 1e-8, bound: isSaddle ? 2 : 1e6 }');
    expect(raceStop(true)).toEqual({ gradNorm: 1e-8, bound: 2 });
    expect(raceStop(false)).toEqual({ gradNorm: 1e-8, bound: 1e6 });
    expect(source('playground/Playground.svelte')).toContain('stop: { gradNorm: 1e-8, bound: 1e6 }');
    expect(PLAYGROUND_STOP).toEqual({ gradNorm: 1e-8, bound: 1e6 });
  });

  it('the race: one run per racer, with its sliders', () => {
    const spec = raceState({ ...defaultsOf(raceSchema), racers: ['momentum', 'nesterov', 'adamw'], muNesterov: 0.95, weightDecay: 0.2 });
    expect(spec.runs.map((r) => r.id)).toEqual(['momentum', 'nesterov', 'adamw']);
    const py = pytorchScript(spec);
    expect(py).toContain('torch.optim.SGD([w], lr=0.001, momentum=0.95, dampening=0.0, weight_decay=0.0, nesterov=True)');
    expect(py).toContain('torch.optim.AdamW([w], lr=0.2, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.2, amsgrad=False)');
    expect(py).toContain('return (1 - x)**2 + 100*(y - x**2)**2');
    const saddle = raceState({ ...defaultsOf(raceSchema), surface: 'saddle', start: [-1.8, 0.02] });
    expect(pytorchScript(saddle)).toContain('BOUND = 2.0');
    const ravine = raceState({ ...defaultsOf(raceSchema), surface: 'ravine' });
    expect(pytorchScript(ravine)).toMatch(/return 0\.5\*\([\d.]+\*x\*x \+ \(-[\d.]+\*x\*y\) \+ [\d.]+\*y\*y\)/);
  });

  it('the playground: the schedule and the reader’s formula', () => {
    const spec = playgroundState({ ...defaultsOf(playgroundSchema), schedule: 'cosine-restarts', steps: 400 });
    const py = pytorchScript(spec);
    expect(py).toContain('sched = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=100, T_mult=1, eta_min=0.0)');
    expect(py).toContain('return x**2/4 + y**2 + torch.sin(2*x)*torch.sin(2*y)/2');
  });
});

describe('the other figures’ mappings run what the figure runs', () => {
  it('same run length and stopping rule as the figure', async () => {
    const { GD_STEPS_STOP } = await import('~/widgets/gd-steps/code');
    const { HIKER_STEPS, HIKER_STOP } = await import('~/widgets/hiker/code');
    const { TWO_WELLS_STEPS, TWO_WELLS_STOP } = await import('~/widgets/two-wells/code');
    const { SADDLE_STEPS } = await import('~/widgets/saddle/code');
    const { ESCAPE_STEPS, ESCAPE_STOP } = await import('~/widgets/escape/code');
    expect(GD_STEPS_STOP).toEqual({ bound: 1e4 });
    expect(source('gd-steps/GdSteps.svelte')).toContain("steps: model.values.steps, stop: { bound: 1e4 } }");
    expect([HIKER_STEPS, HIKER_STOP]).toEqual([40, { bound: 50 }]);
    expect(source('hiker/Hiker.svelte')).toContain('const STEPS = 40;');
    expect(source('hiker/Hiker.svelte')).toContain('steps: STEPS, stop: { bound: 50 } }');
    expect([TWO_WELLS_STEPS, TWO_WELLS_STOP]).toEqual([150, { gradNorm: 1e-6, bound: 50 }]);
    // The figure runs widgets/two-wells/model.ts's twoWellsRun; the mapping restates its constants.
    const model = await import('~/widgets/two-wells/model');
    expect([model.TWO_WELLS_STEPS, model.TWO_WELLS_STOP]).toEqual([TWO_WELLS_STEPS, TWO_WELLS_STOP]);
    expect(source('two-wells/TwoWells.svelte')).toContain('twoWellsRun(');
    expect(source('two-wells/model.ts')).toContain('steps: TWO_WELLS_STEPS, stop: TWO_WELLS_STOP });');
    expect(SADDLE_STEPS).toBe(150);
    expect(source('saddle/Saddle.svelte')).toContain('const STEPS = 150;');
    expect(source('saddle/Saddle.svelte')).toContain('steps: STEPS, stop: { bound: BOUND } }');
    expect([ESCAPE_STEPS, ESCAPE_STOP]).toEqual([300, { bound: 50 }]);
    const { SIMULTANEOUS_STOP } = await import('~/widgets/simultaneous/code');
    expect(SIMULTANEOUS_STOP).toEqual({ bound: 1e4 });
    expect(source('simultaneous/Simultaneous.svelte')).toContain('const BOUND = 1e4;');
    expect(source('simultaneous/Simultaneous.svelte')).toContain('runCoordinateDescent({ objective: surface, lr, start, sweeps: model.values.steps, bound: BOUND })');
    const { ADAM_INTERNALS_STEPS, ADAM_INTERNALS_STOP } = await import('~/widgets/adam-internals/code');
    expect([ADAM_INTERNALS_STEPS, ADAM_INTERNALS_STOP]).toEqual([100, { bound: 1e3 }]);
    const ai = source('adam-internals/AdamInternals.svelte');
    for (const line of ['const surface = makeQuadratic({ kappa: 25, angle: 0,', 'const START = [-2.5, 0.6] as const;', 'const STEPS = 100;', 'const EPS = 1e-8;', 'bound: 1e3,']) expect(ai).toContain(line);
    expect(source('escape/Escape.svelte')).toContain('const STEPS = 300;');
    expect(source('escape/Escape.svelte')).toContain('const stop = { bound: 50 };');
  });
});

import { describe, expect, it } from 'vitest';
import { SCHEDULE_INFO, SCHEDULE_KINDS, lrAt, lrSeries, validateSchedule, type Schedule } from '~/core';
import fixture from '../../fixtures/torch/trajectories.json';

const cases = fixture.schedules.map((s) => [JSON.stringify(s.schedule), s] as const);

describe('schedules agree with torch.optim.lr_scheduler at every step', () => {
  it('covers every schedule kind', () => {
    expect(new Set(fixture.schedules.map((s) => s.schedule.kind))).toEqual(new Set(SCHEDULE_KINDS));
  });

  it.each(cases)('%s', (_, c) => {
    const schedule = c.schedule as Schedule;
    validateSchedule(schedule);
    c.lrs.forEach((expected, t) => {
      const got = lrAt(schedule, c.baseLr, t);
      if (!(Math.abs(got - expected) <= 1e-12 * Math.abs(expected))) {
        throw new Error(`step ${t}: got ${got}, torch ${expected}`);
      }
    });
  });
});

describe('closed forms at the points the book quotes', () => {
  it.each([
    [{ kind: 'constant' }, 57, 0.1],
    [{ kind: 'step', stepSize: 30, gamma: 0.1 }, 29, 0.1],
    [{ kind: 'step', stepSize: 30, gamma: 0.1 }, 30, 0.01],
    [{ kind: 'exponential', gamma: 0.5 }, 3, 0.0125],
    [{ kind: 'inverse-time', k: 1 }, 4, 0.02],
    [{ kind: 'cosine', Tmax: 100 }, 50, 0.05],
    [{ kind: 'cosine', Tmax: 100, etaMin: 0.02 }, 100, 0.02],
    [{ kind: 'cosine-restarts', T0: 10 }, 10, 0.1],
    [{ kind: 'cosine-restarts', T0: 10, Tmult: 2 }, 30, 0.1],
    [{ kind: 'cosine-restarts', T0: 10, Tmult: 2 }, 20, 0.05],
    [{ kind: 'linear-warmup', startFactor: 0.1, totalIters: 10 }, 0, 0.01],
    [{ kind: 'linear-warmup', startFactor: 0.1, totalIters: 10 }, 10, 0.1],
    [{ kind: 'linear-warmup', startFactor: 0.1, totalIters: 10 }, 1000, 0.1],
  ] as const)('%o at t = %i gives %f from lr 0.1', (schedule, t, expected) => {
    expect(lrAt(schedule, 0.1, t)).toBeCloseTo(expected, 14);
  });

  it('lrSeries lists lrAt for the first steps', () => {
    const s: Schedule = { kind: 'cosine-restarts', T0: 4, Tmult: 3, etaMin: 1e-3 };
    expect([...lrSeries(s, 0.5, 60)]).toEqual(Array.from({ length: 60 }, (_, t) => lrAt(s, 0.5, t)));
  });

  it('every kind has a label, TeX and its PyTorch equivalent', () => {
    for (const kind of SCHEDULE_KINDS) {
      expect(SCHEDULE_INFO[kind].label.length).toBeGreaterThan(0);
      expect(SCHEDULE_INFO[kind].tex).toContain('\\eta_t');
      expect(SCHEDULE_INFO[kind].torch.length).toBeGreaterThan(0);
    }
  });
});

describe('invalid schedules throw an error naming the field and value', () => {
  it.each([
    [{ kind: 'step', stepSize: 0 }, /stepSize = 0/],
    [{ kind: 'step', stepSize: 2.5 }, /stepSize = 2\.5/],
    [{ kind: 'step', stepSize: 10, gamma: -1 }, /gamma = -1/],
    [{ kind: 'exponential', gamma: Number.NaN }, /gamma = NaN/],
    [{ kind: 'inverse-time', k: -0.5 }, /k = -0\.5/],
    [{ kind: 'cosine', Tmax: 0 }, /Tmax = 0/],
    [{ kind: 'cosine', Tmax: 10, etaMin: -1 }, /etaMin = -1/],
    [{ kind: 'cosine-restarts', T0: 10, Tmult: 1.5 }, /Tmult = 1\.5/],
    [{ kind: 'linear-warmup', startFactor: 0 }, /startFactor = 0/],
    [{ kind: 'linear-warmup', endFactor: 2 }, /endFactor = 2/],
    [{ kind: 'warmup' }, /kind = warmup/],
  ] as const)('%o', (schedule, message) => {
    expect(() => validateSchedule(schedule as unknown as Schedule)).toThrow(message);
  });
});

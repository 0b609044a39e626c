/**
 * What the code generator reads: a figure's exact state, as plain data. A
 * figure maps its own state to a `CodeSpec` (a small function in its folder,
 * `code.ts`); `pytorchScript`, `numpyScript` and `simulate` all read the same
 * spec, so the scripts, the CSV a reader downloads and the figure cannot
 * disagree about what was run.
 */
import type { Node } from '../expr/ast';
import type { OptimizerId } from '../optimizers/types';
import type { RunObjective, StopCriteria } from '../runner';
import type { Schedule } from '../schedules';

/** An objective as the scripts write it: f as an expression tree in x (and y), never as text. */
export interface CodeFormula {
  /** Shown in comments, e.g. `Rosenbrock`. */
  readonly label: string;
  /** 1 (f(x)) or 2 (f(x, y)). */
  readonly dim: 1 | 2;
  readonly f: Node;
  /** A known closed-form gradient (the built-in surfaces'); derived from `f` when absent. */
  readonly grad?: readonly Node[];
}

/** One optimizer run in the figure (a racer). */
export interface CodeRun {
  /** A short id for the CSV's first column, e.g. `adam` (letters, digits and - only are kept). */
  readonly id: string;
  /** The name in comments, e.g. `Adam`. */
  readonly label: string;
  /** A core optimizer and its hyperparameters (resolved over the defaults by the generator). */
  readonly optimizer: { readonly id: OptimizerId; readonly params?: Readonly<Record<string, unknown>> };
  readonly schedule?: Schedule | undefined;
  /**
   * Cyclic coordinate descent (core/coordinate-descent.ts): step k moves
   * coordinate k mod dim alone, by -lr df/dx_i at the current point. Only with
   * optimizer 'gd' and no schedule; torch.optim has no class for it, so the
   * scripts write it out.
   */
  readonly coordinate?: boolean | undefined;
  /** A coordinate-descent run's own number of steps (one coordinate each; default the spec's). */
  readonly steps?: number | undefined;
}

export interface CodeSpec {
  /** The figure, e.g. `Figure 5.6, The optimizer race`. */
  readonly title: string;
  /** The Downhill URL of this exact state (the script's header names it). */
  readonly url: string;
  readonly formula: CodeFormula;
  /** The objective the figure's core runs (closed-form or compiled gradient): for `simulate`. */
  readonly objective: RunObjective;
  readonly start: readonly number[];
  readonly steps: number;
  readonly stop?: StopCriteria | undefined;
  readonly runs: readonly CodeRun[];
  /** What the scripts leave out of the figure, in a sentence (e.g. a noisy run: torch does not share the book's random numbers). */
  readonly note?: string | undefined;
}

/**
 * One run of the set-up: read the site, take each missing step in order, report per step what was created, changed
 * or already there. It stops at the first step SharePoint refuses (the later ones may need it) and reports why; the
 * next run reads the site again and resumes where this one stopped. I/O comes in through ISetupTarget.
 */
import type { ISetupPlan } from './plan';
import { IPlannedStep, ISiteState, SetupStep, stepsFor } from './steps';

export type StepOutcome = 'created' | 'updated' | 'existed';

export interface ISetupTarget {
  /** What the site has of what the plan names. */
  readState(plan: ISetupPlan): Promise<ISiteState>;
  /** Takes one step; answers `existed` when SharePoint already had it after all. */
  apply(step: SetupStep): Promise<StepOutcome>;
}

export interface IStepReport {
  readonly step: SetupStep;
  readonly outcome: StepOutcome | 'failed' | 'notRun';
  /** Why it failed (the error as caught: the caller translates it). */
  readonly error?: unknown;
}

export interface ISetupReport {
  readonly steps: readonly IStepReport[];
  readonly failed: boolean;
}

export interface ISetupCounts {
  readonly created: number;
  readonly updated: number;
  readonly existed: number;
  readonly failed: number;
  readonly notRun: number;
}

export function countOutcomes(steps: readonly IStepReport[]): ISetupCounts {
  const n = (o: IStepReport['outcome']): number => steps.filter((s) => s.outcome === o).length;
  return { created: n('created'), updated: n('updated'), existed: n('existed'), failed: n('failed'), notRun: n('notRun') };
}

/** What a run would do, without doing it. */
export async function checkSetup(plan: ISetupPlan, target: Pick<ISetupTarget, 'readState'>): Promise<readonly IPlannedStep[]> {
  return stepsFor(plan, await target.readState(plan));
}

export async function runSetup(plan: ISetupPlan, target: ISetupTarget, onStep?: (done: number, total: number) => void): Promise<ISetupReport> {
  const planned = stepsFor(plan, await target.readState(plan));
  const steps: IStepReport[] = [];
  let failed = false;
  for (const p of planned) {
    if (failed) {
      steps.push({ step: p.step, outcome: 'notRun' });
      continue;
    }
    if (p.present) {
      steps.push({ step: p.step, outcome: 'existed' });
      continue;
    }
    try {
      const outcome = await target.apply(p.step);
      steps.push({ step: p.step, outcome: p.step.kind === 'listSettings' && outcome === 'created' ? 'updated' : outcome });
    } catch (error) {
      failed = true;
      steps.push({ step: p.step, outcome: 'failed', error });
    }
    onStep?.(steps.length, planned.length);
  }
  return { steps, failed };
}

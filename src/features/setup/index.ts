/** What other features may use of the set-up: the types of its plan and its report. Pure. */
export type { IColumnPlan, IContentTypePlan, IListPlan, IListSettings, ISetupPlan } from './domain/plan';
export type { ISetupReport, IStepReport, StepOutcome } from './domain/run';

import type { IsoDate } from '../../../shared/domain/models';
import type { INavnenytItem } from '../domain/models';

/** An item past its retention period, and the last day it was to be kept. */
export interface IDueItem {
  readonly item: INavnenytItem;
  readonly keptUntil: IsoDate;
}

/** The outcome of a clean-up: what went to the recycle bin, and what could not (with the reason). */
export interface ICleanupResult {
  readonly recycled: readonly number[];
  readonly failed: ReadonlyArray<{ readonly id: number; readonly error: Error }>;
}

/**
 * Name news past their retention period (src/features/navnenyt/domain/retention.ts), whatever their approval state,
 * and their deletion to the site's recycle bin with their photos.
 */
export interface IRetentionRepository {
  getDue(today: IsoDate, retentionDays: number): Promise<readonly IDueItem[]>;
  /** Recycles each item with its photo; one that fails does not stop the others. */
  recycle(items: readonly INavnenytItem[]): Promise<ICleanupResult>;
}

/** A fake of communications' *Samtykke trukket tilbage* tasks: answers from the tasks it is given, removes them. */
import { DataError } from '../../src/shared/data/errors';
import type { DataErrorKind } from '../../src/shared/data/errors';
import type { IWithdrawalRepository } from '../../src/features/navnenyt/data/IWithdrawalRepository';
import type { IWithdrawalTask } from '../../src/features/navnenyt/domain/consentStorage';
import type { INavnenytItem } from '../../src/features/navnenyt/domain/models';
import type { ICleanupResult, IDueItem, IRetentionRepository } from '../../src/features/navnenyt/data/IRetentionRepository';

export class FakeWithdrawalRepository implements IWithdrawalRepository {
  public readonly removed: number[] = [];
  public failRemoves: DataErrorKind[] = [];

  public constructor(private tasks: IWithdrawalTask[] = []) {}

  public async getTasks(): Promise<readonly IWithdrawalTask[]> {
    return [...this.tasks];
  }

  public async remove(item: INavnenytItem): Promise<void> {
    const failure = this.failRemoves.shift();
    if (failure) throw new DataError(failure, `fake ${failure}`);
    this.removed.push(item.id);
    this.tasks = this.tasks.filter((t) => t.item.id !== item.id);
  }
}

/** Nothing past its retention period: for the tests of the queue and the withdrawal tasks. */
export class NoRetentionRepository implements IRetentionRepository {
  public async getDue(): Promise<readonly IDueItem[]> {
    return [];
  }

  public async recycle(): Promise<ICleanupResult> {
    return { recycled: [], failed: [] };
  }
}

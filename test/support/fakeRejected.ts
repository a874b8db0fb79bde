import { DataError } from '../../src/shared/data/errors';
import type { IRejectedSubmissions } from '../../src/features/navnenyt/data/IRejectedSubmissions';
import type { IsoDate } from '../../src/shared/domain/models';
import type { INavnenytItem } from '../../src/features/navnenyt/domain/models';

/** The signed-in user's rejected submissions; `discard` moves one to `recycled` (or fails when told to). */
export class FakeRejectedSubmissions implements IRejectedSubmissions {
  public readonly recycled: number[] = [];
  public failDiscard = false;

  public constructor(private items: INavnenytItem[] = []) {}

  public async getMine(since: IsoDate): Promise<readonly INavnenytItem[]> {
    return this.items.filter((i) => i.eventDate >= since);
  }

  public async discard(id: number): Promise<void> {
    if (this.failDiscard) throw new DataError('forbidden', 'fake 403');
    this.items = this.items.filter((i) => i.id !== id);
    this.recycled.push(id);
  }
}

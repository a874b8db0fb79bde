import { DataError } from '../../src/data/errors';
import type { IRejectedSubmissions } from '../../src/data/navnenyt/IRejectedSubmissions';
import type { INavnenytItem, IsoDate } from '../../src/domain/models';

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

/**
 * Fakes implementing the repository interfaces, for component tests. Each answers from data it is given,
 * and can be told to fail or to hold its answer (to see the loading state).
 */
import type { INavnenytFeed, INavnenytQuery, INavnenytRepository } from '../../src/features/navnenyt/data/INavnenytRepository';
import type { IPortraitFeed, IPortraitQuery, IPortraitRepository } from '../../src/features/portraits/data/IPortraitRepository';
import type { IStoryQuery, IStoryRepository } from '../../src/features/stories/data/IStoryRepository';
import { DataError } from '../../src/shared/data/errors';
import type { DataErrorKind } from '../../src/shared/data/errors';
import type { IMineWithHistory, IPrivacyRepository } from '../../src/features/privacy/data/IPrivacyRepository';
import type { ApprovalDecision, INavnenytEditorRepository, INewNavnenyt } from '../../src/features/navnenyt/data/INavnenytEditorRepository';
import type { IPrivacyVersion } from '../../src/features/privacy/domain/consentHistory';
import type { IPrivacyItem } from '../../src/features/privacy/domain/consentOwnership';
import type { IEmployeeDirectory } from '../../src/features/employees/data/IEmployeeDirectory';
import type { INavnenytItem } from '../../src/features/navnenyt/domain/models';
import type { IStory } from '../../src/features/stories/domain/models';
import type { IPortrait } from '../../src/features/portraits/domain/models';
import type { ConsentMatrix, IPrivacyChoices } from '../../src/features/privacy/domain/models';
import { CONSENT_CATEGORIES } from '../../src/features/privacy/domain/models';
import type { IPayrollEmployee } from '../../src/features/employees/domain/models';

class Answer<Q, T> {
  public readonly queries: Q[] = [];
  private failures: DataErrorKind[] = [];
  private held: (() => void)[] | undefined;

  public constructor(private readonly answer: (q: Q) => T) {}

  public failNext(kind: DataErrorKind, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(kind);
  }

  /** Holds every answer until `release()`. */
  public hold(): void {
    this.held = [];
  }

  public release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    waiting.forEach((go) => go());
  }

  public async run(q: Q): Promise<T> {
    this.queries.push(q);
    if (this.held) await new Promise<void>((resolve) => this.held?.push(resolve));
    const failure = this.failures.shift();
    if (failure) throw new DataError(failure, `fake ${failure}`);
    return this.answer(q);
  }
}

export class FakeNavnenytRepository extends Answer<INavnenytQuery, INavnenytFeed> implements INavnenytRepository {
  public constructor(items: INavnenytItem[] = [], choices: IPrivacyChoices[] = []) {
    super(() => ({ items, choices: new Map(choices.map((c) => [c.employee.id, c])) }));
  }

  public getFeed(query: INavnenytQuery): Promise<INavnenytFeed> {
    return this.run(query);
  }

  public async getItems(query: INavnenytQuery): Promise<readonly INavnenytItem[]> {
    return (await this.run(query)).items.filter((i) => i.eventDate >= query.from && i.eventDate <= query.to);
  }
}

export class FakeStoryRepository extends Answer<IStoryQuery, readonly IStory[]> implements IStoryRepository {
  public constructor(stories: IStory[] = []) {
    super((q) => stories.slice(0, q.top ?? stories.length));
  }

  public getStories(query: IStoryQuery): Promise<readonly IStory[]> {
    return this.run(query);
  }
}

export class FakePortraitRepository extends Answer<IPortraitQuery, IPortraitFeed> implements IPortraitRepository {
  public constructor(portraits: IPortrait[] = [], choices: IPrivacyChoices[] = []) {
    super(() => ({ portraits, choices: new Map(choices.map((c) => [c.employee.id, c])) }));
  }

  public getPortraits(query: IPortraitQuery): Promise<IPortraitFeed> {
    return this.run(query);
  }
}

/** A consent matrix: every category on the intranet as given, LinkedIn all no unless given. */
export function matrix(intranet: boolean, overrides: Partial<Record<`${'intranet' | 'linkedIn' | 'facebook'}.${string}`, boolean>> = {}): ConsentMatrix {
  const channel = (name: 'intranet' | 'linkedIn' | 'facebook', base: boolean): Record<string, boolean> =>
    Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, overrides[`${name}.${c}`] ?? base]));
  return { intranet: channel('intranet', intranet), linkedIn: channel('linkedIn', false), facebook: channel('facebook', false) } as unknown as ConsentMatrix;
}

export function choicesOf(id: number, name: string, m: ConsentMatrix): IPrivacyChoices {
  return { id, employee: { id, name }, choices: m, registeredBy: 'Selvbetjening' };
}

/**
 * A privacy list for one signed-in person, keeping every saved version like SharePoint's versioning. HR may have
 * registered choices for the person (`registeredByHr`); saving then creates the person's own item, as the real one does.
 * `impostors` is what HR sees (undefined: the person is not in HR).
 */
export class FakePrivacyRepository implements IPrivacyRepository {
  public readonly versions: IPrivacyVersion[] = [];
  public failSaves: DataErrorKind | undefined;
  public impostors: IPrivacyItem[] | undefined;
  private mine: IPrivacyChoices | undefined;

  public constructor(private readonly me: { id: number; name: string }) {}

  public async getImpostors(): Promise<readonly IPrivacyItem[] | undefined> {
    return this.impostors ? [...this.impostors] : undefined;
  }

  public async recycleImpostor(itemId: number): Promise<void> {
    if (!this.impostors?.some((i) => i.id === itemId)) throw new DataError('conflict', 'fake: not an impostor');
    this.impostors = this.impostors.filter((i) => i.id !== itemId);
  }

  /** HR's own item for the person (the person cannot edit it). */
  public registeredByHr(choices: ConsentMatrix): void {
    this.mine = { id: 8, employee: this.me, choices, registeredBy: 'HR', etag: '"1"' };
  }

  public async getChoicesFor(ids: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>> {
    return new Map(this.mine && ids.includes(this.me.id) ? [[this.me.id, this.mine]] : []);
  }

  public async getMine(): Promise<IPrivacyChoices | undefined> {
    return this.mine;
  }

  public async saveMine(choices: ConsentMatrix, previous: IPrivacyChoices | undefined, consentTextVersion: string): Promise<IPrivacyChoices> {
    if (this.failSaves) throw new DataError(this.failSaves, `fake ${this.failSaves}`);
    const ownItem = this.mine?.registeredBy === 'Selvbetjening' ? this.mine : undefined;
    if (previous?.registeredBy !== 'HR' && previous?.etag !== ownItem?.etag) throw new DataError('conflict', 'fake 412');
    const n = this.versions.length + 1;
    this.mine = { id: 7, employee: this.me, choices, consentTextVersion, registeredBy: 'Selvbetjening', etag: `"${n}"` };
    this.versions.push({ label: `${n}.0`, savedAt: new Date(Date.UTC(2026, 10, 27, 9, n)).toISOString(), savedBy: this.me.name, choices });
    return this.mine;
  }

  /** HR changes the person's own item (a new version) behind the page's back; the item stays the person's. */
  public changeBehindBack(choices: ConsentMatrix): void {
    const n = this.versions.length + 1;
    this.mine = { id: 7, employee: this.me, choices, registeredBy: 'Selvbetjening', etag: `"${n}"` };
    this.versions.push({ label: `${n}.0`, savedAt: new Date(Date.UTC(2026, 10, 27, 9, n)).toISOString(), savedBy: 'Lars Østergaard', choices });
  }

  public async getHistory(): Promise<readonly IPrivacyVersion[]> {
    return [...this.versions].reverse();
  }

  public async getMineWithHistory(): Promise<IMineWithHistory> {
    return { mine: this.mine, history: this.mine ? await this.getHistory() : [] };
  }
}

/** A Navnenyt list with content approval and ETags: `decide` fails with a conflict when the item changed since. */
export class FakeNavnenytEditorRepository implements INavnenytEditorRepository {
  public readonly saved: INewNavnenyt[] = [];
  public readonly decisions: { id: number; decision: ApprovalDecision; comment: string }[] = [];
  public failSubmits: DataErrorKind[] = [];
  private readonly items = new Map<number, INavnenytItem>();

  public constructor(items: INavnenytItem[] = []) {
    items.forEach((i) => this.items.set(i.id, { ...i, etag: i.etag ?? '"1"' }));
  }

  /** Someone else edits the item (bumps its version). */
  public editBehindBack(id: number, patch: Partial<INavnenytItem>): void {
    const item = this.items.get(id);
    if (!item) throw new Error(`no item ${id}`);
    this.items.set(id, { ...item, ...patch, etag: `"${Number(String(item.etag).replace(/"/g, '')) + 1}"` });
  }

  public async submit(s: INewNavnenyt): Promise<INavnenytItem> {
    const failure = this.failSubmits.shift();
    if (failure) throw new DataError(failure, `fake ${failure}`);
    this.saved.push(s);
    const id = 100 + this.saved.length;
    const item: INavnenytItem = { id, type: s.type, name: s.name, eventDate: s.eventDate, consentConfirmed: s.consentConfirmed, approval: 'pending', etag: '"1"' };
    this.items.set(id, item);
    return item;
  }

  public async getPending(): Promise<readonly INavnenytItem[]> {
    return Array.from(this.items.values()).filter((i) => i.approval === 'pending');
  }

  public async getItem(id: number): Promise<INavnenytItem> {
    const item = this.items.get(id);
    if (!item) throw new DataError('notFound', 'fake 404');
    return item;
  }

  public async decide(id: number, decision: ApprovalDecision, comment: string, etag: string): Promise<void> {
    const item = await this.getItem(id);
    if (etag !== '*' && etag !== item.etag) throw new DataError('conflict', 'fake 412');
    this.decisions.push({ id, decision, comment });
    this.items.set(id, { ...item, approval: decision, approvalComment: comment });
  }
}

/** HR's payroll extract, searched by name or e-mail like the real list. */
export class FakeEmployeeDirectory implements IEmployeeDirectory {
  public constructor(
    private readonly employees: IPayrollEmployee[],
    private readonly readable = true,
  ) {}

  public async canRead(): Promise<boolean> {
    return this.readable;
  }

  public async search(text: string): Promise<readonly IPayrollEmployee[]> {
    const q = text.trim().toLocaleLowerCase('da');
    return q.length < 2 ? [] : this.employees.filter((e) => e.name.toLocaleLowerCase('da').includes(q) || (e.email ?? '').startsWith(q));
  }

  public async getAll(): Promise<readonly IPayrollEmployee[]> {
    return this.employees;
  }
}

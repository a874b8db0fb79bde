/** What the signed-in user may do, as a fake permission repository answers it for component tests. */
import { DataError } from '../../src/shared/data/errors';
import type { DataErrorKind } from '../../src/shared/data/errors';
import type { ListKey } from '../../src/shared/data/lists';
import { NO_RIGHTS } from '../../src/shared/data/permissions';
import type { IPermissionRepository, ListRights } from '../../src/shared/data/permissions';

export class FakePermissions implements IPermissionRepository {
  public readonly asked: ListKey[] = [];
  private failures: DataErrorKind[] = [];

  public constructor(private readonly rights: Partial<Record<ListKey, Partial<ListRights>>> = {}) {}

  public failNext(kind: DataErrorKind): void {
    this.failures.push(kind);
  }

  public rightsOn(list: ListKey): Promise<ListRights> {
    this.asked.push(list);
    const failure = this.failures.shift();
    if (failure) return Promise.reject(new DataError(failure, `fake ${failure}`));
    return Promise.resolve({ ...NO_RIGHTS, ...this.rights[list] });
  }
}

/** The demo roles on Navnenyt (emulator/site.json; test/data/permissions.test.ts checks the real answers). */
export const ROLES = {
  employee: new FakePermissions(),
  hr: new FakePermissions({ Navnenyt: { add: true } }),
  comms: new FakePermissions({ Navnenyt: { add: true, approve: true } }),
} as const;

/** @jest-environment jsdom */
/**
 * Web parts that write follow what SharePoint lets the signed-in user do on Navnenyt: HR's form for those who may add
 * items, the approval queue for those who may approve (communications, not HR); everyone else reads who does it and
 * how to reach them, in Danish or English, instead of a form that would fail or an empty queue.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { SubmitNavnenytGate } from '../../../../src/features/navnenyt/components/submitNavnenyt/SubmitNavnenytGate';
import { ApproveNavnenytGate } from '../../../../src/features/navnenyt/components/approveNavnenyt/ApproveNavnenytGate';
import type { IPermissionRepository } from '../../../../src/shared/data/permissions';
import type { Contact } from '../../../../src/shared/domain/contact';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { approveStrings } from '../../../../src/features/navnenyt/loc/approveStrings';
import { submitStrings } from '../../../../src/features/navnenyt/loc/submitStrings';
import type { UiLocale } from '../../../../src/shared/loc/strings';
import { FakeEmployeeDirectory, FakeNavnenytEditorRepository, FakeNavnenytRepository } from '../../../support/fakes';
import { FakeUserRepository } from '../../../support/fakeUsers';
import { FakeRejectedSubmissions } from '../../../support/fakeRejected';
import { FakeWithdrawalRepository, NoRetentionRepository } from '../../../support/withdrawalFakes';
import { FakePermissions, ROLES } from '../../../support/fakePermissions';

/** Counts what the queue asks for: nobody who may not approve should cause the request. */
class CountingEditor extends FakeNavnenytEditorRepository {
  public pendingCalls = 0;

  public override getPending(): ReturnType<FakeNavnenytEditorRepository['getPending']> {
    this.pendingCalls += 1;
    return super.getPending();
  }
}

const HR_MAIL: Contact = { kind: 'email', address: 'hr@norddjurs.dk' };

function renderSubmit(permissions: IPermissionRepository, contact?: Contact, locale: UiLocale = 'da'): FakeNavnenytEditorRepository {
  const repo = new FakeNavnenytEditorRepository();
  render(
    <SubmitNavnenytGate
      permissions={permissions}
      contact={contact}
      repository={repo}
      navnenyt={new FakeNavnenytRepository()}
      directory={new FakeEmployeeDirectory([])}
      users={new FakeUserRepository()}
      rejected={new FakeRejectedSubmissions()}
      strings={submitStrings(getCommonStrings(locale))}
      today="2026-11-27"
    />,
  );
  return repo;
}

function renderApprove(permissions: IPermissionRepository, contact?: Contact): CountingEditor {
  const repo = new CountingEditor([]);
  render(<ApproveNavnenytGate permissions={permissions} contact={contact} repository={repo} withdrawals={new FakeWithdrawalRepository()} retention={new NoRetentionRepository()} retentionDays={90} today="2026-11-27" strings={approveStrings(getCommonStrings('da'))} />);
  return repo;
}

describe('Indsend navnenyt', () => {
  it('shows HR the form', async () => {
    renderSubmit(ROLES.hr, HR_MAIL);
    expect(await screen.findByRole('button', { name: 'Send til godkendelse' })).toBeTruthy();
    expect(screen.queryByText(/Det er HR, der indsender navnenyt/)).toBeNull();
  });

  it('shows an employee who does it and how to write to them, and no form', async () => {
    renderSubmit(ROLES.employee, HR_MAIL);
    expect(await screen.findByText(/Det er HR, der indsender navnenyt/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Indsend navnenyt' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'hr@norddjurs.dk' }).getAttribute('href')).toBe('mailto:hr@norddjurs.dk');
    expect(screen.queryByRole('button', { name: 'Send til godkendelse' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('links to the page the setting names, in English too', async () => {
    renderSubmit(ROLES.employee, { kind: 'link', url: '/sites/intranet/SitePages/HR.aspx' }, 'en');
    expect(await screen.findByText(/HR submits name news/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'How to contact them' }).getAttribute('href')).toBe('/sites/intranet/SitePages/HR.aspx');
  });

  it('says whom to ask when no contact is set', async () => {
    renderSubmit(ROLES.employee);
    expect(await screen.findByText('Spørg din leder, hvis du ikke ved, hvem du skal kontakte.')).toBeTruthy();
  });

  it('explains a failed question and asks again on "Prøv igen"', async () => {
    const permissions = new FakePermissions({ Navnenyt: { add: true } });
    permissions.failNext('throttled');
    renderSubmit(permissions);
    fireEvent.click(await screen.findByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('button', { name: 'Send til godkendelse' })).toBeTruthy();
    expect(permissions.asked).toEqual(['Navnenyt', 'Navnenyt']);
  });
});

describe('Godkend navnenyt', () => {
  it('shows communications the queue', async () => {
    const repo = renderApprove(ROLES.comms);
    expect(await screen.findByText('Der er ingen navnenyt, der venter på godkendelse.')).toBeTruthy();
    expect(repo.pendingCalls).toBeGreaterThan(0);
  });

  it.each([
    ['HR, who submits but cannot approve', ROLES.hr],
    ['an employee', ROLES.employee],
  ])('shows %s who approves and how to reach them, and never asks for the queue', async (_who, permissions) => {
    const repo = renderApprove(permissions, { kind: 'email', address: 'kommunikation@norddjurs.dk' });
    expect(await screen.findByText(/Det er kommunikation, der godkender navnenyt/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'kommunikation@norddjurs.dk' })).toBeTruthy();
    expect(screen.queryByText('Der er ingen navnenyt, der venter på godkendelse.')).toBeNull();
    expect(repo.pendingCalls).toBe(0);
  });
});

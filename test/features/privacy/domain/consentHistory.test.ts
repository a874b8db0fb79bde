import { emptyConsentMatrix, withChoice, withdrawAll } from '../../../../src/features/privacy/domain/consent';
import { consentChanges, historyWithChanges } from '../../../../src/features/privacy/domain/consentHistory';
import type { IPrivacyVersion } from '../../../../src/features/privacy/domain/consentHistory';

const none = emptyConsentMatrix();
const birthday = withChoice(none, 'intranet', 'birthday', true);
const birthdayAndAge = withChoice(birthday, 'intranet', 'age', true);

describe('consent history', () => {
  it('lists only the yeses of a first registration', () => {
    expect(consentChanges(undefined, birthdayAndAge)).toEqual([
      { channel: 'intranet', category: 'birthday', from: false, to: true },
      { channel: 'intranet', category: 'age', from: false, to: true },
    ]);
  });

  it('shows a one-click withdrawal as every yes turned to no', () => {
    expect(consentChanges(birthdayAndAge, withdrawAll(birthdayAndAge))).toEqual([
      { channel: 'intranet', category: 'birthday', from: true, to: false },
      { channel: 'intranet', category: 'age', from: true, to: false },
    ]);
  });

  it('orders versions newest first, each with what it changed', () => {
    const versions: IPrivacyVersion[] = [
      { label: '2.0', savedAt: '2026-11-20T09:00:00Z', savedBy: 'Søren Ørsted', choices: birthdayAndAge },
      { label: '1.0', savedAt: '2026-11-01T09:00:00Z', savedBy: 'HR', choices: birthday },
      { label: '3.0', savedAt: '2026-11-27T09:00:00Z', savedBy: 'Søren Ørsted', choices: none },
    ];
    const history = historyWithChanges(versions);
    expect(history.map((h) => [h.version.label, h.changes.map((c) => `${c.category}:${c.to ? 'ja' : 'nej'}`)])).toEqual([
      ['3.0', ['birthday:nej', 'age:nej']],
      ['2.0', ['age:ja']],
      ['1.0', ['birthday:ja']],
    ]);
  });
});

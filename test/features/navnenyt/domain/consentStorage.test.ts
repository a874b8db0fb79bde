import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy/domain/consent';
import { notAllowedNow, storableNow, withdrawalTasks } from '../../../../src/features/navnenyt/domain/consentStorage';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
import type { ConsentCategory, IPrivacyChoices } from '../../../../src/features/privacy/domain/models';

const ANNE = { id: 7, name: 'Anne Hansen' };

function choices(...yes: ConsentCategory[]): IPrivacyChoices {
  return { employee: ANNE, choices: yes.reduce((m, c) => withChoice(m, 'intranet', c, true), emptyConsentMatrix()), registeredBy: 'Selvbetjening' };
}

function item(id: number, extra: Partial<INavnenytItem> = {}): INavnenytItem {
  return { id, type: 'birthday', name: 'Anne Hansen', employee: ANNE, eventDate: '2026-12-10', years: 60, consentConfirmed: true, approval: 'approved', ...extra };
}

const PHOTO = { url: '/sites/intranet/Lists/Navnenyt/Attachments/1/anne.jpg', alt: '' };

describe('what may be stored in the everyone-readable Navnenyt list', () => {
  it('stores the age and the photo only with the person\'s yes to each', () => {
    expect(storableNow('birthday', choices('birthday'))).toEqual({ mention: true, age: false, photo: false });
    expect(storableNow('birthday', choices('birthday', 'age', 'photo'))).toEqual({ mention: true, age: true, photo: true });
  });

  it('stores nothing about a category the person said no to', () => {
    expect(storableNow('jubilee', choices('birthday', 'age', 'photo')).mention).toBe(false);
  });

  it('without a choices item: the mention HR confirmed, never the age or a photo', () => {
    expect(storableNow('birthday', undefined)).toEqual({ mention: true, age: false, photo: false });
    expect(storableNow('jubilee', undefined)).toEqual({ mention: true, age: true, photo: false });
  });

  it('a memorial without choices: the relatives\' agreement covers the photo', () => {
    expect(storableNow('memorial', undefined)).toEqual({ mention: true, age: true, photo: true });
  });

  it('names what an item holds beyond the current choices', () => {
    expect(notAllowedNow(item(1, { photo: PHOTO }), choices('birthday'))).toEqual(['age', 'photo']);
    expect(notAllowedNow(item(1), choices())).toEqual(['mention', 'age']);
    expect(notAllowedNow(item(1, { type: 'jubilee', years: 25 }), choices('jubilee'))).toEqual([]);
  });
});

describe('Samtykke trukket tilbage: the tasks for communications', () => {
  it('lists the approved items of a withdrawn category, and items with an age or photo without a yes', () => {
    const birthday = item(1, { photo: PHOTO });
    const jubilee = item(2, { type: 'jubilee', years: 25, eventDate: '2026-12-01' });
    const tasks = withdrawalTasks([birthday, jubilee], new Map([[ANNE.id, choices('jubilee', 'birthday', 'age')]]));
    expect(tasks.map((t) => [t.item.id, t.notAllowed])).toEqual([[1, ['photo']]]);
    const none = withdrawalTasks([birthday, jubilee], new Map([[ANNE.id, choices()]]));
    expect(none.map((t) => [t.item.id, t.notAllowed])).toEqual([
      [2, ['mention']],
      [1, ['mention', 'age', 'photo']],
    ]);
  });

  it('leaves pending and rejected items to the approval queue, and people without choices alone', () => {
    const items = [item(1, { approval: 'pending' }), item(2, { approval: 'rejected' }), item(3, { employee: { id: 99, name: 'Bo Ørum' } }), item(4, { employee: undefined })];
    expect(withdrawalTasks(items, new Map([[ANNE.id, choices()]]))).toEqual([]);
  });
});

import { emptyConsentMatrix, indexPrivacyChoices, withChoice, withdrawAll } from '../../../../src/features/privacy/domain/consent';
import { selectForReader } from '../../../../src/features/navnenyt/domain/navnenytReader';
import { navnenytSettings } from '../../../../src/features/navnenyt/domain/navnenytSettings';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
import type { ConsentCategory, IPrivacyChoices } from '../../../../src/features/privacy/domain/models';

let nextId = 1;
function item(partial: Partial<INavnenytItem> & Pick<INavnenytItem, 'type' | 'name' | 'eventDate'>): INavnenytItem {
  const id = nextId++;
  return { id, employee: { id: 100 + id, name: partial.name }, consentConfirmed: true, approval: 'approved', ...partial };
}

function choicesOf(i: INavnenytItem, categories: readonly ConsentCategory[]): IPrivacyChoices {
  let m = emptyConsentMatrix();
  categories.forEach((c) => (m = withChoice(m, 'intranet', c, true)));
  return { employee: i.employee ?? { id: 0, name: i.name }, choices: m, registeredBy: 'Selvbetjening' };
}

const today = '2026-11-27';
const anne = item({ type: 'jubilee', name: 'Anne Hansen', eventDate: '2026-11-28', years: 25, area: 'Sundhed og Omsorg' });
const soeren = item({ type: 'birthday', name: 'Søren Ørsted', eventDate: '2026-11-27', years: 60, photo: { url: '/p.jpg', alt: '' }, area: 'Teknik og Miljø' });
const mette = item({ type: 'newColleague', name: 'Mette Kjær', eventDate: '2026-11-02', area: 'Børn og Unge' });
const jens = item({ type: 'retirement', name: 'Jens Berg', eventDate: '2026-12-04', area: 'Børn og Unge' });
const pending = item({ type: 'birthday', name: 'Per Venter', eventDate: '2026-11-27', years: 50, approval: 'pending' });
const expired = item({ type: 'birthday', name: 'Ole Gammel', eventDate: '2026-11-20', years: 50 }); // window ended 23 Nov
const all = [anne, soeren, mette, jens, pending, expired];

const index = indexPrivacyChoices([choicesOf(soeren, ['birthday', 'age']), choicesOf(anne, ['jubilee', 'photo'])]);

describe('selectForReader', () => {
  it('shows approved items inside their window, grouped and disclosed', () => {
    const groups = selectForReader(all, index, today);
    expect(groups.map((g) => [g.key, g.entries.map((e) => e.item.name)])).toEqual([
      ['today', ['Søren Ørsted']],
      ['thisWeek', ['Anne Hansen']],
      ['upcoming', ['Jens Berg']],
      ['recent', ['Mette Kjær']],
    ]);
    const soerenEntry = groups[0]?.entries[0];
    expect(soerenEntry?.disclosure).toEqual({ show: true, showAge: true, showPhoto: false });
  });

  it('gives a jubilee its reception day (Saturday 28 November → Monday 30 November)', () => {
    const entry = selectForReader([anne], index, today)[0]?.entries[0];
    expect(entry?.receptionDate).toBe('2026-11-30');
  });

  it('hides a person the moment they withdraw, on the next call', () => {
    const withdrawn = choicesOf(soeren, ['birthday', 'age']);
    const after = indexPrivacyChoices([{ ...withdrawn, choices: withdrawAll(withdrawn.choices) }]);
    expect(selectForReader([soeren], after, today)).toEqual([]);
  });

  it('filters by area ("Mit område") and by type, and limits the count in group order', () => {
    expect(selectForReader(all, index, today, { area: ' børn og unge ' }).flatMap((g) => g.entries.map((e) => e.item.name))).toEqual(['Jens Berg', 'Mette Kjær']);
    expect(selectForReader(all, index, today, { types: ['retirement', 'jubilee'] }).flatMap((g) => g.entries.map((e) => e.item.name))).toEqual([
      'Anne Hansen',
      'Jens Berg',
    ]);
    const limited = selectForReader(all, index, today, { maxItems: 2 });
    expect(limited.map((g) => [g.key, g.entries.length])).toEqual([
      ['today', 1],
      ['thisWeek', 1],
    ]);
  });

  it('follows the strict default policy when the municipality chooses it', () => {
    const strict = navnenytSettings({ intranetDefault: 'nothing' });
    // Only Søren and Anne have choices; Mette and Jens have none and disappear.
    expect(selectForReader(all, index, today, { settings: strict }).flatMap((g) => g.entries.map((e) => e.item.name))).toEqual(['Søren Ørsted', 'Anne Hansen']);
  });
});

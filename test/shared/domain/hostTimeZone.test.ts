/**
 * The domain must give the same calendar dates whatever the time zone of the machine running it (a reader's laptop
 * abroad, a CI server in UTC). Jest cannot change the zone inside a test, so each zone runs in its own Node process.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

const script = `
import { copenhagenToday, formatLongDate, fromSharePointDate, isoWeek, toSharePointDate, addDays } from './src/shared/domain/dates';
import { nextWorkingDay } from './src/shared/domain/holidays';
console.log(JSON.stringify({
  spring: formatLongDate('2026-03-29'),
  autumn: formatLongDate('2026-10-25'),
  week: isoWeek('2027-01-01'),
  today: copenhagenToday(new Date('2026-11-26T23:00:00Z')),
  back: fromSharePointDate('2026-07-31T22:00:00Z', 'Europe/Copenhagen'),
  stored: toSharePointDate('2026-10-26', 'Europe/Copenhagen'),
  plus: addDays('2026-03-28', 2),
  reception: nextWorkingDay('2026-08-01'),
}));
`;

const expected = {
  spring: 'søndag den 29. marts 2026',
  autumn: 'søndag den 25. oktober 2026',
  week: { year: 2026, week: 53 },
  today: '2026-11-27',
  back: '2026-08-01',
  stored: '2026-10-25T23:00:00Z',
  plus: '2026-03-30',
  reception: '2026-08-03',
};

describe('independent of the host time zone', () => {
  it.each(['UTC', 'Europe/Copenhagen', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('gives the same dates under TZ=%s', (zone) => {
    const out = execFileSync(tsx, ['--eval', script], { cwd: root, env: { ...process.env, TZ: zone }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  });
});

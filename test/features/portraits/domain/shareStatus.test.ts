import { allowedActions, changeStatus, effectiveStatus, statusHistory, withdrawalTasks } from '../../../../src/features/portraits/domain/shareStatus';
import type { IChannelShare, IPortrait } from '../../../../src/features/portraits/domain/models';

const TODAY = '2026-11-27';
const POST = 'https://www.linkedin.com/posts/norddjurs-kommune_velfaerd-activity-7212345';
const none: IChannelShare = { status: 'notShared' };

describe('status per channel', () => {
  it('goes Ikke delt → Klar til deling → Delt → Skal fjernes → Fjernet, and back to Ikke delt', () => {
    const ready = changeStatus('linkedIn', none, 'markReady', true, { today: TODAY, text: 'Mød Anne.' });
    expect(ready).toEqual({ ok: true, share: { status: 'readyToShare', text: 'Mød Anne.' } });
    if (!ready.ok) return;
    const shared = changeStatus('linkedIn', ready.share, 'markShared', true, { today: TODAY, postUrl: ` ${POST} `, date: '2026-11-26' });
    expect(shared).toEqual({ ok: true, share: { status: 'shared', text: 'Mød Anne.', postUrl: POST, sharedAt: '2026-11-26T12:00:00Z' } });
    if (!shared.ok) return;
    const toRemove = changeStatus('linkedIn', shared.share, 'markToRemove', true, { today: TODAY });
    expect(toRemove.ok && toRemove.share.status).toBe('toRemove');
    if (!toRemove.ok) return;
    const removed = changeStatus('linkedIn', toRemove.share, 'markRemoved', true, { today: TODAY, date: TODAY });
    expect(removed).toEqual({ ok: true, share: { ...toRemove.share, status: 'removed', removedAt: '2026-11-27T12:00:00Z' } });
    if (!removed.ok) return;
    expect(changeStatus('linkedIn', removed.share, 'reset', true, { today: TODAY })).toEqual({ ok: true, share: { status: 'notShared', text: 'Mød Anne.' } });
  });

  it('needs the person’s current yes to become ready or shared, never to go back or come down', () => {
    expect(allowedActions('notShared', false)).toEqual([]);
    expect(allowedActions('readyToShare', false)).toEqual(['reset']);
    expect(changeStatus('linkedIn', none, 'markReady', false, { today: TODAY })).toEqual({ ok: false, problem: 'noConsent' });
    expect(changeStatus('linkedIn', { status: 'readyToShare' }, 'markShared', false, { today: TODAY, postUrl: POST, date: TODAY })).toEqual({ ok: false, problem: 'noConsent' });
    expect(changeStatus('linkedIn', { status: 'shared', postUrl: POST }, 'markRemoved', false, { today: TODAY, date: TODAY }).ok).toBe(true);
    expect(changeStatus('linkedIn', none, 'markRemoved', true, { today: TODAY, date: TODAY })).toEqual({ ok: false, problem: 'notAllowed' });
  });

  it('marks shared only with that network’s post address and a day not after today', () => {
    const ready: IChannelShare = { status: 'readyToShare' };
    expect(changeStatus('facebook', ready, 'markShared', true, { today: TODAY, postUrl: POST, date: TODAY })).toEqual({ ok: false, problem: 'otherNetwork' });
    expect(changeStatus('linkedIn', ready, 'markShared', true, { today: TODAY, postUrl: '', date: TODAY })).toEqual({ ok: false, problem: 'empty' });
    expect(changeStatus('linkedIn', ready, 'markShared', true, { today: TODAY, postUrl: POST })).toEqual({ ok: false, problem: 'dateMissing' });
    expect(changeStatus('linkedIn', ready, 'markShared', true, { today: TODAY, postUrl: POST, date: '2026-11-28' })).toEqual({ ok: false, problem: 'dateInFuture' });
    expect(changeStatus('linkedIn', { status: 'shared', sharedAt: '2026-11-20T12:00:00Z' }, 'markRemoved', true, { today: TODAY, date: '2026-11-19' })).toEqual({ ok: false, problem: 'removedBeforeShared' });
  });

  it('shows a shared post whose person withdrew the channel’s yes as Skal fjernes, a task at the top', () => {
    const shared: IChannelShare = { status: 'shared', postUrl: POST, sharedAt: '2026-11-01T12:00:00Z' };
    expect(effectiveStatus(shared, true)).toBe('shared');
    expect(effectiveStatus(shared, false)).toBe('toRemove');
    expect(effectiveStatus({ status: 'readyToShare' }, false)).toBe('readyToShare');
    const p = (id: number, linkedIn: IChannelShare, facebook: IChannelShare = none): IPortrait => ({ id, name: `P${id}`, channels: { linkedIn, facebook } });
    const portraits = [p(1, shared), p(2, { ...shared, sharedAt: '2026-10-01T12:00:00Z' }), p(3, shared, { status: 'toRemove', postUrl: 'https://www.facebook.com/x/posts/1' })];
    const tasks = withdrawalTasks(portraits, (portrait) => portrait.id !== 1 && portrait.id !== 2);
    expect(tasks.map((t) => [t.portrait.id, t.channel])).toEqual([[2, 'linkedIn'], [1, 'linkedIn'], [3, 'facebook']]);
    expect(tasks[0].postUrl).toBe(POST);
  });
});

describe('status history from the list versions', () => {
  it('lists each change per channel, newest first, with who saved it', () => {
    const v = (label: string, savedAt: string, li: IChannelShare, fb: IChannelShare = none): { label: string; savedAt: string; savedBy: string; channels: { linkedIn: IChannelShare; facebook: IChannelShare } } => ({ label, savedAt, savedBy: 'Mette', channels: { linkedIn: li, facebook: fb } });
    const events = statusHistory([
      v('3.0', '2026-11-03T10:00:00Z', { status: 'shared', postUrl: POST }, { status: 'readyToShare' }),
      v('1.0', '2026-11-01T10:00:00Z', none),
      v('2.0', '2026-11-02T10:00:00Z', { status: 'readyToShare' }),
      v('4.0', '2026-11-04T10:00:00Z', { status: 'shared', postUrl: POST }, { status: 'readyToShare' }),
    ]);
    expect(events.map((e) => [e.channel, e.from, e.to])).toEqual([
      ['linkedIn', 'readyToShare', 'shared'],
      ['facebook', 'notShared', 'readyToShare'],
      ['linkedIn', 'notShared', 'readyToShare'],
    ]);
    expect(events[0]).toMatchObject({ postUrl: POST, savedBy: 'Mette', savedAt: '2026-11-03T10:00:00Z' });
  });
});

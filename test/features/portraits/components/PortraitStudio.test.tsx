/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { PortraitStudioGate } from '../../../../src/features/portraits/components/portraitStudio/PortraitStudioGate';
import type { IPhotoUpload, IPortraitInput, IPortraitStudioRepository } from '../../../../src/features/portraits/data/IPortraitStudioRepository';
import type { IChannelShare, IPortrait, PortraitChannel } from '../../../../src/features/portraits/domain/models';
import type { IPortraitVersion } from '../../../../src/features/portraits/domain/shareStatus';
import { studioStrings } from '../../../../src/features/portraits/loc/studioStrings';
import type { IPrivacyChoices } from '../../../../src/features/privacy';
import { DataError } from '../../../../src/shared/data/errors';
import type { IPermissionRepository, ListRights } from '../../../../src/shared/data/permissions';
import type { IPersonRef } from '../../../../src/shared/domain/models';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { choicesOf, matrix } from '../../../support/fakes';

const JONAS: IPersonRef = { id: 5, name: 'Jonas Møller Nielsen', email: 'jonas.nielsen@norddjurs.dk' };
const none: IChannelShare = { status: 'notShared' };

function portrait(channels: Partial<Record<PortraitChannel, IChannelShare>> = {}): IPortrait {
  return {
    id: 12,
    name: JONAS.name,
    employee: JONAS,
    profession: 'Pædagog',
    workplace: 'Børnehuset Ørum',
    quote: 'Ingen dage er ens.',
    story: 'Jonas har været pædagog i ni år.',
    jobAdvertUrl: 'https://www.norddjurs.dk/job/paedagog',
    channels: { linkedIn: none, facebook: none, ...channels },
    etag: '"1"',
  };
}

class FakeStudio implements IPortraitStudioRepository {
  public shares: { channel: PortraitChannel; share: IChannelShare }[] = [];
  public saves: IPortraitInput[] = [];
  public failSave: DataError | undefined;
  public failShare: DataError | undefined;
  public gets = 0;
  public constructor(public portraits: IPortrait[]) {}
  public async getAll(): Promise<readonly IPortrait[]> {
    return this.portraits;
  }
  public async get(id: number): Promise<IPortrait> {
    this.gets++;
    return this.portraits.find((p) => p.id === id) as IPortrait;
  }
  public async searchPeople(): Promise<readonly IPersonRef[]> {
    return [JONAS];
  }
  public async save(input: IPortraitInput, _photo: IPhotoUpload | undefined, existing?: IPortrait): Promise<IPortrait> {
    this.saves.push(input);
    if (this.failSave) throw this.failSave;
    return { ...(existing ?? portrait()), quote: input.quote };
  }
  public async setShare(p: IPortrait, channel: PortraitChannel, share: IChannelShare): Promise<IPortrait> {
    const fail = this.failShare;
    this.failShare = undefined;
    if (fail) throw fail;
    this.shares.push({ channel, share });
    const saved = { ...p, etag: `"${this.shares.length + 1}"`, channels: { ...p.channels, [channel]: share } };
    this.portraits = this.portraits.map((x) => (x.id === p.id ? saved : x));
    return saved;
  }
  public async getVersions(): Promise<readonly IPortraitVersion[]> {
    return [];
  }
  public async removePhoto(): Promise<void> {
    throw new Error('no photo is due in these tests');
  }
}

const rights = (add: boolean): IPermissionRepository => ({ rightsOn: async (): Promise<ListRights> => ({ add, approve: false }) });

function setup(opts: { add?: boolean; choices: () => IPrivacyChoices | undefined; portraits?: IPortrait[] }): { repo: FakeStudio; reads: () => number } {
  const repo = new FakeStudio(opts.portraits ?? [portrait()]);
  let reads = 0;
  const readChoices = async (ids: readonly number[]): Promise<ReadonlyMap<number, IPrivacyChoices>> => {
    reads++;
    const c = opts.choices();
    return new Map(c && ids.includes(c.employee.id) ? [[c.employee.id, c]] : []);
  };
  render(
    <PortraitStudioGate
      permissions={rights(opts.add ?? true)}
      repository={repo}
      readChoices={readChoices}
      strings={studioStrings(getCommonStrings('da'))}
      siteUrl="https://norddjurs.sharepoint.com/sites/intranet"
      today="2026-11-27"
      settings={{ campaign: 'Rekruttering Velfærd', hashtags: '#NorddjursKommune #velfærd', linkedInPageUrl: '', facebookPageUrl: '', myChoicesUrl: 'https://norddjurs.sharepoint.com/sites/intranet/SitePages/Mine-valg.aspx' }}
    />,
  );
  return { repo, reads: () => reads };
}

const linkedInOnly = (): IPrivacyChoices => choicesOf(5, JONAS.name, matrix(true, { 'linkedIn.portraitText': true, 'linkedIn.photo': true }));

async function openSharing(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: `Tekster, billeder og deling for ${JONAS.name}` }));
  await screen.findByText(/Læst i Privatlivsvalg kl\./);
}

const panel = (channel: PortraitChannel): HTMLElement => document.querySelector(`[data-channel="${channel}"]`) as HTMLElement;

describe('Portrætstudio', () => {
  it('is refused in Danish to those who may not add portraits, without asking for the portraits', async () => {
    const { reads } = setup({ add: false, choices: linkedInOnly });
    expect(await screen.findByText(/Portrætstudioet er kommunikationsafdelingens værktøj/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nyt portræt' })).toBeNull();
    expect(reads()).toBe(0);
  });

  it('offers a channel’s actions only with its yes, and asks for consent by a Danish e-mail otherwise', async () => {
    setup({ choices: linkedInOnly });
    await openSharing();
    const li = within(panel('linkedIn'));
    const fb = within(panel('facebook'));
    expect(li.getByRole('button', { name: 'Kopiér tekst' })).toBeTruthy();
    expect(li.getByRole('button', { name: 'Markér klar til deling' })).toBeTruthy();
    expect(fb.queryByRole('button', { name: 'Kopiér tekst' })).toBeNull();
    expect(fb.queryByRole('button', { name: /Åbn Facebook/ })).toBeNull();
    expect(fb.queryByRole('button', { name: 'Markér klar til deling' })).toBeNull();
    expect(screen.getByText('Jonas Møller Nielsen har ikke sagt ja til portrættekst på Facebook. Derfor kan portrættet ikke deles der.')).toBeTruthy();
    const ask = screen.getByRole('link', { name: 'Bed om samtykke til Facebook' });
    const href = ask.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:jonas.nielsen@norddjurs.dk?')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Mine-valg.aspx');
    // The text carries the lowercase tracked link.
    expect((li.getByLabelText('Tekst til LinkedIn') as HTMLTextAreaElement).value).toContain('utm_source=linkedin&utm_medium=social&utm_campaign=rekruttering-velfaerd&utm_content=portraet-12');
  });

  it('reads the consent again at every action: a yes withdrawn since the page loaded stops it, and nothing is saved or copied', async () => {
    let current: IPrivacyChoices | undefined = linkedInOnly();
    const { repo, reads } = setup({ choices: () => current });
    await openSharing();
    const before = reads();
    current = choicesOf(5, JONAS.name, matrix(true));
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await act(async () => {
      fireEvent.click(within(panel('linkedIn')).getByRole('button', { name: 'Kopiér tekst' }));
    });
    expect(await screen.findByText(/Samtykket er ændret: Jonas Møller Nielsen har ikke længere sagt ja til portrættekst på LinkedIn. Intet er delt eller ændret./)).toBeTruthy();
    expect(writeText).not.toHaveBeenCalled();
    expect(reads()).toBeGreaterThan(before);
    expect(repo.shares).toEqual([]);
  });

  it('keeps a status change from the composer: ready with the text, and a shared post only with a LinkedIn address', async () => {
    const { repo } = setup({ choices: linkedInOnly });
    await openSharing();
    await act(async () => {
      fireEvent.click(within(panel('linkedIn')).getByRole('button', { name: 'Markér klar til deling' }));
    });
    expect(await within(panel('linkedIn')).findByText('Status på LinkedIn: Klar til deling')).toBeTruthy();
    expect(repo.shares[0].share.text).toContain('Mød Jonas Møller Nielsen, pædagog i Børnehuset Ørum.');
    fireEvent.change(within(panel('linkedIn')).getByLabelText('Adresse på opslaget'), { target: { value: 'https://www.norddjurs.dk/nyheder/1' } });
    await act(async () => {
      fireEvent.click(within(panel('linkedIn')).getByRole('button', { name: 'Markér som delt' }));
    });
    expect(await within(panel('linkedIn')).findByText('Adressen er ikke på LinkedIn. Kopiér adressen fra selve opslaget.')).toBeTruthy();
    expect(repo.shares).toHaveLength(1);
    expect((within(panel('linkedIn')).getByLabelText('Adresse på opslaget') as HTMLInputElement).value).toBe('https://www.norddjurs.dk/nyheder/1');
  });

  it('says so when someone changed the portrait meanwhile (412), reads it again and keeps the typed post address', async () => {
    const { repo } = setup({ choices: linkedInOnly, portraits: [portrait({ linkedIn: { status: 'readyToShare' } })] });
    await openSharing();
    const li = within(panel('linkedIn'));
    fireEvent.change(li.getByLabelText('Adresse på opslaget'), { target: { value: 'https://www.linkedin.com/posts/x-activity-2' } });
    repo.failShare = new DataError('conflict', '412');
    await act(async () => {
      fireEvent.click(li.getByRole('button', { name: 'Markér som delt' }));
    });
    expect(await screen.findByText('En anden har ændret elementet i mellemtiden. Hent den nyeste udgave og prøv igen.')).toBeTruthy();
    expect(repo.gets).toBe(1);
    expect((li.getByLabelText('Adresse på opslaget') as HTMLInputElement).value).toBe('https://www.linkedin.com/posts/x-activity-2');
    await act(async () => {
      fireEvent.click(li.getByRole('button', { name: 'Markér som delt' }));
    });
    expect(await li.findByText('Status på LinkedIn: Delt')).toBeTruthy();
    expect(repo.shares.map((s) => s.share.status)).toEqual(['shared']);
  });

  it('shows a shared post whose person withdrew as Skal fjernes at the top', async () => {
    const shared = portrait({ linkedIn: { status: 'shared', postUrl: 'https://www.linkedin.com/posts/x-activity-1', sharedAt: '2026-11-20T12:00:00Z' } });
    setup({ choices: () => choicesOf(5, JONAS.name, matrix(true)), portraits: [shared] });
    const tasks = await screen.findByRole('region', { name: 'Skal fjernes' });
    expect(within(tasks).getByText('Jonas Møller Nielsen på LinkedIn: opslaget skal fjernes.')).toBeTruthy();
    expect(within(tasks).getByRole('link', { name: 'Åbn opslaget om Jonas Møller Nielsen på LinkedIn' }).getAttribute('href')).toBe('https://www.linkedin.com/posts/x-activity-1');
    expect(within(screen.getByRole('table')).getByText('Skal fjernes')).toBeTruthy();
  });

  it('records a withdrawal it finds as Skal fjernes in the list, once, keeping the post and its date', async () => {
    const post = { status: 'shared' as const, postUrl: 'https://www.linkedin.com/posts/x-activity-1', sharedAt: '2026-11-20T12:00:00Z' };
    const { repo } = setup({ choices: () => choicesOf(5, JONAS.name, matrix(true)), portraits: [portrait({ linkedIn: post })] });
    await screen.findByRole('region', { name: 'Skal fjernes' });
    expect(repo.shares).toEqual([{ channel: 'linkedIn', share: { ...post, status: 'toRemove' } }]);
  });

  it('keeps everything typed when saving fails, and says why in Danish', async () => {
    const { repo } = setup({ choices: linkedInOnly });
    fireEvent.click(await screen.findByRole('button', { name: `Rediger ${JONAS.name}` }));
    repo.failSave = new DataError('conflict', '412');
    fireEvent.change(screen.getByLabelText(/^Citat/), { target: { value: 'Hver dag er ny.' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Gem portræt' }));
    });
    expect(repo.saves).toHaveLength(1);
    expect(await screen.findByText(/ændret/i)).toBeTruthy();
    expect((screen.getByLabelText(/^Citat/) as HTMLTextAreaElement).value).toBe('Hver dag er ny.');
  });
});

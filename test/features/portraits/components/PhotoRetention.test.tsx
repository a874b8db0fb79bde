/** @jest-environment ./test/support/jsdomWithFetch.ts */
/**
 * *Fotos, der skal slettes* in the portrait studio, on the real repository against the local SharePoint (in-process):
 * the photo of a portrait taken down from LinkedIn, whose person allows no photo on the intranet, goes to the recycle
 * bin after a confirmation; the portrait keeps its text; a portrait still shared keeps its photo.
 */
import '@pnp/sp/recycle-bin';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { IEmulator } from '../../../../emulator';
import { PhotoRetention } from '../../../../src/features/portraits/components/portraitStudio/PhotoRetention';
import { PortraitStudioRepository } from '../../../../src/features/portraits/data/PortraitStudioRepository';
import { studioTexts } from '../../../../src/features/portraits/loc/studioTexts';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
let emu: IEmulator;

function addPortrait(title: string, email: string, linkedIn: string): number {
  const who = emu.admin.userId(email) as number;
  const [id] = emu.admin.addItems('Medarbejderportrætter', [{ Title: title, MnEmployeeId: who, MnProfession: 'Pædagog', MnQuote: 'Ingen dage er ens.', MnLinkedInStatus: linkedIn }], { authorEmail: USERS.comms });
  emu.admin.addAttachment('Medarbejderportrætter', id, 'foto.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
  return id;
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(async () => {
  await emu.close();
});

describe('Fotos, der skal slettes', () => {
  it('deletes the photo of a portrait taken down everywhere, whose person allows no photo, and keeps the rest', async () => {
    const removed = addPortrait('Jonas Møller Nielsen', USERS.employee, 'Fjernet');
    const shared = addPortrait('Sofie Andersen', USERS.employee2, 'Delt');
    const sp = spAs(emu, USERS.comms);
    const repository = new PortraitStudioRepository(sp, emu.siteUrl);
    // The photos are the items' attachments; the studio's form sets the photo column, so set it here as it would.
    for (const id of [removed, shared]) {
      await sp.web.lists.getByTitle('Medarbejderportrætter').items.getById(id).update({ MnPhoto: { Url: `/sites/intranet/Lists/Medarbejderportraetter/Attachments/${id}/foto.jpg`, Description: 'Foto' }, MnPhotoAlt: 'Foto' });
    }
    const portraits = await repository.getAll();
    expect(portraits.every((p) => p.photo !== undefined)).toBe(true);
    let reloads = 0;
    render(<PhotoRetention repository={repository} portraits={portraits} choices={new Map()} texts={studioTexts('da')} strings={getCommonStrings('da')} onDeleted={() => reloads++} />);
    expect(screen.getByText('1 portrætfotos skal slettes.')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('Jonas Møller Nielsen');
    fireEvent.click(screen.getByRole('button', { name: 'Slet 1 fotos' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slet dem' }));
    expect(await screen.findByText('1 portrætfotos er lagt i papirkurven.')).toBeTruthy();
    expect(reloads).toBe(1);
    const after = await repository.getAll();
    expect(after.find((p) => p.id === removed)).toMatchObject({ photo: undefined, quote: 'Ingen dage er ens.' });
    expect(after.find((p) => p.id === shared)?.photo).toBeDefined();
    const owner = spAs(emu, USERS.owner);
    const bin = (await owner.web.recycleBin()) as { LeafName: string; DirName: string }[];
    expect(bin.some((e) => e.LeafName === 'foto.jpg' && e.DirName.includes(`Attachments/${removed}`))).toBe(true);
  });

  it('shows nothing when no photo is due', () => {
    const { container } = render(<PhotoRetention repository={{} as PortraitStudioRepository} portraits={[]} choices={new Map()} texts={studioTexts('da')} strings={getCommonStrings('da')} onDeleted={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});

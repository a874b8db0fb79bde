import { isPhotoDueForDeletion, photosDueForDeletion } from '../../../../src/features/portraits/domain/photoRetention';
import type { IChannelShare, IPortrait, ShareStatus } from '../../../../src/features/portraits/domain/models';
import { choicesOf, matrix } from '../../../support/fakes';

const share = (status: ShareStatus): IChannelShare => ({ status });
const photo = { url: '/sites/intranet/Lists/Medarbejderportraetter/Attachments/3/anne.jpg', alt: 'Anne' };
const portrait = (linkedIn: ShareStatus, facebook: ShareStatus, withPhoto = true): Pick<IPortrait, 'photo' | 'channels' | 'employee'> => ({
  photo: withPhoto ? photo : undefined,
  channels: { linkedIn: share(linkedIn), facebook: share(facebook) },
  employee: { id: 7, name: 'Anne Hansen' },
});
const noPhotoYes = choicesOf(7, 'Anne Hansen', matrix(true, { 'intranet.photo': false }));
const photoYes = choicesOf(7, 'Anne Hansen', matrix(true, { 'intranet.photo': true }));

describe('when a portrait\'s photo is deleted', () => {
  it('is due when every channel it was shared on is Fjernet and the person allows no photo on the intranet', () => {
    expect(isPhotoDueForDeletion(portrait('removed', 'removed'), noPhotoYes)).toBe(true);
    // A channel never used does not keep the photo.
    expect(isPhotoDueForDeletion(portrait('removed', 'notShared'), noPhotoYes)).toBe(true);
    // No saved choices: no yes to the photo.
    expect(isPhotoDueForDeletion(portrait('removed', 'notShared'), undefined)).toBe(true);
  });

  it('is not due while a channel is ready, shared or waiting to be taken down', () => {
    for (const live of ['readyToShare', 'shared', 'toRemove'] as const) expect(isPhotoDueForDeletion(portrait('removed', live), noPhotoYes)).toBe(false);
  });

  it('is not due when the intranet may still show the photo, when it was never shared, or when there is none', () => {
    expect(isPhotoDueForDeletion(portrait('removed', 'removed'), photoYes)).toBe(false);
    expect(isPhotoDueForDeletion(portrait('notShared', 'notShared'), noPhotoYes)).toBe(false);
    expect(isPhotoDueForDeletion(portrait('removed', 'removed', false), noPhotoYes)).toBe(false);
  });

  it('finds the due ones among many by each person\'s choices', () => {
    const other = { ...portrait('removed', 'removed'), employee: { id: 8, name: 'Bo Berg' } };
    const due = photosDueForDeletion([portrait('removed', 'removed'), other], new Map([[7, noPhotoYes], [8, choicesOf(8, 'Bo Berg', matrix(true, { 'intranet.photo': true }))]]));
    expect(due.map((p) => p.employee?.name)).toEqual(['Anne Hansen']);
  });
});

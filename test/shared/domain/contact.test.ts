import { contactOf } from '../../../src/shared/domain/contact';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';

describe('the contact a web part setting names', () => {
  it.each([
    ['hr@norddjurs.dk', { kind: 'email', address: 'hr@norddjurs.dk' }],
    ['  mailto:kommunikation@norddjurs.dk ', { kind: 'email', address: 'kommunikation@norddjurs.dk' }],
    ['https://norddjurs.sharepoint.com/sites/intranet/SitePages/HR.aspx', { kind: 'link', url: 'https://norddjurs.sharepoint.com/sites/intranet/SitePages/HR.aspx' }],
    ['/sites/intranet/SitePages/Kommunikation.aspx', { kind: 'link', url: '/sites/intranet/SitePages/Kommunikation.aspx' }],
    ['https://www.norddjurs.dk/kontakt', { kind: 'link', url: 'https://www.norddjurs.dk/kontakt' }],
  ])('%s', (setting, contact) => {
    expect(contactOf(setting, SITE)).toEqual(contact);
  });

  it.each([[''], ['   '], [undefined], ['javascript:alert(1)'], ['HR'], ['http://evil.example/'], ['hr@norddjurs.dk?subject=<x>']])('%p is no contact', (setting) => {
    expect(contactOf(setting, SITE)).toBeUndefined();
  });
});

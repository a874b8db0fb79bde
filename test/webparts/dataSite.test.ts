import { dataSiteError, dataSiteOf } from '../../src/shared/webparts/dataSite';
import { getCommonStrings } from '../../src/shared/loc/strings';

const da = getCommonStrings('da');

describe('the site that holds the lists', () => {
  it('is the page\'s own site when the setting is empty or unusable', () => {
    expect(dataSiteOf({})).toBe('');
    expect(dataSiteOf({ dataSiteUrl: '  ' })).toBe('');
    expect(dataSiteOf({ dataSiteUrl: 'intranet' })).toBe('');
    expect(dataSiteOf({ dataSiteUrl: 'http://norddjurs.sharepoint.com/sites/intranet' })).toBe('');
  });

  it('is the intranet when a Teams tab names it, without a trailing slash', () => {
    expect(dataSiteOf({ dataSiteUrl: ' https://norddjurs.sharepoint.com/sites/intranet/ ' })).toBe('https://norddjurs.sharepoint.com/sites/intranet');
  });

  it('explains in Danish what to write when the address is not a SharePoint site', () => {
    expect(dataSiteError('', da)).toBe('');
    expect(dataSiteError('https://norddjurs.sharepoint.com/sites/intranet', da)).toBe('');
    expect(dataSiteError('https://norddjurs.sharepoint.com/', da)).toBe('');
    expect(dataSiteError('norddjurs.sharepoint.com/sites/intranet', da)).toMatch(/^Skriv den fulde adresse på et SharePoint-websted, der begynder med https:\/\//);
    expect(dataSiteError('https://www.norddjurs.dk/om-kommunen', da)).toBe(da.propertyPane.dataSiteInvalid);
  });
});

describe('a data site address that is not a site', () => {
  it('is refused both in the property pane and when reading the lists', () => {
    const page = 'https://norddjurs.sharepoint.com/sites/intranet/SitePages/Forside.aspx';
    expect(dataSiteError(page, da)).toBe(da.propertyPane.dataSiteInvalid);
    expect(dataSiteOf({ dataSiteUrl: page })).toBe('');
    expect(dataSiteOf({ dataSiteUrl: 'https://norddjurs.sharepoint.com/teams/hr' })).toBe('https://norddjurs.sharepoint.com/teams/hr');
  });
});

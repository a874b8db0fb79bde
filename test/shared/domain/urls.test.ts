import { judgeUrl, safeUrl } from '../../../src/shared/domain/urls';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';
const LOCAL = 'http://localhost:4321/sites/intranet';

describe('links (href) from list data', () => {
  it.each([
    ['https://www.norddjurs.dk/job/paedagog', 'https://www.norddjurs.dk/job/paedagog'],
    ['  https://www.linkedin.com/feed/update/urn:li:activity:1  ', 'https://www.linkedin.com/feed/update/urn:li:activity:1'],
    ['/sites/intranet/SitePages/Privatliv.aspx', '/sites/intranet/SitePages/Privatliv.aspx'],
    [`${SITE}/SitePages/Privatliv.aspx#formaal`, `${SITE}/SitePages/Privatliv.aspx#formaal`],
    ['HTTPS://WWW.NORDDJURS.DK/', 'https://www.norddjurs.dk/'],
  ])('allows %s', (value, expected) => {
    expect(safeUrl(value, 'link', SITE)).toBe(expected);
  });

  it.each([
    ['javascript:alert(document.cookie)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['  \tjavascript:alert(1)', 'scheme'],
    ['java\nscript:alert(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['http://www.norddjurs.dk/job', 'scheme'],
    ['//evil.example/job', 'unreadable'],
    ['www.norddjurs.dk/job', 'unreadable'],
    ['mailto:hr@norddjurs.dk', 'scheme'],
    ['https://www.norddjurs.dk@evil.example/job', 'credentials'],
    ['https://user:secret@www.norddjurs.dk/', 'credentials'],
    ['', 'empty'],
    ['https://', 'unreadable'],
  ])('drops %s (%s)', (value, reason) => {
    expect(judgeUrl(value, 'link', SITE)).toEqual({ ok: false, reason });
  });
});

describe('images (src) from list data', () => {
  it.each([
    ['/sites/intranet/Billeder/anne.jpg', '/sites/intranet/Billeder/anne.jpg'],
    ['/sites/intranet/Lists/Navnenyt/Attachments/7/anne.jpg', '/sites/intranet/Lists/Navnenyt/Attachments/7/anne.jpg'],
    [`${SITE}/Billeder/anne%20hansen.jpg`, `${SITE}/Billeder/anne%20hansen.jpg`],
    ['https://Norddjurs.SharePoint.com/Sites/Intranet/Billeder/bo.jpg', 'https://norddjurs.sharepoint.com/Sites/Intranet/Billeder/bo.jpg'],
  ])('allows the site’s own %s', (value, expected) => {
    expect(safeUrl(value, 'image', SITE)).toBe(expected);
  });

  it('allows the local SharePoint’s own images, which it serves over http', () => {
    expect(safeUrl(`${LOCAL}/Billeder/a.svg`, 'image', LOCAL)).toBe(`${LOCAL}/Billeder/a.svg`);
    expect(safeUrl('/sites/intranet/Billeder/a.svg', 'image', LOCAL)).toBe('/sites/intranet/Billeder/a.svg');
  });

  it.each([
    ['https://tracker.example/pixel.gif?u=anne', 'foreign'],
    ['https://norddjurs.sharepoint.com/sites/andet/Billeder/a.jpg', 'foreign'],
    ['/sites/intranet2/Billeder/a.jpg', 'foreign'],
    ['/sites/intranet/../andet/Billeder/a.jpg', 'foreign'],
    ['/sites/intranet/%2e%2e/andet/a.jpg', 'foreign'],
    ['//tracker.example/pixel.gif', 'unreadable'],
    ['/\\tracker.example/pixel.gif', 'unreadable'],
    ['Billeder/anne.jpg', 'unreadable'],
    ['data:image/svg+xml,<svg onload="alert(1)"/>', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
  ])('drops %s (%s)', (value, reason) => {
    expect(judgeUrl(value, 'image', SITE)).toEqual({ ok: false, reason });
  });
});

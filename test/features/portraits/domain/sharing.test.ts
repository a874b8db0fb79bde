import {
  channelLink,
  employeeShareLink,
  facebookSharer,
  linkedInShareOffsite,
  openChannelUrl,
  postUrlProblem,
  publicLinkProblem,
  utmToken,
  withUtm,
} from '../../../../src/features/portraits/domain/sharing';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';
const ADVERT = 'https://www.norddjurs.dk/job/ledige-stillinger/sosu-assistent';

describe('the public link', () => {
  it('accepts a public https page and refuses the intranet, whose pages LinkedIn and Facebook cannot read', () => {
    expect(publicLinkProblem(ADVERT, SITE)).toBeUndefined();
    expect(publicLinkProblem('https://norddjurs.sharepoint.com/sites/job/SitePages/sosu.aspx', SITE)).toBe('intranet');
    expect(publicLinkProblem('https://contoso-my.sharepoint.com/x', SITE)).toBe('intranet');
    expect(publicLinkProblem('http://localhost:4321/sites/intranet/SitePages/job.aspx', 'http://localhost:4321/sites/intranet')).toBe('intranet');
    expect(publicLinkProblem('https://intranet.norddjurs.dk/job', 'https://intranet.norddjurs.dk/sites/intranet')).toBe('intranet');
    expect(publicLinkProblem('https://intra/job', SITE)).toBe('intranet');
    expect(publicLinkProblem('http://www.norddjurs.dk/job', SITE)).toBe('notHttps');
    expect(publicLinkProblem('www.norddjurs.dk/job', SITE)).toBe('invalid');
    expect(publicLinkProblem('javascript:alert(1)', SITE)).toBe('invalid');
    expect(publicLinkProblem('  ', SITE)).toBe('empty');
  });
});

describe('UTM parameters', () => {
  it('are lowercase tokens, Danish letters spelled out', () => {
    expect(utmToken('Rekruttering Velfærd 2026')).toBe('rekruttering-velfaerd-2026');
    expect(utmToken('Ældre/Pleje – Ø og Å')).toBe('aeldre-pleje-oe-og-aa');
  });

  it('are set on the link, replacing any already there and keeping its own parameters', () => {
    const url = withUtm(`${ADVERT}?id=7&utm_source=Old`, { source: 'LinkedIn', medium: 'Social', campaign: 'Rekruttering Velfærd', content: 'Portraet-12' });
    const params = new URL(url).searchParams;
    expect(params.get('id')).toBe('7');
    expect([params.get('utm_source'), params.get('utm_medium'), params.get('utm_campaign'), params.get('utm_content')]).toEqual(['linkedin', 'social', 'rekruttering-velfaerd', 'portraet-12']);
    expect(url).toBe(url.toLowerCase().replace('id=7', 'id=7'));
  });

  it('name the channel and the portrait (never the person) for communications, and the employee for their own share', () => {
    expect(channelLink(ADVERT, 'facebook', 'sommer', 12)).toBe(`${ADVERT}?utm_source=facebook&utm_medium=social&utm_campaign=sommer&utm_content=portraet-12`);
    expect(employeeShareLink(ADVERT, 3)).toBe(`${ADVERT}?utm_source=linkedin&utm_medium=employee&utm_content=portraet-3`);
    expect(channelLink(ADVERT, 'linkedIn', '', 1)).not.toContain('utm_campaign');
  });
});

describe('share and post addresses', () => {
  it('builds LinkedIn share-offsite and Facebook sharer addresses with the encoded link', () => {
    expect(linkedInShareOffsite(`${ADVERT}?a=1&b=2`)).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(`${ADVERT}?a=1&b=2`)}`);
    expect(facebookSharer(ADVERT)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(ADVERT)}`);
  });

  it('opens the organisation page admin address when set and valid, else the share address', () => {
    expect(openChannelUrl('linkedIn', ADVERT, 'https://www.linkedin.com/company/norddjurs-kommune/admin/')).toBe('https://www.linkedin.com/company/norddjurs-kommune/admin/');
    expect(openChannelUrl('linkedIn', ADVERT, 'https://evil.example/admin')).toBe(linkedInShareOffsite(ADVERT));
    expect(openChannelUrl('facebook', ADVERT, '')).toBe(facebookSharer(ADVERT));
  });

  it("accepts a post's address only on that network", () => {
    expect(postUrlProblem('linkedIn', 'https://www.linkedin.com/posts/norddjurs-kommune_velfaerd-activity-7212345')).toBeUndefined();
    expect(postUrlProblem('linkedIn', 'https://www.linkedin.com/feed/update/urn:li:activity:7212345/')).toBeUndefined();
    expect(postUrlProblem('linkedIn', 'https://www.facebook.com/NorddjursKommune/posts/pfbid02')).toBe('otherNetwork');
    expect(postUrlProblem('linkedIn', 'https://www.linkedin.com/company/norddjurs-kommune/')).toBe('notAPost');
    expect(postUrlProblem('linkedIn', 'https://linkedin.com.evil.example/posts/x')).toBe('otherNetwork');
    expect(postUrlProblem('linkedIn', 'http://www.linkedin.com/posts/x')).toBe('invalid');
    expect(postUrlProblem('facebook', 'https://www.facebook.com/NorddjursKommune/posts/pfbid02abc')).toBeUndefined();
    expect(postUrlProblem('facebook', 'https://www.facebook.com/permalink.php?story_fbid=1&id=2')).toBeUndefined();
    expect(postUrlProblem('facebook', 'https://www.facebook.com/NorddjursKommune')).toBe('notAPost');
    expect(postUrlProblem('facebook', '')).toBe('empty');
    expect(postUrlProblem('facebook', 'ikke en adresse')).toBe('invalid');
  });
});

/** @jest-environment jsdom */
import { sanitizeStoryHtml } from '../../../../src/features/stories/components/storyPage/sanitize';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';

describe("a story page's HTML", () => {
  it('loses scripts, event handlers, javascript: URLs, foreign iframes and images from elsewhere', () => {
    const hostile = [
      '<p onclick="steal()">Hej <strong>kolleger</strong><script>alert(1)</script></p>',
      '<img src="x" onerror="alert(2)">',
      '<a href="javascript:alert(3)">klik</a> <a href="JaVaScRiPt&colon;alert(4)">igen</a> <a href=" javascript:alert(5)">og igen</a>',
      '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="y">',
      '<svg><script>alert(6)</script></svg><math><mi xlink:href="javascript:alert(7)">x</mi></math>',
      '<img src="https://tracker.example/p.gif" alt="pixel"><a href="data:text/html,<script>alert(8)</script>">data</a>',
      '<form action="https://evil.example"><input name="pw"></form><style>body{display:none}</style>',
      '<p style="background:url(javascript:alert(9))">stil</p><div><p>I en div</p></div>',
    ].join('');
    const out = sanitizeStoryHtml(hostile, SITE);
    expect(out).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|<object|<embed|<svg|<math|<form|<input|<style|style=|tracker\.example|data:text/i);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.body.textContent).toContain('Hej kolleger');
    expect(doc.body.textContent).toContain('I en div');
    expect(Array.from(doc.querySelectorAll('a')).every((a) => !a.hasAttribute('href'))).toBe(true);
  });

  it("keeps the editor's headings, lists, links to https and the site, and the site's own images", () => {
    const html =
      '<h2>Det næste skridt</h2><ul><li>Sted: Grenaa</li></ul><p>Læs mere på <a href="https://www.norddjurs.dk">norddjurs.dk</a> og <a href="/sites/intranet">intranettets forside</a>.</p>' +
      '<img src="/sites/intranet/Billeder/havn.jpg" alt="Havnen">';
    const out = sanitizeStoryHtml(html, SITE);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelector('h2')?.textContent).toBe('Det næste skridt');
    expect(doc.querySelector('li')?.textContent).toBe('Sted: Grenaa');
    expect(Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://www.norddjurs.dk/', '/sites/intranet']);
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('/sites/intranet/Billeder/havn.jpg');
    expect(doc.querySelector('img')?.getAttribute('loading')).toBe('lazy');
  });
});

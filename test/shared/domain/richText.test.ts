import { richTextParagraphs } from '../../../src/shared/domain/richText';

describe('a story body as plain paragraphs', () => {
  it('keeps the text of each paragraph and line, with entities decoded', () => {
    expect(richTextParagraphs('<div><p>Hjemmeplejen i <strong>Auning</strong> &amp; Ørum</p><p>Ny bil&nbsp;på vej<br>i januar</p></div>')).toEqual([
      'Hjemmeplejen i Auning & Ørum',
      'Ny bil på vej',
      'i januar',
    ]);
  });

  it('drops scripts, styles and attributes instead of passing them on', () => {
    expect(richTextParagraphs('<p onclick="x()">Hej</p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>')).toEqual(['Hej']);
  });

  it('normalises å typed as a + ring to one character', () => {
    expect(richTextParagraphs('<p>A\u030Aboulevarden</p>')).toEqual(['\u00C5boulevarden']);
  });
});

import { detectEncoding, detectSeparator, isValidUtf8, looksLikeXml } from '../../../../src/features/employees/domain/fileFormat';
import { sofdCsv, utf8, utf8Bom, windows1252 } from '../support/files';

describe('encoding', () => {
  it('tells UTF-8 with BOM, UTF-8 and Windows-1252 apart', () => {
    expect(detectEncoding(utf8Bom('MaNr;Navn\r\n1;Søren'))).toBe('utf-8-bom');
    expect(detectEncoding(utf8('MaNr;Navn\r\n1;Søren'))).toBe('utf-8');
    expect(detectEncoding(windows1252('MaNr;Navn\r\n1;Søren'))).toBe('windows-1252');
    // Pure ASCII is valid UTF-8 (and the same in Windows-1252).
    expect(detectEncoding(utf8('MaNr;Navn'))).toBe('utf-8');
  });

  it('refuses overlong forms, surrogates and truncated sequences as UTF-8', () => {
    expect(isValidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(false);
    expect(isValidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(false);
    expect(isValidUtf8(new Uint8Array([0x41, 0xc3]))).toBe(false);
    expect(isValidUtf8(new Uint8Array([0xc3, 0xa6, 0xf0, 0x9f, 0x98, 0x80]))).toBe(true);
  });
});

describe('separator and kind', () => {
  it('finds ; in a SOFD export with a quoted ; inside a cell', () => {
    expect(detectSeparator(sofdCsv())).toBe(';');
  });

  it('finds , when the Danish text has commas only inside quotes', () => {
    expect(detectSeparator('Navn,Arbejdssted\r\nAnne,"Hjemmeplejen Syd; Grenaa"\r\nBo,"Skole, Auning"')).toBe(',');
    expect(detectSeparator('\uFEFFNavn,Nr\nA,1')).toBe(',');
  });

  it('finds tab, and ; when nothing tells', () => {
    expect(detectSeparator('Navn\tNr\nA\t1')).toBe('\t');
    expect(detectSeparator('Navn\nA')).toBe(';');
  });

  it('knows XML from CSV by its content', () => {
    expect(looksLikeXml('  <?xml version="1.0"?><kmd/>')).toBe(true);
    expect(looksLikeXml('MaNr;Navn')).toBe(false);
  });
});

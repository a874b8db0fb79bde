/**
 * Real-looking HR files for the import's tests: a SOFD-style export (Windows-1252, `;`, CRLF), an Excel-made CSV
 * (UTF-8 with BOM, `,`), and large generated extracts. Fictional people; the CPR numbers are made up.
 */
export const SOFD_HEADER = 'MaNr;Navn;Kaldenavn;Email;CPR;Stillingsbetegnelse;OrganisationNavn;FoersteAnsaettelsesdato;Ansaettelsesdato;Ophoersdato;Jubilaeumsanciennitetsdato';

export const SOFD_ROWS = [
  '100017;Anne Sofie Ærø Hansen;;anne.hansen@norddjurs.dk;120376-1234;Social- og sundhedsassistent;Hjemmeplejen Syd;01-08-1998;01-08-1998;;01-08-2001',
  '100018;Bjørn Østergaard;Bjørn Østergaard;bjorn.ostergaard@norddjurs.dk;031265-2345;Vejmand;"Vej; Park og Grønne Områder";15-03-1990;15-03-1990;;15-03-1990',
  '100019;René Åkesson-Møller;;rene.akesson@norddjurs.dk;290204-4321;Pædagogmedhjælper;Børnehuset Solsikken;01-09-2024;01-09-2024;;01-09-2024',
  '100020;Zoë Frøslev;;zoe.froslev@norddjurs.dk;;Lærer;Grenaa Skole;01-02-1989;01-02-2005;31-12-2026;01-02-1989',
];

/** The text as Windows-1252 bytes (every character used is in Latin-1, where the two agree). */
export function windows1252(text: string): Uint8Array {
  for (const ch of text) if (ch.charCodeAt(0) > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

export function utf8Bom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

export function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/** A SOFD export as Danish Excel or SQL Server writes it: CRLF, and two empty lines at the end. */
export function sofdCsv(rows: readonly string[] = SOFD_ROWS): string {
  return `${[SOFD_HEADER, ...rows].join('\r\n')}\r\n\r\n\r\n`;
}

/** An Excel-made file: Danish headers, `,` as separator, dates as dd.mm.yyyy, LF. */
export function excelCsv(): string {
  return [
    'Medarbejdernr.,Fornavn,Efternavn,E-mail,Fødselsdato,Jubilæumsdato,Ansat fra,Stilling,Arbejdssted,Område',
    '2001,Lærke,Sørensen,laerke.sorensen@norddjurs.dk,14.02.1971,01.04.1996,01.04.2001,Sygeplejerske,"Plejecenter Digterparken, Grenaa",Social og Sundhed',
    '2002,Jens-Ole,Ærtebjerg,jens-ole.aertebjerg@norddjurs.dk,02.12.1976,01.12.2001,01.12.2001,Ingeniør,Teknik og Miljø,Teknik og Miljø',
    '',
  ].join('\n');
}

/** A generated full extract of `n` employees (SOFD columns, `;`), with ISO dates; `salt` changes every 15th job title. */
export function largeSofd(n: number, salt = ''): string {
  const lines = ['MaNr;Navn;Email;Fødselsdato;Jubilaeumsanciennitetsdato;Ansaettelsesdato;Stillingsbetegnelse;OrganisationNavn'];
  for (let i = 0; i < n; i++) {
    const y = 1960 + (i % 45);
    const m = String(1 + (i % 12)).padStart(2, '0');
    const d = String(1 + (i % 28)).padStart(2, '0');
    const title = i % 15 === 0 ? `Konsulent${salt}` : 'Konsulent';
    lines.push(`${300000 + i};Medarbejder Nr ${i} Ærøsen;m${i}@norddjurs.dk;${d}-${m}-${y};${d}-${m}-${y + 25};${d}-${m}-${y + 25};${title};"Enhed ${i % 300}; Norddjurs"`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

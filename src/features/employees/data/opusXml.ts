/**
 * A KMD OPUS employee dump (`<kmd>` root; `<orgUnit id>` with `longName`; `<employee id>` with `entryDate`,
 * `leaveDate`, `cpr`, `firstName`, `lastName`, `position`, `orgUnit`, optional `email`; a leaver may be a bare
 * `<employee id="…" action="leave"/>`) as a table with OPUS's names as headers. The unit is given by its long name.
 */
import type { IRawRow, IRawTable } from '../domain/importModels';
import { ImportFileError } from './importFileError';

export const OPUS_HEADERS = ['id', 'action', 'firstName', 'lastName', 'email', 'cpr', 'position', 'orgUnit', 'entryDate', 'leaveDate'] as const;

function childText(el: Element, name: string): string {
  for (const child of Array.from(el.children)) {
    if (child.localName === name) return (child.textContent ?? '').trim();
  }
  return '';
}

/** The line each `<employee` starts on, in document order. */
function employeeLines(text: string): number[] {
  const lines: number[] = [];
  const re = /<employee[\s/>]/g;
  let line = 1;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = from; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = m.index;
    lines.push(line);
  }
  return lines;
}

export function readOpusXml(text: string, fileName: string, encoding: IRawTable['encoding']): IRawTable {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new ImportFileError('notXml', `${fileName}: not well-formed XML`);
  const root = doc.documentElement;
  if (root.localName !== 'kmd') throw new ImportFileError('notOpus', `${fileName}: root is <${root.localName}>, not <kmd>`);
  const units = new Map<string, string>();
  for (const unit of Array.from(root.getElementsByTagName('orgUnit'))) {
    const id = unit.getAttribute('id');
    if (id) units.set(id, childText(unit, 'longName') || childText(unit, 'shortName'));
  }
  const lines = employeeLines(text);
  const rows: IRawRow[] = Array.from(root.getElementsByTagName('employee')).map((el, i) => {
    const unit = childText(el, 'orgUnit');
    const cells = [
      el.getAttribute('id') ?? '',
      el.getAttribute('action') ?? '',
      childText(el, 'firstName'),
      childText(el, 'lastName'),
      childText(el, 'email'),
      childText(el, 'cpr'),
      childText(el, 'position'),
      units.get(unit) ?? unit,
      childText(el, 'entryDate'),
      childText(el, 'leaveDate'),
    ];
    return { line: lines[i] ?? 0, cells };
  });
  if (rows.length === 0) throw new ImportFileError('noRows', `${fileName}: no <employee> elements`);
  return { kind: 'opus', fileName, headers: [...OPUS_HEADERS], rows, encoding };
}

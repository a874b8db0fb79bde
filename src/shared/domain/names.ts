/** Names as Danish readers expect them: normalised, and sorted Danish-style. */

/** A name as displayed and compared: NFC (one code point for å), trimmed, single spaces. No ASCII folding. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const danishCollator = new Intl.Collator('da', { sensitivity: 'variant', numeric: true });

/** Danish name order: … Z, Æ, Ø, Å/Aa; "Aalborg" after "Ørsted". */
export function compareNamesDanish(a: string, b: string): number {
  return danishCollator.compare(normalizeName(a), normalizeName(b));
}

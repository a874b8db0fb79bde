/** Fills the text placeholders ({navn}, {fornavn}, {stilling}, {arbejdssted}, {by}) with an employee's details. */
import { IDemoEmployee } from './employees';
import { atWorkplace } from './places';

/** Danish genitive: "Jens'" but "Annes". */
export function genitiveDa(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

export function fillText(text: string, e: IDemoEmployee): string {
  return text
    .replace(/\{fornavn\}s\b/g, genitiveDa(e.firstName))
    .replace(/\{navn\}s\b/g, genitiveDa(e.displayName))
    .replace(/\{fornavn\}/g, e.firstName)
    .replace(/\{navn\}/g, e.displayName)
    .replace(/\{stilling\}/g, e.jobTitle)
    .replace(/\b(i|på) \{arbejdssted\}/g, atWorkplace(e.workplace))
    .replace(/\{arbejdssted\}/g, e.workplace)
    .replace(/\{by\}/g, e.town);
}

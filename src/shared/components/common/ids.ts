import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';

/**
 * Element ids come from the web part instance: two copies of a web part on one page (say, one Navnenyt per area)
 * must never share an id, or labels, headings and error links point into the other copy. A root takes a unique
 * prefix once (`useInstanceId`), gives it to its WebPartSection, and everything inside builds its ids on it
 * (`useIdScope`).
 */
export function useInstanceId(name: string): string {
  const [id] = React.useState(() => getId(`${name}-`));
  return id;
}

export const IdScope = React.createContext<string>('medarbejdernyt');

/** The web part instance's id prefix, for ids inside its section: `${scope}-field-type`. */
export function useIdScope(): string {
  return React.useContext(IdScope);
}

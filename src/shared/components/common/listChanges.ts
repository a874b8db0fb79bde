/**
 * Web parts on one page tell each other when they changed a list, so what another shows follows at once (HR loads the
 * employee extract in *Indlæs medarbejderdata*; *Indsend navnenyt*'s suggestions beside it read the list again).
 * A DOM event on the window: it crosses the two bundles, and carries only the list's title.
 */
import * as React from 'react';

const EVENT = 'medarbejdernyt:list-changed';

/** Says that this web part changed the list with this title. */
export function announceListChanged(listTitle: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: listTitle }));
}

/** A number that grows each time a web part on the page announces a change to the list: put it in a load's dependencies. */
export function useListChanges(listTitle: string): number {
  const [changes, setChanges] = React.useState(0);
  React.useEffect(() => {
    const onChange = (e: Event): void => {
      if ((e as CustomEvent<string>).detail === listTitle) setChanges((n) => n + 1);
    };
    window.addEventListener(EVENT, onChange);
    return () => window.removeEventListener(EVENT, onChange);
  }, [listTitle]);
  return changes;
}

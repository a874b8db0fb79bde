import * as React from 'react';

function read(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage blocked (private mode, some Teams clients): the choice lasts for the page only
  }
}

/** A string remembered on this device (localStorage); `undefined` clears it. */
export function useStoredState(key: string): [string | undefined, (value: string | undefined) => void] {
  const [value, setValue] = React.useState<string | undefined>(() => read(key));
  const update = React.useCallback(
    (next: string | undefined) => {
      setValue(next);
      try {
        if (next === undefined) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, next);
      } catch {
        // see read()
      }
    },
    [key],
  );
  return [value, update];
}

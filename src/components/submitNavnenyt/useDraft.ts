import * as React from 'react';
import type { IFormState } from './formState';

const KEY = 'medarbejdernyt:navnenyt:kladde';

function load(): IFormState | undefined {
  try {
    const text = window.localStorage.getItem(KEY);
    return text ? (JSON.parse(text) as IFormState) : undefined;
  } catch {
    return undefined;
  }
}

/** An unsent submission kept in this browser, so a failed save never loses HR's work. */
export function useDraft(): { draft: IFormState | undefined; keep: (form: IFormState) => boolean; discard: () => void } {
  const [draft, setDraft] = React.useState<IFormState | undefined>(load);
  const keep = React.useCallback((form: IFormState): boolean => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(form));
      return true;
    } catch {
      // Storage full (a large photo) or blocked: keep it without the photo rather than not at all.
      try {
        window.localStorage.setItem(KEY, JSON.stringify({ ...form, photo: undefined }));
        return true;
      } catch {
        return false;
      }
    }
  }, []);
  const discard = React.useCallback(() => {
    setDraft(undefined);
    try {
      window.localStorage.removeItem(KEY);
    } catch {
      // nothing to remove
    }
  }, []);
  return { draft, keep, discard };
}

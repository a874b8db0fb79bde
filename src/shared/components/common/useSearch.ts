import * as React from 'react';
import { useAsync } from './useAsync';
import type { IAsyncState } from './useAsync';

/** How long typing must pause before a search goes out (one request per pause, not per key). */
export const SEARCH_PAUSE_MS = 250;

/**
 * A search field's state: what is typed, what was searched for (the text at the last pause) and its answer. `search` is called
 * again whenever the paused text or `source` (the repository it searches) changes.
 */
export function useSearch<S, T>(source: S, search: (source: S, text: string) => Promise<T>): { query: string; setQuery: (q: string) => void; searched: string; results: IAsyncState<T> } {
  const [query, setQuery] = React.useState('');
  const [paused, setPaused] = React.useState('');
  React.useEffect(() => {
    const timer = setTimeout(() => setPaused(query.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  // `search` is a way to call `source`, not data: the answer changes with `source` and the text only.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const results = useAsync(() => search(source, paused), [source, paused]);
  return { query, setQuery, searched: paused, results };
}

import * as React from 'react';
import { toDataError } from '../../data/errors';
import type { DataError } from '../../data/errors';

export interface IAsyncState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: DataError | undefined;
  readonly reload: () => void;
}

/**
 * Runs `load` when one of `deps` changes (and on reload), keeping the last answer only: a slow earlier request that
 * finishes after a newer one is ignored. `deps` lists everything `load` uses, the repository included, so a web part
 * whose data site changes reads from the new site at once; `react-hooks/exhaustive-deps` checks the list at every call
 * (`additionalHooks` in .eslintrc.js). `first`: the same read, already started (a web part's prefetch), which the first
 * run takes instead of calling `load`; later runs call `load`.
 */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList, first?: Promise<T>): IAsyncState<T> {
  const early = React.useRef(first);
  const [state, setState] = React.useState<{ data?: T; error?: DataError; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = React.useState(0);
  // The callers' dependency lists are checked by the lint rule; here `load` changes exactly when they do.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const current = React.useCallback(load, deps);

  React.useEffect(() => {
    let latest = true;
    setState((s) => ({ data: s.data, loading: true }));
    const reading = early.current ?? current();
    early.current = undefined;
    reading.then(
      (data) => {
        if (latest) setState({ data, loading: false });
      },
      (e: unknown) => {
        if (latest) setState({ error: toDataError(e), loading: false });
      },
    );
    return () => {
      latest = false;
    };
  }, [current, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, loading: state.loading, error: state.error, reload };
}

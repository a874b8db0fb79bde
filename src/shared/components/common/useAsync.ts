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
 * Runs `load` when `key` changes (and on reload), keeping the last answer only: a slow earlier request that
 * finishes after a newer one is ignored. `key` names everything `load` depends on.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): IAsyncState<T> {
  const [state, setState] = React.useState<{ data?: T; error?: DataError; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = React.useState(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    let current = true;
    setState((s) => ({ data: s.data, loading: true }));
    loadRef.current().then(
      (data) => {
        if (current) setState({ data, loading: false });
      },
      (e: unknown) => {
        if (current) setState({ error: toDataError(e), loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, loading: state.loading, error: state.error, reload };
}

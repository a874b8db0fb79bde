import * as React from 'react';
import { toDataError } from '../../../../shared/data/errors';
import type { DataError } from '../../../../shared/data/errors';
import type { IPrivacyChoices } from '../../../privacy';
import type { ReadChoices } from './studioProps';

export interface IFreshConsent {
  /** The person's choices as last read (undefined: none, or not read yet). */
  readonly choices: IPrivacyChoices | undefined;
  /** When they were last read; undefined before the first answer. */
  readonly readAt: Date | undefined;
  readonly error: DataError | undefined;
  /** Reads the choices again now (every action calls this first) and returns them. */
  readonly refresh: () => Promise<IPrivacyChoices | undefined>;
}

/**
 * A person's current choices: read when shown and again at every action, never from a cache. `readAt` is the real
 * moment of that read (the real clock, on purpose: it says how fresh the answer is, whatever business day the page shows).
 */
export function useFreshConsent(readChoices: ReadChoices, employeeId: number | undefined): IFreshConsent {
  const [state, setState] = React.useState<{ choices?: IPrivacyChoices; readAt?: Date; error?: DataError }>({});
  const latest = React.useRef(0);
  const refresh = React.useCallback(async (): Promise<IPrivacyChoices | undefined> => {
    const call = ++latest.current;
    // A portrait without a person (the user left the site) has nobody's yes: every external channel is no.
    if (employeeId === undefined) {
      setState({ choices: undefined, readAt: new Date() });
      return undefined;
    }
    try {
      const choices = (await readChoices([employeeId])).get(employeeId);
      if (call === latest.current) setState({ choices, readAt: new Date() });
      return choices;
    } catch (e) {
      const error = toDataError(e);
      if (call === latest.current) setState((s) => ({ ...s, error }));
      throw error;
    }
  }, [readChoices, employeeId]);
  React.useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);
  return { choices: state.choices, readAt: state.readAt, error: state.error, refresh };
}

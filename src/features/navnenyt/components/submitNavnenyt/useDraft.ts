import * as React from 'react';
import type { IUserRepository } from '../../../../shared/data/users/IUserRepository';
import type { IDraft } from './drafts';
import { discardDraft, loadDraft, saveDraft } from './drafts';
import type { IFormState } from './formState';

export interface IDraftState {
  /** The signed-in user's unsent draft (younger than a day). */
  readonly draft: IDraft | undefined;
  /** Keeps the form as this user's draft; false when it could not be kept (unknown user, storage blocked). */
  readonly keep: (form: IFormState) => boolean;
  readonly discard: () => void;
}

/**
 * An unsent submission kept in this browser for the signed-in user only (see drafts.ts), so a failed save never loses
 * HR's work. Who is signed in is asked of SharePoint; until it answers, nothing is offered or kept.
 */
export function useDraft(users: IUserRepository): IDraftState {
  const [email, setEmail] = React.useState<string>();
  const [draft, setDraft] = React.useState<IDraft>();
  React.useEffect(() => {
    let live = true;
    users.current().then(
      (me) => {
        if (!live || !me.email) return;
        setEmail(me.email);
        // The real clock decides a draft's age: a fixed business "today" must not keep old drafts alive.
        setDraft(loadDraft(me.email, Date.now()));
      },
      () => undefined, // without a known user there are no drafts
    );
    return () => {
      live = false;
    };
  }, [users]);
  const keep = React.useCallback((form: IFormState): boolean => (email ? saveDraft(email, form, Date.now()) : false), [email]);
  const discard = React.useCallback(() => {
    setDraft(undefined);
    if (email) discardDraft(email);
  }, [email]);
  return { draft, keep, discard };
}

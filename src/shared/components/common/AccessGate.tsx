import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ListKey } from '../../data/lists';
import type { IPermissionRepository, ListRight } from '../../data/permissions';
import type { Contact } from '../../domain/contact';
import type { ICommonStrings } from '../../loc/strings';
import { AsyncContent } from './AsyncContent';
import { useAsync } from './useAsync';
import { WebPartSection } from './WebPartSection';

export interface IAccessGateProps {
  readonly permissions: IPermissionRepository;
  /** The list the web part writes to, and the right it needs there. */
  readonly list: ListKey;
  readonly right: ListRight;
  /** The web part's section name (its ids) and heading, shown while asking and to those who may not. */
  readonly name: string;
  readonly title: string;
  /** Who does this instead, for those who may not (Danish or English). */
  readonly refusal: string;
  /** How to reach them (a web part setting). */
  readonly contact?: Contact;
  readonly strings: ICommonStrings;
  /** The web part itself, with its own section. */
  readonly children: React.ReactNode;
}

function ContactLine(props: { readonly contact?: Contact; readonly strings: ICommonStrings }): React.ReactElement {
  const t = props.strings.access;
  const c = props.contact;
  if (!c) return <p>{t.noContact}</p>;
  if (c.kind === 'link') {
    return (
      <p>
        <a href={c.url}>{t.contactLink}</a>
      </p>
    );
  }
  const [before, after] = t.writeTo.split('{0}');
  return (
    <p>
      {before}
      <a href={`mailto:${c.address}`}>{c.address}</a>
      {after}
    </p>
  );
}

/**
 * Shows the web part only to those SharePoint lets do what it is for (the list's effective permissions, asked once);
 * everyone else reads, under the web part's heading, who does it and how to reach them. The list permissions are the
 * security: this only follows them.
 */
export function AccessGate(props: IAccessGateProps): React.ReactElement {
  const { permissions, list, right, strings } = props;
  const [id] = React.useState(() => getId(`${props.name}-`));
  const state = useAsync(() => permissions.rightsOn(list), [permissions, list]);
  if (state.data?.[right] && !state.loading) return <>{props.children}</>;
  return (
    <WebPartSection id={id} title={props.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.access.checking} emptyText="" isEmpty={() => false}>
        {() => (
          <>
            <p>{props.refusal}</p>
            <ContactLine contact={props.contact} strings={strings} />
          </>
        )}
      </AsyncContent>
    </WebPartSection>
  );
}

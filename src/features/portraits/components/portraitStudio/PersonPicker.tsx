import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { useIdScope } from '../../../../shared/components/common/ids';
import { useSearch } from '../../../../shared/components/common/useSearch';
import type { IPersonRef } from '../../../../shared/domain/models';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IPortraitStudioRepository } from '../../data/IPortraitStudioRepository';
import type { IStudioTexts } from '../../loc/studioTexts';
import { studioStyles as s } from './studioStyles';

export interface IPersonPickerProps {
  readonly repository: IPortraitStudioRepository;
  readonly texts: IStudioTexts;
  readonly strings: ICommonStrings;
  readonly value: IPersonRef | undefined;
  readonly errorMessage?: string;
  readonly onChange: (person: IPersonRef | undefined) => void;
}

function describe(p: IPersonRef): string {
  return p.email ? `${p.name} (${p.email})` : p.name;
}

/** Search the site's users and pick the person portrayed: a text field and a list of buttons, all by keyboard. */
export function PersonPicker(props: IPersonPickerProps): React.ReactElement {
  const id = `${useIdScope()}-field-employee`;
  const t = props.texts.form;
  const { query, setQuery, searched, results } = useSearch(props.repository, (repository, text) => repository.searchPeople(text));

  if (props.value) {
    return (
      <div className={s.field}>
        <span className={s.label}>{t.fields.employee}</span>
        <p id={id} tabIndex={-1} style={{ margin: 0 }}>
          {fillTemplate(t.chosen, { name: describe(props.value) })}
        </p>
        {props.errorMessage && <p className={s.fieldError}>{props.errorMessage}</p>}
        <div>
          <DefaultButton text={t.change} onClick={() => props.onChange(undefined)} />
        </div>
      </div>
    );
  }
  const found = searched.length >= 2 ? results.data : undefined;
  return (
    <div className={s.field}>
      <TextField
        id={id}
        label={t.fields.employee}
        required
        value={query}
        description={t.hints.employee}
        errorMessage={props.errorMessage}
        autoComplete="off"
        onChange={(_, v) => setQuery(v ?? '')}
      />
      <div aria-live="polite">
        {searched.length >= 2 && results.loading && <p className={s.hint}>{t.searching}</p>}
        {results.error && <p className={s.fieldError}>{props.strings.common.errors[results.error.kind]}</p>}
        {found && found.length === 0 && !results.loading && <p className={s.hint}>{t.noMatches}</p>}
      </div>
      {found && found.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4 }}>
          {found.map((p) => (
            <li key={p.id}>
              <DefaultButton ariaLabel={fillTemplate(t.choose, { name: describe(p) })} onClick={() => props.onChange(p)} styles={{ root: { height: 'auto', padding: '6px 12px' }, flexContainer: { justifyContent: 'flex-start' } }}>
                {describe(p)}
              </DefaultButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

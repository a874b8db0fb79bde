import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import type { IEmployeeDirectory } from '../../../employees';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { ISubmitStrings } from '../../loc/submitStrings';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { useSearch } from '../../../../shared/components/common/useSearch';
import { styles } from '../../../../shared/components/common/styles';
import { formStyles } from './formStyles';
import type { IPayrollEmployee } from '../../../employees';

export interface IEmployeeSearchProps {
  readonly directory: IEmployeeDirectory;
  readonly strings: ICommonStrings & ISubmitStrings;
  readonly value: IPayrollEmployee | undefined;
  readonly errorMessage?: string;
  readonly onChange: (employee: IPayrollEmployee | undefined) => void;
}

function describe(e: IPayrollEmployee): string {
  return [e.name, e.jobTitle, e.workplace].filter(Boolean).join(', ');
}

/** Search the payroll extract and pick a person: a text field and a list of buttons, all reachable by keyboard. */
export function EmployeeSearch(props: IEmployeeSearchProps): React.ReactElement {
  const scope = useIdScope();
  const t = props.strings.submit;
  const { query, setQuery, searched, results } = useSearch(props.directory, (directory, text) => directory.search(text));

  if (props.value) {
    return (
      <div className={formStyles.field} id={`${scope}-field-employee`}>
        <p className={formStyles.chosen}>{fill(t.chosen, describe(props.value))}</p>
        <DefaultButton text={t.change} onClick={() => props.onChange(undefined)} />
      </div>
    );
  }
  const found = searched.length >= 2 ? results.data : undefined;
  return (
    <div className={formStyles.field}>
      <TextField
        id={`${scope}-field-employee`}
        label={t.searchLabel}
        required
        value={query}
        placeholder={t.searchPlaceholder}
        description={t.searchHint}
        errorMessage={props.errorMessage}
        autoComplete="off"
        onChange={(_, v) => setQuery(v ?? '')}
      />
      <div aria-live="polite">
        {searched.length >= 2 && results.loading && <p className={styles.meta}>{t.searching}</p>}
        {results.error && <p className={styles.meta}>{props.strings.common.errors[results.error.kind]}</p>}
        {found && found.length === 0 && !results.loading && <p className={styles.meta}>{t.noMatches}</p>}
      </div>
      {found && found.length > 0 && (
        <ul className={formStyles.results}>
          {found.map((e) => (
            <li key={e.employeeNumber || e.email}>
              <DefaultButton className={formStyles.resultButton} onClick={() => props.onChange(e)} ariaLabel={fill(t.choose, describe(e))}>
                {describe(e)}
              </DefaultButton>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

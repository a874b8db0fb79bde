import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { addDays } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import type { INavnenytCandidate } from '../../domain/navnenytCandidates';
import type { INavnenytSettings } from '../../domain/navnenytSettings';
import { SUGGESTION_DAYS, suggestionsFor } from '../../domain/navnenytSuggestions';
import { navnenytSentence } from '../../domain/sentences';
import type { IEmployeeDirectory } from '../../../employees';
import type { INavnenytRepository } from '../../data/INavnenytRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { ISubmitStrings } from '../../loc/submitStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { useListChanges } from '../../../../shared/components/common/listChanges';
import { Lists } from '../../../../shared/data/lists';
import { styles } from '../../../../shared/components/common/styles';
import { formStyles } from './formStyles';
import type { IPayrollEmployee } from '../../../employees';
import { navnenytTexts } from '../../loc';

const SHOWN = 8;

export interface ISuggestionsProps {
  readonly directory: IEmployeeDirectory;
  readonly navnenyt: INavnenytRepository;
  readonly strings: ICommonStrings & ISubmitStrings;
  readonly today: IsoDate;
  readonly settings: INavnenytSettings;
  /** Bumped after each submission, so the sent occasion drops out. */
  readonly refresh: number;
  readonly onUse: (employee: IPayrollEmployee, candidate: INavnenytCandidate) => void;
}

interface ILoaded {
  /** False for people who may not read the payroll extract: no suggestions, and no failing request. */
  readonly access: boolean;
  readonly employees: ReadonlyMap<string, IPayrollEmployee>;
  readonly candidates: readonly INavnenytCandidate[];
}

/** The payroll extract's coming occasions without name news: HR picks one and the form fills itself in. */
export function Suggestions(props: ISuggestionsProps): React.ReactElement {
  const scope = useIdScope();
  const { directory, navnenyt, today, settings, strings } = props;
  const t = strings.submit;
  // HR's import beside this form announces a new extract: the suggestions follow at once.
  const extractChanged = useListChanges(Lists.Employees.title);
  const state = useAsync(async (): Promise<ILoaded> => {
    if (!(await directory.canRead())) return { access: false, employees: new Map(), candidates: [] };
    const [employees, existing] = await Promise.all([directory.getAll(), navnenyt.getItems({ from: today, to: addDays(today, SUGGESTION_DAYS) })]);
    return { access: true, employees: new Map(employees.map((e) => [e.employeeNumber, e])), candidates: suggestionsFor(employees, existing, today, settings) };
    // `refresh` counts sent items and `extractChanged` loads of the extract: suggestions are read again after each.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [directory, navnenyt, today, settings, props.refresh, extractChanged]);
  return (
    <section aria-labelledby={`${scope}-suggestions`} className={formStyles.suggestions}>
      <h3 id={`${scope}-suggestions`} className={styles.subheading}>
        {t.suggestionsTitle}
      </h3>
      <p className={styles.meta}>{t.suggestionsIntro}</p>
      <AsyncContent state={state} strings={strings} loadingLabel={t.suggestionsLoading} emptyText={t.suggestionsEmpty} isEmpty={(l) => l.access && l.candidates.length === 0}>
        {(loaded) => (
          <>
            {!loaded.access && <p className={styles.empty}>{t.suggestionsNoAccess}</p>}
            <ul className={formStyles.results}>
              {loaded.candidates.slice(0, SHOWN).map((c) => {
                const employee = loaded.employees.get(c.employeeNumber);
                const sentence = navnenytSentence(c, { showAge: true }, navnenytTexts(strings.locale).words, { today });
                return (
                  <li key={`${c.employeeNumber}|${c.type}|${c.eventDate}`}>
                    <DefaultButton className={formStyles.resultButton} disabled={!employee} onClick={() => employee && props.onUse(employee, c)} ariaLabel={fill(t.useSuggestion, sentence)}>
                      <span>
                        {sentence}
                        {c.medalCandidate && <span className={formStyles.medal}> {t.medal}</span>}
                      </span>
                    </DefaultButton>
                  </li>
                );
              })}
            </ul>
            {loaded.candidates.length > SHOWN && <p className={styles.meta}>{fill(t.moreSuggestions, String(loaded.candidates.length - SHOWN))}</p>}
          </>
        )}
      </AsyncContent>
    </section>
  );
}

import * as React from 'react';
import { indexPrivacyChoices } from '../../../privacy';
import { addDays, formatWeek } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import { selectForReader } from '../../domain/navnenytReader';
import type { INavnenytSettings } from '../../domain/navnenytSettings';
import type { INavnenytFeed, INavnenytRepository } from '../../data/INavnenytRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { INavnenytStrings } from '../../loc/navnenytStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useIdScope, useInstanceId } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { useStoredState } from '../../../../shared/components/common/useStoredState';
import { styles } from '../../../../shared/components/common/styles';
import { SelectField } from '../../../../shared/components/common/SelectField';
import type { ISelectOption } from '../../../../shared/components/common/SelectField';
import { NavnenytEntry } from './NavnenytEntry';
import { entryStyles } from './navnenytStyles';
import type { NavnenytType } from '../../domain/models';
import { navnenytTexts } from '../../loc';
import { compareNamesDanish } from '../../../../shared/domain/names';

export interface INavnenytRootProps {
  readonly repository: INavnenytRepository;
  readonly strings: ICommonStrings & INavnenytStrings;
  /** Today in Europe/Copenhagen. */
  readonly today: IsoDate;
  readonly title?: string;
  /** How far back and ahead to fetch; each type's own display window decides what shows. */
  readonly daysBack: number;
  readonly daysAhead: number;
  readonly maxItems: number;
  /** A fixed area (a page for one area): the reader's own area filter is then hidden. */
  readonly area?: string;
  /** Types to show; all when empty. */
  readonly types?: readonly NavnenytType[];
  readonly settings?: INavnenytSettings;
  /** The signed-in reader's name, for the congratulation e-mail's signature. */
  readonly senderName?: string;
  /** `readFeed` for these props, already started by the web part (its prefetch). */
  readonly first?: Promise<INavnenytFeed>;
}

/** The root's read: one query for all areas (changing the area filter needs no new request); the web part's prefetch too. */
export function readFeed(repository: INavnenytRepository, today: IsoDate, daysBack: number, daysAhead: number): Promise<INavnenytFeed> {
  return repository.getFeed({ from: addDays(today, -daysBack), to: addDays(today, daysAhead) });
}

const ALL = '';
const AREA_KEY = 'medarbejdernyt:navnenyt:omraade';

function areasOf(feed: INavnenytFeed): string[] {
  const areas = new Set<string>();
  for (const item of feed.items) if (item.area) areas.add(item.area);
  return Array.from(areas).sort(compareNamesDanish);
}

function Content(props: INavnenytRootProps & { feed: INavnenytFeed }): React.ReactElement {
  const scope = useIdScope();
  const { feed, strings, today } = props;
  const [storedArea, setStoredArea] = useStoredState(AREA_KEY);
  const area = props.area ?? storedArea;
  // Privacy is applied here, on every render: a withdrawal shows at the next page load, with no cache in between.
  const groups = selectForReader(feed.items, indexPrivacyChoices(Array.from(feed.choices.values())), today, {
    settings: props.settings,
    types: props.types,
    area,
    maxItems: props.maxItems,
  });
  const options: ISelectOption[] = [{ key: ALL, text: strings.navnenyt.filterAll }, ...areasOf(feed).map((a) => ({ key: a, text: a }))];
  return (
    <>
      {props.area === undefined && options.length > 2 && (
        <SelectField
          name="area"
          label={strings.navnenyt.filterLabel}
          options={options}
          selectedKey={area ?? ALL}
          onChange={(key) => setStoredArea(key !== ALL ? key : undefined)}
        />
      )}
      {groups.length === 0 ? (
        <p className={styles.empty}>{strings.navnenyt.empty}</p>
      ) : (
        groups.map((group) => {
          // "Denne uge (uge 48)": Danish workplaces speak of ISO week numbers.
          const heading = navnenytTexts(strings.locale).groups[group.key];
          const label = group.key === 'thisWeek' ? `${heading} (${formatWeek(today, strings.locale)})` : heading;
          const headingId = `${scope}-${group.key}`;
          return (
            <div key={group.key} role="group" aria-labelledby={headingId}>
              <h3 id={headingId} className={entryStyles.groupHeading}>
                {label}
              </h3>
              <ul className={styles.list}>
                {group.entries.map((entry) => (
                  <li key={entry.item.id}>
                    <NavnenytEntry entry={entry} today={today} strings={strings} senderName={props.senderName} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </>
  );
}

export function NavnenytRoot(props: INavnenytRootProps): React.ReactElement {
  const { repository, today, daysBack, daysAhead, strings } = props;
  const state = useAsync(() => readFeed(repository, today, daysBack, daysAhead), [repository, today, daysBack, daysAhead], props.first);
  return (
    <WebPartSection id={useInstanceId('navnenyt')} title={props.title || strings.navnenyt.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.navnenyt.loading} emptyText={strings.navnenyt.empty} isEmpty={(feed) => feed.items.length === 0}>
        {(feed) => <Content {...props} feed={feed} />}
      </AsyncContent>
    </WebPartSection>
  );
}

import * as React from 'react';
import { addDays, formatLongDateWithoutYear } from '../../domain/dates';
import { decideDisclosure } from '../../domain/consent';
import type { INavnenytItem, IsoDate } from '../../domain/models';
import type { INavnenytFeed, INavnenytRepository } from '../../data/navnenyt/INavnenytRepository';
import type { IStrings } from '../../loc/strings';
import { AsyncContent } from '../common/AsyncContent';
import { WebPartSection } from '../common/WebPartSection';
import { useAsync } from '../common/useAsync';
import { styles } from '../common/styles';

export interface INavnenytRootProps {
  readonly repository: INavnenytRepository;
  readonly strings: IStrings;
  /** Today in Europe/Copenhagen. */
  readonly today: IsoDate;
  readonly title?: string;
  readonly daysBack: number;
  readonly daysAhead: number;
  readonly maxItems: number;
  readonly area?: string;
}

interface IShown {
  readonly item: INavnenytItem;
  readonly showAge: boolean;
  readonly showPhoto: boolean;
}

/** Applies every person's privacy choices; runs on every render so a withdrawal shows at the next load. */
function visible(feed: INavnenytFeed, maxItems: number): IShown[] {
  const shown: IShown[] = [];
  for (const item of feed.items) {
    const d = decideDisclosure(item, item.employee ? feed.choices.get(item.employee.id) : undefined);
    if (d.show) shown.push({ item, showAge: d.showAge, showPhoto: d.showPhoto });
  }
  return shown.slice(0, maxItems);
}

export function NavnenytRoot(props: INavnenytRootProps): React.ReactElement {
  const { repository, today, daysBack, daysAhead, area, strings } = props;
  const state = useAsync(
    () => repository.getFeed({ from: addDays(today, -daysBack), to: addDays(today, daysAhead), area }),
    `${today}|${daysBack}|${daysAhead}|${area ?? ''}`,
  );
  return (
    <WebPartSection id="navnenyt" title={props.title || strings.navnenyt.title} lang={strings.locale}>
      <AsyncContent
        state={state}
        strings={strings}
        loadingLabel={strings.navnenyt.loading}
        emptyText={strings.navnenyt.empty}
        isEmpty={(feed) => visible(feed, props.maxItems).length === 0}
      >
        {(feed) => (
          <ul className={styles.list}>
            {visible(feed, props.maxItems).map(({ item }) => (
              <li key={item.id}>
                <strong>{item.name}</strong>
                {item.jobTitle ? `, ${item.jobTitle}` : ''}
                {item.workplace ? ` i ${item.workplace}` : ''} · {item.type} · {formatLongDateWithoutYear(item.eventDate, strings.locale)}
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </WebPartSection>
  );
}

import * as React from 'react';
import { IdScope } from './ids';
import { styles } from './styles';

export interface IWebPartSectionProps {
  /** The instance's id prefix (useInstanceId): the heading's id and every id inside build on it. */
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  readonly toolbar?: React.ReactNode;
  readonly children: React.ReactNode;
}

/** A web part's landmark: a section named by its heading, in the interface language. */
export function WebPartSection(props: IWebPartSectionProps): React.ReactElement {
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} lang={props.lang}>
      <IdScope.Provider value={props.id}>
        <div className={styles.header}>
          <h2 id={headingId} className={styles.heading}>
            {props.title}
          </h2>
          {props.toolbar}
        </div>
        {props.children}
      </IdScope.Provider>
    </section>
  );
}

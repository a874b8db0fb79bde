import * as React from 'react';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IMyChoicesStrings } from '../../loc/myChoicesStrings';
import { useIdScope } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import type { IPersonalDataSource } from '../../data/IPersonalDataSource';

/** The panel, its downloads and their formats arrive in their own chunk when the person asks: not on every front page. */
const PersonalDataPanel = lazyRoot(() => import(/* webpackChunkName: 'se-alt-om-mig' */ './PersonalDataPanel').then((m) => m.PersonalDataPanel));

export interface IPersonalDataSectionProps {
  readonly source: IPersonalDataSource;
  readonly today: IsoDate;
  readonly strings: ICommonStrings & IMyChoicesStrings;
}

/** *Se alt om mig* in Mine valg (GDPR art. 15): what it is, and a button that collects and shows it. */
export function PersonalDataSection(props: IPersonalDataSectionProps): React.ReactElement {
  const texts = props.strings.myChoices.personalData;
  const headingId = `${useIdScope()}-alt-om-mig`;
  const [open, setOpen] = React.useState(false);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {texts.title}
      </h3>
      <p>{texts.intro}</p>
      {open ? (
        <PersonalDataPanel source={props.source} today={props.today} strings={props.strings} />
      ) : (
        <button type="button" className={styles.disclosure} onClick={() => setOpen(true)}>
          {texts.show}
        </button>
      )}
    </section>
  );
}

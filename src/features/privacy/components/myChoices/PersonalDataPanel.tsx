import * as React from 'react';
import { PERSONAL_SOURCES, personalDataCsv, personalDataJson } from '../../domain/personalData';
import type { IPersonalData } from '../../domain/personalData';
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { CSV_TYPE, downloadFile, JSON_TYPE } from '../../../../shared/components/common/download';
import { fill } from '../../../../shared/components/common/format';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { Button } from '../../../../shared/components/common/Button';
import { personalDataTexts } from '../../loc/personalDataTexts';
import type { IPersonalDataUiTexts } from '../../loc/personalDataTexts';
import type { IPersonalDataSource } from '../../data/IPersonalDataSource';
import { choiceStyles } from './myChoicesStyles';


export interface IPersonalDataPanelProps {
  readonly source: IPersonalDataSource;
  readonly today: IsoDate;
  readonly strings: ICommonStrings;
}

function Summary(props: IPersonalDataPanelProps & { data: IPersonalData; texts: IPersonalDataUiTexts }): React.ReactElement {
  const { data, texts } = props;
  const doc = texts.doc;
  const name = fill(texts.fileName, data.made);
  return (
    <>
      <ul className={styles.list}>
        <li>{data.choices ? fill(texts.count, doc.sources.choices, `${data.history.length} ${texts.versions}`) : texts.noChoices}</li>
        {PERSONAL_SOURCES.map((source) => (
          <li key={source}>
            {fill(texts.count, doc.sources[source], data.items[source].length)}
            {data.items[source].length > 0 && (
              <ul>
                {data.items[source].map((r) => (
                  <li key={r.id}>{r.title}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p className={styles.meta}>{doc.notReadable}</p>
      <p className={styles.meta}>{doc.payroll}</p>
      <div className={choiceStyles.actions}>
        <Button onClick={() => downloadFile(`${name}.json`, personalDataJson(data, doc), JSON_TYPE)}>{texts.downloadJson}</Button>
        <Button onClick={() => downloadFile(`${name}.csv`, personalDataCsv(data, doc), CSV_TYPE)}>{texts.downloadCsv}</Button>
      </div>
    </>
  );
}

/** What *Se alt om mig* found, read when the person asks (never on page load), and the two downloads. */
export function PersonalDataPanel(props: IPersonalDataPanelProps): React.ReactElement {
  const { source, today, strings } = props;
  const texts = personalDataTexts(strings.locale);
  const state = useAsync(() => source.collect(today), [source, today]);
  return (
    <AsyncContent state={state} strings={strings} loadingLabel={texts.loading} emptyText="" isEmpty={() => false}>
      {(data) => <Summary {...props} data={data} texts={texts} />}
    </AsyncContent>
  );
}

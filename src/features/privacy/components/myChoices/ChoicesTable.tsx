import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IMyChoicesStrings } from '../../loc/myChoicesStrings';
import { choiceStyles } from './myChoicesStyles';
import { TOUCH } from '../../../../shared/components/common/styles';

/** On a touch screen the box's label (what takes the tap) is 44×44, the box centred in it. */
const touchCheckbox = { label: { selectors: { [TOUCH]: { minHeight: 44, minWidth: 44, alignItems: 'center', justifyContent: 'center' } } } };
import { CONSENT_CATEGORIES, CONSENT_CHANNELS } from '../../domain/models';
import type { ConsentCategory, ConsentChannel, ConsentMatrix } from '../../domain/models';

export interface IChoicesTableProps {
  readonly value: ConsentMatrix;
  readonly strings: ICommonStrings & IMyChoicesStrings;
  readonly disabled: boolean;
  readonly onChange: (channel: ConsentChannel, category: ConsentCategory, allowed: boolean) => void;
}

/** One row per category, one column per channel; every box has its own name ("Min fødselsdag – LinkedIn"). */
export function ChoicesTable(props: IChoicesTableProps): React.ReactElement {
  const t = props.strings.myChoices;
  const channelName: Record<ConsentChannel, string> = { intranet: t.intranet, linkedIn: t.linkedIn, facebook: t.facebook };
  return (
    <table className={choiceStyles.table}>
      <thead>
        <tr>
          <th scope="col">{t.categoryHeader}</th>
          {CONSENT_CHANNELS.map((ch) => (
            <th scope="col" key={ch}>
              {channelName[ch]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CONSENT_CATEGORIES.map((category) => (
          <tr key={category}>
            <th scope="row">{t.categories[category]}</th>
            {CONSENT_CHANNELS.map((ch) => (
              <td key={ch}>
                <Checkbox
                  styles={touchCheckbox}
                  ariaLabel={`${t.categories[category]} – ${channelName[ch]}`}
                  checked={props.value[ch][category]}
                  disabled={props.disabled}
                  onChange={(_, checked) => props.onChange(ch, category, checked === true)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

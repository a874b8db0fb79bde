/**
 * "Rediger" mode's settings for one web part: the local mirror of its SPFx property pane, built from the
 * definition's settings with Fluent UI controls. Every change is saved and re-renders the web part.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Position } from '@fluentui/react/lib/Positioning';
import { SpinButton } from '@fluentui/react/lib/SpinButton';
import { TextField } from '@fluentui/react/lib/TextField';
import type { ICommonStrings } from '../../../src/shared/loc/strings';
import type { IPageStrings } from '../strings';
import type { IWebPartInstance, SettingField, SettingsShape, SettingValue } from './types';

export interface ISettingsPanelProps {
  readonly webPart: IWebPartInstance;
  readonly settings: SettingsShape;
  /** The host's common texts; the panel adds the web part's feature's (its definition's `strings`). */
  readonly strings: ICommonStrings;
  readonly page: IPageStrings;
  readonly onChange: (key: string, value: SettingValue) => void;
  readonly onReset: () => void;
}

function Field(props: { field: SettingField; value: SettingValue; strings: ICommonStrings; onChange: (v: SettingValue) => void }): React.ReactElement {
  const { field, value, strings, onChange } = props;
  const label = field.label(strings);
  switch (field.kind) {
    case 'text':
      return <TextField label={label} value={String(value)} onChange={(_e, v) => onChange(v ?? '')} />;
    case 'number': {
      const commit = (text: string | undefined): void => {
        const n = Number(text);
        if (text !== undefined && text.trim() !== '' && Number.isFinite(n)) onChange(Math.min(field.max, Math.max(field.min, Math.round(n))));
      };
      return (
        <SpinButton
          label={label}
          labelPosition={Position.top}
          value={String(value)}
          min={field.min}
          max={field.max}
          step={field.step ?? 1}
          onChange={(_e, v) => commit(v)}
          incrementButtonAriaLabel={`${label} +${field.step ?? 1}`}
          decrementButtonAriaLabel={`${label} -${field.step ?? 1}`}
          styles={{ root: { maxWidth: 240 }, label: { fontWeight: 600 } }}
        />
      );
    }
    case 'checks': {
      const flags = typeof value === 'object' ? value : {};
      return (
        <fieldset className="wb-settings__checks">
          <legend>{label}</legend>
          {field.options.map((o) => (
            <Checkbox
              key={o.key}
              label={o.label(strings)}
              checked={flags[o.key] !== false}
              onChange={(_e, checked) => onChange({ ...flags, [o.key]: !!checked })}
            />
          ))}
        </fieldset>
      );
    }
    case 'choice': {
      const choices: IDropdownOption[] = field.options.map((o) => (typeof o === 'string' ? { key: o, text: o } : { key: o.key, text: o.label(strings) }));
      const options = field.includeAll === false ? choices : [{ key: '', text: strings.propertyPane.allOption }, ...choices];
      return <Dropdown label={label} options={options} selectedKey={String(value)} onChange={(_e, o) => onChange(o ? String(o.key) : '')} />;
    }
  }
}

export function SettingsPanel(props: ISettingsPanelProps): React.ReactElement {
  const { webPart, settings, page } = props;
  const { definition } = webPart;
  const strings = definition.strings(props.strings);
  const title = page.settingsOf.replace('{0}', definition.title(strings));
  const headingId = `${webPart.instanceId}-settings-heading`;
  const fields: readonly SettingField[] = definition.settings;
  return (
    <div className="wb-settings" role="group" aria-labelledby={headingId} data-settings-for={webPart.instanceId}>
      <h2 id={headingId} className="wb-settings__title">
        {title}
      </h2>
      <div className="wb-settings__fields">
        {fields.map((field) => (
          <div key={field.key} className="wb-settings__field" data-setting={field.key}>
            <Field field={field} value={settings[field.key]} strings={strings} onChange={(v) => props.onChange(field.key, v)} />
          </div>
        ))}
      </div>
      <DefaultButton className="wb-settings__reset" onClick={props.onReset} text={page.resetSettings} />
    </div>
  );
}

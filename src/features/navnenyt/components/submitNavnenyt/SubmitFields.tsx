import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { EDITOR_ONLY_TYPES } from '../../domain/navnenyt';
import { MAX_MESSAGE_LENGTH, messageRemaining } from '../../domain/validation';
import type { SubmissionField } from '../../domain/validation';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { ISubmitStrings } from '../../loc/submitStrings';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import type { FormChange, IFormState } from './formState';
import { formStyles } from './formStyles';
import { choosePhoto } from '../../../../shared/components/common/photo';
import type { NavnenytType } from '../../domain/models';
import { NAVNENYT_TYPES } from '../../domain/models';
import { navnenytTexts } from '../../loc';

export interface ISubmitFieldsProps {
  readonly form: IFormState;
  readonly strings: ICommonStrings & ISubmitStrings;
  readonly role: 'hr' | 'editor';
  readonly errors: Readonly<Partial<Record<SubmissionField, string>>>;
  readonly disabled: boolean;
  readonly onChange: (change: FormChange) => void;
}

/** Everything but the person: type, date, years, message, photo, show window and HR's confirmation. */
export function SubmitFields(props: ISubmitFieldsProps): React.ReactElement {
  const { form, strings, errors, disabled, onChange } = props;
  const t = strings.submit;
  const scope = useIdScope();
  const types = NAVNENYT_TYPES.filter((type) => props.role === 'editor' || !EDITOR_ONLY_TYPES.includes(type));
  const needsYears = form.type === 'jubilee' || form.type === 'birthday';
  return (
    <>
      <Dropdown
        id={`${scope}-field-type`}
        label={t.typeLabel}
        required
        disabled={disabled}
        selectedKey={form.type ?? null}
        options={types.map((type) => ({ key: type, text: navnenytTexts(strings.locale).types[type] }))}
        errorMessage={errors.type}
        onChange={(_, o) => o && onChange({ kind: 'type', type: o.key as NavnenytType })}
      />
      <div className={formStyles.row}>
        <DateField id={`${scope}-field-eventDate`} label={t.dateLabel} required hint={t.dateHint} disabled={disabled} value={form.eventDate} errorMessage={errors.eventDate} onChange={(value) => onChange({ kind: 'eventDate', value })} />
        {needsYears && (
          <TextField
            id={`${scope}-field-years`}
            type="number"
            inputMode="numeric"
            label={form.type === 'jubilee' ? t.yearsLabelJubilee : t.yearsLabelBirthday}
            required
            disabled={disabled}
            value={form.years}
            errorMessage={errors.years}
            onChange={(_, v) => onChange({ kind: 'years', value: v ?? '' })}
          />
        )}
      </div>
      <TextField
        id={`${scope}-field-message`}
        label={t.messageLabel}
        multiline
        rows={4}
        disabled={disabled}
        value={form.message}
        description={fill(t.remaining, String(messageRemaining(form.message, MAX_MESSAGE_LENGTH)))}
        errorMessage={errors.message}
        onChange={(_, v) => onChange({ kind: 'message', value: v ?? '' })}
      />
      <PhotoField {...props} />
      <div className={formStyles.row}>
        <DateField id={`${scope}-field-showFrom`} label={t.showFromLabel} hint={t.dateHint} disabled={disabled} value={form.showFrom} errorMessage={errors.showFrom} onChange={(value) => onChange({ kind: 'showFrom', value })} />
        <DateField id={`${scope}-field-showUntil`} label={t.showUntilLabel} hint={t.dateHint} disabled={disabled} value={form.showUntil} errorMessage={errors.showUntil} onChange={(value) => onChange({ kind: 'showUntil', value })} />
      </div>
      <div id={`${scope}-field-consentConfirmed`}>
        <Checkbox label={t.consentLabel} required disabled={disabled} checked={form.consentConfirmed} onChange={(_, c) => onChange({ kind: 'consent', value: c === true })} />
        {errors.consentConfirmed && (
          <p role="alert" className={formStyles.fieldError}>
            {errors.consentConfirmed}
          </p>
        )}
      </div>
    </>
  );
}

interface IDateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly required?: boolean;
  readonly disabled: boolean;
  readonly errorMessage?: string;
  readonly onChange: (value: string) => void;
}

/** A date typed the Danish way (27.11.2026): the same on every phone and browser, and read by the domain's parser. */
function DateField(props: IDateFieldProps): React.ReactElement {
  return (
    <TextField
      id={props.id}
      label={props.label}
      required={props.required}
      disabled={props.disabled}
      value={props.value}
      placeholder="dd.mm.åååå"
      description={props.hint}
      inputMode="decimal"
      autoComplete="off"
      errorMessage={props.errorMessage}
      onChange={(_, v) => props.onChange(v ?? '')}
    />
  );
}

function PhotoField(props: ISubmitFieldsProps): React.ReactElement {
  const { form, strings, errors, disabled, onChange } = props;
  const t = strings.submit;
  const inputId = `${useIdScope()}-field-photo`;
  return (
    <div className={formStyles.field}>
      <label htmlFor={inputId} className={formStyles.fileLabel}>
        {t.photoLabel}
      </label>
      <span id={`${inputId}-hint`} className={formStyles.hint}>
        {t.photoHint}
      </span>
      <input
        id={inputId}
        type="file"
        accept="image/jpeg,image/png"
        disabled={disabled}
        aria-describedby={`${inputId}-hint`}
        aria-invalid={errors.photo ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void choosePhoto(file).then((photo) => onChange({ kind: 'photo', photo }));
          e.target.value = '';
        }}
      />
      {errors.photo && (
        <p role="alert" className={formStyles.fieldError}>
          {errors.photo}
        </p>
      )}
      {form.photo && (
        <>
          <img className={formStyles.photoPreview} src={form.photo.dataUrl} alt={form.photoAlt || form.photo.name} />
          <TextField label={t.photoAltLabel} disabled={disabled} value={form.photoAlt} onChange={(_, v) => onChange({ kind: 'photoAlt', value: v ?? '' })} />
          <DefaultButton text={t.removePhoto} disabled={disabled} onClick={() => onChange({ kind: 'photo', photo: undefined })} />
        </>
      )}
    </div>
  );
}

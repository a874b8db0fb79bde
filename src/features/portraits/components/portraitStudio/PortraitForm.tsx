/**
 * Create or edit a portrait: the person (a site user), profession (the priority professions first), job title,
 * workplace, area, quote, story, a public link, the photo with its alternative text and focal point. Every field is
 * checked with a Danish message and a summary linking to each; nothing typed is lost when saving fails.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { NoticeBar } from '../../../../shared/components/common/NoticeBar';
import type { Notice } from '../../../../shared/components/common/NoticeBar';
import { useIdScope } from '../../../../shared/components/common/ids';
import { choosePhoto, photoBytes } from '../../../../shared/components/common/photo';
import type { IChosenPhoto } from '../../../../shared/components/common/photo';
import { toDataError } from '../../../../shared/data/errors';
import { fillTemplate } from '../../../../shared/domain/templates';
import { PRIORITY_PROFESSIONS, PROFESSIONS } from '../../domain/models';
import type { IPortrait, Profession } from '../../domain/models';
import { checkDraft, MAX_ALT, MAX_QUOTE, MAX_STORY } from '../../domain/portraitDraft';
import type { DraftField, DraftProblem, IPortraitDraft } from '../../domain/portraitDraft';
import { FocalPointPicker } from './FocalPointPicker';
import { PersonPicker } from './PersonPicker';
import type { IStudioContext } from './studioProps';
import { studioStyles as s } from './studioStyles';

/** Photos keep enough pixels for the 1080×1350 crop of a landscape photo; scaled in the browser like name news. */
const PORTRAIT_PHOTO_EDGE = 2400;

const MAX: Partial<Record<DraftField, number>> = { quote: MAX_QUOTE, story: MAX_STORY, photoAlt: MAX_ALT };
const ORDER: readonly DraftField[] = ['employee', 'profession', 'workplace', 'quote', 'story', 'jobAdvertUrl', 'photo', 'photoAlt'];

export interface IPortraitFormProps {
  readonly context: IStudioContext;
  /** The portrait to edit; a new one when undefined. */
  readonly existing?: IPortrait;
  readonly onSaved: (portrait: IPortrait) => void;
  readonly onCancel: () => void;
}

function initialDraft(p: IPortrait | undefined): IPortraitDraft {
  return {
    employee: p?.employee,
    profession: p?.profession,
    jobTitle: p?.jobTitle ?? '',
    workplace: p?.workplace ?? '',
    area: p?.area ?? '',
    quote: p?.quote ?? '',
    story: p?.story ?? '',
    jobAdvertUrl: p?.jobAdvertUrl ?? '',
    photo: p?.photo ? { url: p.photo.url } : undefined,
    photoAlt: p?.photo?.alt ?? '',
    focus: p?.focus ?? { x: 0.5, y: 0.5 },
  };
}

export function PortraitForm(props: IPortraitFormProps): React.ReactElement {
  const { context, existing } = props;
  const { texts, strings } = context;
  const t = texts.form;
  const scope = useIdScope();
  const [draft, setDraft] = React.useState<IPortraitDraft>(() => initialDraft(existing));
  const [chosen, setChosen] = React.useState<IChosenPhoto | undefined>();
  const [shown, setShown] = React.useState<Partial<Record<DraftField, DraftProblem>> | undefined>();
  const [notice, setNotice] = React.useState<Notice>();
  const [saving, setSaving] = React.useState(false);
  const [unreadable, setUnreadable] = React.useState(false);
  const summary = React.useRef<HTMLDivElement>(null);
  const set = <K extends keyof IPortraitDraft>(key: K, value: IPortraitDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const message = (field: DraftField): string | undefined => {
    const problem = shown?.[field];
    return problem ? fillTemplate(t.problems[problem], { field: t.fields[field], max: MAX[field] }) : undefined;
  };
  const fieldId = (field: DraftField): string => `${scope}-field-${field}`;

  const save = async (): Promise<void> => {
    const problems = checkDraft(draft, context.siteUrl);
    setShown(problems);
    setNotice(undefined);
    if (Object.keys(problems).length > 0) {
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    setSaving(true);
    try {
      const employee = draft.employee as NonNullable<IPortraitDraft['employee']>;
      const input = { ...draft, employee, photoAlt: draft.photo ? draft.photoAlt : undefined };
      const saved = await context.repository.save(input, chosen ? photoBytes(chosen) : undefined, existing);
      props.onSaved(saved);
    } catch (e) {
      setNotice({ kind: 'error', error: toDataError(e) });
    } finally {
      setSaving(false);
    }
  };

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      const photo = await choosePhoto(file, PORTRAIT_PHOTO_EDGE);
      setChosen(photo);
      setUnreadable(false);
      set('photo', { type: photo.type, size: photo.size });
    } catch {
      // The photo chosen before (if any) stays; the field says why this one was not taken.
      setUnreadable(true);
    }
  };

  const problems = ORDER.filter((f) => shown?.[f] !== undefined);
  const photoSrc = chosen?.dataUrl ?? (draft.photo?.url && !chosen ? draft.photo.url : undefined);
  const text = (field: 'workplace' | 'quote' | 'story' | 'jobAdvertUrl' | 'photoAlt', opts: { multiline?: boolean; required?: boolean; description?: string; type?: string }): React.ReactElement => (
    <TextField
      id={fieldId(field)}
      label={t.fields[field]}
      value={draft[field]}
      multiline={opts.multiline}
      rows={opts.multiline ? (field === 'story' ? 8 : 3) : undefined}
      required={opts.required}
      type={opts.type}
      description={opts.description}
      errorMessage={message(field)}
      onChange={(_, v) => set(field, v ?? '')}
    />
  );

  return (
    <form
      className={s.form}
      noValidate
      aria-labelledby={`${scope}-form-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        save().catch(() => undefined);
      }}
    >
      <h3 id={`${scope}-form-heading`} style={{ margin: 0 }}>
        {existing ? fillTemplate(t.editTitle, { name: existing.name }) : t.newTitle}
      </h3>
      {problems.length > 0 && (
        <div ref={summary} tabIndex={-1} className={s.summary} role="alert">
          <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{t.summary}</p>
          <ul style={{ margin: 0 }}>
            {problems.map((f) => (
              <li key={f}>
                <a className={s.link} href={`#${fieldId(f)}`}>
                  {message(f)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PersonPicker repository={context.repository} texts={texts} strings={strings} value={draft.employee} errorMessage={message('employee')} onChange={(p) => set('employee', p)} />
      <div className={s.field}>
        <label className={s.label} htmlFor={fieldId('profession')}>
          {t.fields.profession}
        </label>
        <select
          id={fieldId('profession')}
          className={s.select}
          value={draft.profession ?? ''}
          aria-invalid={shown?.profession ? true : undefined}
          aria-describedby={shown?.profession ? `${fieldId('profession')}-error` : undefined}
          onChange={(e) => set('profession', PROFESSIONS.find((p) => p === e.target.value) as Profession | undefined)}
        >
          <option value="">{t.professionNone}</option>
          <optgroup label={t.priorityGroup}>
            {PRIORITY_PROFESSIONS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.otherGroup}>
            {PROFESSIONS.filter((p) => !PRIORITY_PROFESSIONS.includes(p)).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </optgroup>
        </select>
        {message('profession') && (
          <p id={`${fieldId('profession')}-error`} className={s.fieldError}>
            {message('profession')}
          </p>
        )}
      </div>
      <TextField id={`${scope}-field-jobTitle`} label={t.fields.jobTitle} value={draft.jobTitle} description={t.hints.jobTitle} onChange={(_, v) => set('jobTitle', v ?? '')} />
      {text('workplace', { required: true })}
      <TextField id={`${scope}-field-area`} label={t.fields.area} value={draft.area} onChange={(_, v) => set('area', v ?? '')} />
      {text('quote', { multiline: true, required: true })}
      {text('story', { multiline: true })}
      {text('jobAdvertUrl', { required: true, type: 'url', description: t.hints.jobAdvertUrl })}
      <div className={s.field}>
        <label className={s.label} htmlFor={fieldId('photo')}>
          {t.fields.photo}
        </label>
        <p className={s.hint} id={`${fieldId('photo')}-hint`}>
          {t.hints.photo}
        </p>
        <input
          id={fieldId('photo')}
          type="file"
          accept="image/jpeg,image/png"
          aria-describedby={`${fieldId('photo')}-hint${shown?.photo || unreadable ? ` ${fieldId('photo')}-error` : ''}`}
          aria-invalid={shown?.photo || unreadable ? true : undefined}
          onChange={(e) => {
            onFile(e.target.files?.[0]).catch(() => undefined);
          }}
        />
        {(message('photo') ?? (unreadable ? t.photoUnreadable : undefined)) && (
          <p id={`${fieldId('photo')}-error`} className={s.fieldError} role="alert">
            {message('photo') ?? t.photoUnreadable}
          </p>
        )}
      </div>
      {draft.photo && text('photoAlt', { required: true, description: t.hints.photoAlt })}
      {photoSrc && <FocalPointPicker src={photoSrc} alt={draft.photoAlt} value={draft.focus} texts={texts} onChange={(f) => set('focus', f)} />}
      <NoticeBar notice={notice} strings={strings} />
      <div className={s.actions}>
        <PrimaryButton type="submit" text={saving ? t.saving : t.save} disabled={saving} />
        <DefaultButton text={t.cancel} onClick={props.onCancel} disabled={saving} />
      </div>
    </form>
  );
}

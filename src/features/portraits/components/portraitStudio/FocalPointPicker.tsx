import * as React from 'react';
import { useIdScope } from '../../../../shared/components/common/ids';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { IFocalPoint } from '../../domain/models';
import { focusAt, moveFocus } from '../../domain/portraitDraft';
import type { IStudioTexts } from '../../loc/studioTexts';
import { studioStyles as s } from './studioStyles';

export interface IFocalPointPickerProps {
  readonly src: string;
  /** The photo's alternative text. */
  readonly alt: string;
  readonly value: IFocalPoint;
  readonly texts: IStudioTexts;
  readonly onChange: (focus: IFocalPoint) => void;
}

/**
 * The point the crops centre on: a click on the photo puts it there; with focus on the photo the arrow keys move it
 * (Shift for small steps, Home for the centre). Its position is said in words, and announced as it changes.
 */
export function FocalPointPicker(props: IFocalPointPickerProps): React.ReactElement {
  const id = `${useIdScope()}-focus`;
  const t = props.texts.form;
  const { value, onChange } = props;
  const valueText = fillTemplate(t.focusValue, { x: Math.round(value.x * 100), y: Math.round(value.y * 100) });
  return (
    <div className={s.field}>
      <span className={s.label} id={`${id}-label`}>
        {t.focus}
      </span>
      <p className={s.hint} id={`${id}-help`}>
        {t.focusHelp}
      </p>
      <div
        id={id}
        className={s.focusBox}
        tabIndex={0}
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-help ${id}-value`}
        onClick={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          onChange(focusAt(e.clientX - box.left, e.clientY - box.top, box.width, box.height));
        }}
        onKeyDown={(e) => {
          const next = moveFocus(value, e.key, e.shiftKey);
          if (!next) return;
          e.preventDefault();
          onChange(next);
        }}
      >
        <img className={s.focusImage} src={props.src} alt={props.alt} draggable={false} />
        <span className={s.focusMarker} style={{ left: `${value.x * 100}%`, top: `${value.y * 100}%` }} aria-hidden="true" />
      </div>
      <p className={s.hint} id={`${id}-value`} aria-live="polite">
        {valueText}
      </p>
    </div>
  );
}

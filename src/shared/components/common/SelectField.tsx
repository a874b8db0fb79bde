import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors, touchTarget } from './styles';
import { useIdScope } from './ids';

export interface ISelectOption {
  readonly key: string;
  readonly text: string;
}

export interface ISelectFieldProps {
  /** Unique within the web part; the element's id is built on the instance's id scope. */
  readonly name: string;
  readonly label: string;
  readonly options: readonly ISelectOption[];
  readonly selectedKey: string;
  readonly onChange: (key: string) => void;
}

/**
 * A labelled choice of one option for the readers' web parts: the browser's own select, drawn in the theme's colours
 * at Fluent UI's field size. On a phone it opens the system's picker (large touch targets, the screen reader's own
 * list); on a desk it is the keyboard-complete control every browser ships. It replaces Fluent UI's Dropdown on the
 * front page, which with its Callout and Panel cost the readers' bundle about 15 KB gzipped.
 * The boundary uses the muted text colour, so the control stands out from its background by at least 3:1 (WCAG 1.4.11).
 */
const classes = mergeStyleSets({
  field: { display: 'flex', flexDirection: 'column', gap: 4, maxWidth: 320, marginBottom: 8 },
  label: { fontSize: 14, fontWeight: 600, color: colors.text },
  select: {
    font: 'inherit',
    fontSize: 14,
    minHeight: 32,
    padding: '4px 8px',
    color: colors.text,
    background: colors.surface,
    border: `1px solid ${colors.muted}`,
    borderRadius: 2,
    selectors: {
      ':hover': { borderColor: colors.text },
      ':focus-visible': { outline: `2px solid ${colors.accent}`, outlineOffset: 2 },
      ...touchTarget,
    },
  },
});

export function SelectField(props: ISelectFieldProps): React.ReactElement {
  const id = `${useIdScope()}-${props.name}`;
  return (
    <div className={classes.field}>
      <label htmlFor={id} className={classes.label}>
        {props.label}
      </label>
      <select id={id} className={classes.select} value={props.selectedKey} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import { colors, TOUCH } from './styles';

/**
 * The readers' button: the browser's own `<button>`, drawn as Fluent UI's default and primary buttons are (32 px high,
 * semibold, 2 px corners) in the theme's colours, 44 px on a touch screen. Fluent UI's Button brings its menu, callout
 * and layer with it (about 20 KB gzipped on every front page) for features the readers never use; the editors keep
 * Fluent UI's buttons in their own chunks.
 */
const base = {
  font: 'inherit',
  fontSize: 14,
  fontWeight: 600,
  minHeight: 32,
  minWidth: 80,
  padding: '0 16px',
  borderRadius: 2,
  cursor: 'pointer',
  selectors: {
    ':focus-visible': { outline: `2px solid ${colors.accent}`, outlineOffset: 2 },
    ':disabled': { cursor: 'default', opacity: 0.6 },
    [TOUCH]: { minHeight: 44, minWidth: 44 },
  },
};

const classes = mergeStyleSets({
  default: {
    ...base,
    border: `1px solid ${colors.muted}`,
    background: colors.surface,
    color: colors.text,
    selectors: { ...base.selectors, ':hover:enabled': { background: colors.surfaceAlt } },
  },
  primary: {
    ...base,
    border: `1px solid ${colors.accentFill}`,
    background: colors.accentFill,
    color: colors.onAccent,
    selectors: { ...base.selectors, ':hover:enabled': { textDecoration: 'underline' } },
  },
});

export interface IButtonProps {
  readonly children: React.ReactNode;
  readonly onClick: () => void;
  readonly primary?: boolean;
  readonly disabled?: boolean;
  /** Read after the button's name by screen readers (e.g. whose item it acts on). */
  readonly description?: string;
}

export function Button(props: IButtonProps): React.ReactElement {
  const [descriptionId] = React.useState(() => getId('knap-beskrivelse-'));
  return (
    <>
      <button
        type="button"
        className={props.primary ? classes.primary : classes.default}
        disabled={props.disabled}
        onClick={props.onClick}
        aria-describedby={props.description ? descriptionId : undefined}
      >
        {props.children}
      </button>
      {props.description && (
        <span id={descriptionId} hidden>
          {props.description}
        </span>
      )}
    </>
  );
}

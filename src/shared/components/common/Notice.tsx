import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from './styles';

export type NoticeKind = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in the flow of a web part: the outcome of an action, an error with a way out, a hint. Announced as Fluent
 * UI's MessageBar is — an error as an alert, the rest as a status — and drawn in the theme's colours (text on the
 * card's alternate background, a bar in the message's colour), so it stays readable on every section and Teams theme.
 * Used by the readers instead of Fluent UI's MessageBar, whose dismiss button brings Fluent UI's menus along.
 */
const classes = mergeStyleSets({
  notice: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '8px 16px',
    margin: '8px 0',
    padding: '8px 12px',
    background: colors.surfaceAlt,
    color: colors.text,
    borderLeft: `4px solid ${colors.accent}`,
    fontSize: 14,
  },
  success: { borderLeftColor: colors.success },
  warning: { borderLeftColor: colors.text },
  error: { borderLeftColor: colors.error },
  text: { flex: '1 1 240px', minWidth: 0 },
});

export interface INoticeProps {
  readonly kind: NoticeKind;
  readonly children: React.ReactNode;
  /** A way out, e.g. *Prøv igen*. */
  readonly action?: React.ReactNode;
}

export function Notice(props: INoticeProps): React.ReactElement {
  const modifier = props.kind === 'info' ? '' : ` ${classes[props.kind]}`;
  return (
    <div className={`${classes.notice}${modifier}`}>
      <div className={classes.text} role={props.kind === 'error' ? 'alert' : 'status'}>
        {props.children}
      </div>
      {props.action}
    </div>
  );
}

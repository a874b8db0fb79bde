import type { NavnenytType } from '../../domain/models';

/** Which event types the web part shows, by an ASCII key (property-pane checkboxes). */
export type TypeSwitches = Partial<Record<'birthday' | 'jubilee' | 'newColleague' | 'retirement' | 'farewell' | 'memorial', boolean>>;

export const TYPE_SWITCHES: readonly { key: keyof TypeSwitches; type: NavnenytType }[] = [
  { key: 'birthday', type: 'birthday' },
  { key: 'jubilee', type: 'jubilee' },
  { key: 'newColleague', type: 'newColleague' },
  { key: 'retirement', type: 'retirement' },
  { key: 'farewell', type: 'farewell' },
  { key: 'memorial', type: 'memorial' },
];

/** The types switched on; a type without a switch counts as on. */
export function typesOf(switches: TypeSwitches | undefined): NavnenytType[] {
  return TYPE_SWITCHES.filter((s) => switches?.[s.key] !== false).map((s) => s.type);
}

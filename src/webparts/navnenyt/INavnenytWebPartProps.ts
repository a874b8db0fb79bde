/** Which event types the web part shows, by an ASCII key (property-pane checkboxes). */
export type TypeSwitches = Partial<Record<'birthday' | 'jubilee' | 'newColleague' | 'retirement' | 'farewell' | 'memorial', boolean>>;

export interface INavnenytWebPartProps {
  title: string;
  daysBack: number;
  daysAhead: number;
  maxItems: number;
  area: string;
  showTypes: TypeSwitches;
}

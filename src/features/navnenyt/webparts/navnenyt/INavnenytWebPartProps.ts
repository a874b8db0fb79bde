/** Which event types the web part shows, by an ASCII key (property-pane checkboxes). */
export type TypeSwitches = Partial<Record<'birthday' | 'jubilee' | 'newColleague' | 'retirement' | 'farewell' | 'memorial', boolean>>;

export interface INavnenytWebPartProps {
  title: string;
  daysBack: number;
  daysAhead: number;
  maxItems: number;
  area: string;
  showTypes: TypeSwitches;
  /** What shows about a person who has saved no privacy choices: what HR confirmed they agreed to, or nothing. */
  withoutChoices: 'confirmedMention' | 'nothing';
}

/** The defaults, also in the manifest's preconfigured entry (test/webparts/manifests.test.ts keeps them equal). */
export const NAVNENYT_DEFAULTS: INavnenytWebPartProps = {
  title: '',
  daysBack: 30,
  daysAhead: 14,
  maxItems: 12,
  area: '',
  showTypes: { birthday: true, jubilee: true, newColleague: true, retirement: true, farewell: true, memorial: true },
  withoutChoices: 'confirmedMention',
};

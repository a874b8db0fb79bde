export interface IMedarbejderhistorierWebPartProps {
  title: string;
  maxItems: number;
  theme: string;
  area: string;
}

/** The defaults, also in the manifest's preconfigured entry (test/webparts/manifests.test.ts keeps them equal). */
export const STORIES_DEFAULTS: IMedarbejderhistorierWebPartProps = { title: '', maxItems: 6, theme: '', area: '' };

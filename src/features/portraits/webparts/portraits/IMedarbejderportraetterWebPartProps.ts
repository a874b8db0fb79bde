export interface IMedarbejderportraetterWebPartProps {
  title: string;
  maxItems: number;
  profession: string;
}

/** The defaults, also in the manifest's preconfigured entry (test/webparts/manifests.test.ts keeps them equal). */
export const PORTRAITS_DEFAULTS: IMedarbejderportraetterWebPartProps = { title: '', maxItems: 6, profession: '' };

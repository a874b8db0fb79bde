import * as React from 'react';
import type { IPortrait } from '../../domain/models';
import { portraitUtmContent } from '../../domain/sharing';
import { downloadBlob, makeCrops, releaseCrops, zipCrops } from './cropImages';
import type { ICropFile } from './cropImages';

export interface ICrops {
  readonly files: readonly ICropFile[];
  readonly busy: boolean;
  /** Makes the three crops (again) from the portrait's photo and focal point. */
  readonly make: () => Promise<readonly ICropFile[]>;
  /** Saves one crop, or all of them as one ZIP. */
  readonly download: (which: readonly ICropFile[]) => Promise<void>;
}

/** The portrait's crops, shared by the images panel and each channel's *Hent billeder*; released when replaced. */
export function useCrops(portrait: IPortrait): ICrops {
  const [files, setFiles] = React.useState<readonly ICropFile[]>([]);
  const [busy, setBusy] = React.useState(false);
  React.useEffect(() => () => releaseCrops(files), [files]);
  const slug = portraitUtmContent(portrait.id);
  const photo = portrait.photo?.url;
  const focus = portrait.focus;
  const make = React.useCallback(async (): Promise<readonly ICropFile[]> => {
    if (!photo) return [];
    setBusy(true);
    try {
      const made = await makeCrops(photo, focus, slug);
      setFiles(made);
      return made;
    } finally {
      setBusy(false);
    }
  }, [photo, focus, slug]);
  const download = React.useCallback(
    async (which: readonly ICropFile[]): Promise<void> => {
      if (which.length === 1) downloadBlob(which[0].blob, which[0].fileName);
      else if (which.length > 1) downloadBlob(await zipCrops(which), `${slug}-billeder.zip`);
    },
    [slug],
  );
  return { files, busy, make, download };
}

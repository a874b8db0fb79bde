/**
 * The crops for the networks, made in the browser from the photo around its focal point: a preview of each with its
 * size, a warning where the photo is too small (the crop is smaller, never upscaled), a download of each and one ZIP.
 * Making them reads the person's consent again: the photo needs a yes on LinkedIn or Facebook.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { fillTemplate } from '../../../../shared/domain/templates';
import { CROP_FORMATS } from '../../domain/crops';
import type { IPortrait, PortraitChannel } from '../../domain/models';
import type { ICropFile } from './cropImages';
import type { IStudioContext } from './studioProps';
import { studioStyles as s } from './studioStyles';
import type { ICrops } from './useCrops';

export interface ICropsPanelProps {
  readonly context: IStudioContext;
  readonly portrait: IPortrait;
  readonly headingId: string;
  readonly crops: ICrops;
  /** Reads the consent again: the channels whose yes covers the photo now. */
  readonly photoChannels: () => Promise<readonly PortraitChannel[]>;
  readonly onError: (message: string) => void;
}

export function CropsPanel(props: ICropsPanelProps): React.ReactElement {
  const { context, portrait } = props;
  const t = context.texts.crops;
  const { files, busy } = props.crops;
  const photo = portrait.photo;

  const allowed = async (): Promise<boolean> => {
    const channels = await props.photoChannels();
    if (channels.length === 0) {
      props.onError(fillTemplate(t.noConsent, { channel: `${context.texts.channels.linkedIn} ${context.texts.consent.and} ${context.texts.channels.facebook}`, name: portrait.name }));
      return false;
    }
    return true;
  };

  const make = async (): Promise<void> => {
    if (!photo) return;
    try {
      if (!(await allowed())) return;
      await props.crops.make();
    } catch {
      props.onError(t.failed);
    }
  };

  const download = async (which: readonly ICropFile[]): Promise<void> => {
    if (!(await allowed().catch(() => false))) return;
    await props.crops.download(which);
  };

  const formatName = (f: ICropFile): string => t.formats[f.plan.format];
  const size = (f: ICropFile): string => fillTemplate(t.size, { width: f.plan.width, height: f.plan.height });
  return (
    <section className={s.panel} aria-labelledby={props.headingId}>
      <h4 id={props.headingId} style={{ margin: '0 0 8px' }}>
        {t.heading}
      </h4>
      {!photo ? (
        <p className={s.hint}>{t.noPhoto}</p>
      ) : (
        <div className={s.stack} style={{ gap: 8 }}>
          <p className={s.hint}>
            {t.intro} {CROP_FORMATS.map((f) => `${t.formats[f.format]}: ${fillTemplate(t.size, { width: f.width, height: f.height })}`).join(' · ')}
          </p>
          <div className={s.actions}>
            <PrimaryButton text={busy ? t.making : t.make} disabled={busy} onClick={() => make().catch(() => undefined)} />
            {files.length > 0 && <DefaultButton text={t.downloadAll} onClick={() => download(files).catch(() => props.onError(t.failed))} />}
          </div>
          <div aria-live="polite">
            {files.length > 0 && (
              <ul className={s.crops}>
                {files.map((f) => (
                  <li key={f.plan.format} className={s.crop} data-crop={f.plan.format}>
                    <img className={s.cropImage} src={f.url} alt={fillTemplate(t.preview, { alt: photo.alt, size: size(f) })} />
                    <span>
                      {formatName(f)}: {size(f)}
                    </span>
                    {f.plan.tooSmall && (
                      <p className={s.warning}>
                        {fillTemplate(t.tooSmall, {
                          format: formatName(f),
                          available: f.plan.availablePixels,
                          side: t.sides[f.plan.limitingSide],
                          needed: f.plan.neededPixels,
                          width: f.plan.width,
                          height: f.plan.height,
                        })}
                      </p>
                    )}
                    <DefaultButton text={fillTemplate(t.download, { format: formatName(f), size: size(f) })} onClick={() => download([f]).catch(() => props.onError(t.failed))} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

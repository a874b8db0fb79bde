/**
 * The image crops a portrait is promoted with, cut from the photo around its focal point. Pure geometry: the browser
 * draws what this decides (components/portraitStudio/cropImages.ts).
 *
 * Rules:
 * - Three formats (third-party guidance for LinkedIn and Facebook, ../shared/reference/linkedin.md): 1200×627 for
 *   links and landscape (1.91:1), 1080×1080 square, 1080×1350 portrait (4:5).
 * - The crop is the largest rectangle of the format's aspect ratio that fits the photo, centred on the focal point and
 *   moved only as far as needed to stay inside the photo.
 * - It is scaled down to the format's size, never up: a photo too small for a format gives a smaller crop of the same
 *   ratio and says so (`tooSmall`, with the side and pixels it lacks), instead of upscaling silently.
 * - Each file is a JPEG under 5 MB.
 */
import type { IFocalPoint } from './models';

export type CropFormat = 'landscape' | 'square' | 'portrait';

export interface ICropFormat {
  readonly format: CropFormat;
  readonly width: number;
  readonly height: number;
}

export const CROP_FORMATS: readonly ICropFormat[] = [
  { format: 'landscape', width: 1200, height: 627 },
  { format: 'square', width: 1080, height: 1080 },
  { format: 'portrait', width: 1080, height: 1350 },
];

/** Each crop's file stays under this (the channels' limit for images). */
export const MAX_CROP_BYTES = 5 * 1024 * 1024;

export interface ISize {
  readonly width: number;
  readonly height: number;
}

export interface ICropPlan {
  readonly format: CropFormat;
  /** The source rectangle, in the photo's pixels. */
  readonly sx: number;
  readonly sy: number;
  readonly sw: number;
  readonly sh: number;
  /** The file's size: the format's, or smaller with the same ratio when the photo is too small. */
  readonly width: number;
  readonly height: number;
  /** The photo lacks pixels for the format: the crop is smaller than the format instead of upscaled. */
  readonly tooSmall: boolean;
  /** Which side of the photo limits the crop, and how many pixels it would need there. */
  readonly limitingSide: 'width' | 'height';
  readonly neededPixels: number;
  readonly availablePixels: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A focal point inside the photo (0–1 both ways); anything else is the centre. */
export function validFocus(focus: IFocalPoint | undefined): IFocalPoint {
  if (!focus || !Number.isFinite(focus.x) || !Number.isFinite(focus.y)) return { x: 0.5, y: 0.5 };
  return { x: clamp(focus.x, 0, 1), y: clamp(focus.y, 0, 1) };
}

/** Where to cut one format from a photo of `source` size around `focus`. */
export function planCrop(source: ISize, target: ICropFormat, focus?: IFocalPoint): ICropPlan {
  if (!(source.width > 0 && source.height > 0)) throw new RangeError('The photo has no pixels');
  const f = validFocus(focus);
  const ratio = target.width / target.height;
  // The widest rectangle of the ratio that fits: limited by the height when the photo is wider than the ratio.
  const limitedByHeight = source.width / source.height > ratio;
  const sh = limitedByHeight ? source.height : Math.min(source.height, Math.round(source.width / ratio));
  const sw = limitedByHeight ? Math.min(source.width, Math.round(source.height * ratio)) : source.width;
  const sx = Math.round(clamp(f.x * source.width - sw / 2, 0, source.width - sw));
  const sy = Math.round(clamp(f.y * source.height - sh / 2, 0, source.height - sh));
  const tooSmall = sw < target.width;
  const width = tooSmall ? sw : target.width;
  const height = tooSmall ? Math.max(1, Math.round(sw / ratio)) : target.height;
  return {
    format: target.format,
    sx,
    sy,
    sw,
    sh,
    width,
    height,
    tooSmall,
    limitingSide: limitedByHeight ? 'height' : 'width',
    neededPixels: limitedByHeight ? target.height : target.width,
    availablePixels: limitedByHeight ? source.height : source.width,
  };
}

/** The three crops of a photo. */
export function planCrops(source: ISize, focus?: IFocalPoint): readonly ICropPlan[] {
  return CROP_FORMATS.map((format) => planCrop(source, format, focus));
}

/** The file name of a crop: the portrait's slug and the format's size ("portraet-12-1200x627.jpg"). */
export function cropFileName(slug: string, plan: Pick<ICropPlan, 'width' | 'height'>): string {
  return `${slug}-${plan.width}x${plan.height}.jpg`;
}

/** JPEG qualities to try, best first, until a crop fits under MAX_CROP_BYTES. */
export const JPEG_QUALITIES: readonly number[] = [0.9, 0.82, 0.74, 0.65, 0.55];

/**
 * Draws the crops the domain plans (domain/crops.ts) from a photo in the browser: a canvas per format, JPEG under
 * 5 MB (lower quality until it fits), and one ZIP of them all with fflate. No upload: the files stay in the browser.
 */
import { cropFileName, JPEG_QUALITIES, MAX_CROP_BYTES, planCrops } from '../../domain/crops';
import type { ICropPlan } from '../../domain/crops';
import type { IFocalPoint } from '../../domain/models';

export interface ICropFile {
  readonly plan: ICropPlan;
  readonly fileName: string;
  readonly blob: Blob;
  /** An object URL for the preview and the download link (revoked by `releaseCrops`). */
  readonly url: string;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`Fotoet kunne ikke indlæses: ${src}`));
    img.src = src;
  });
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Browseren kunne ikke lave en JPEG'))), 'image/jpeg', quality));
}

async function draw(img: HTMLImageElement, plan: ICropPlan): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Browseren kan ikke tegne billeder');
  context.imageSmoothingQuality = 'high';
  context.drawImage(img, plan.sx, plan.sy, plan.sw, plan.sh, 0, 0, plan.width, plan.height);
  let blob: Blob | undefined;
  for (const quality of JPEG_QUALITIES) {
    blob = await toJpeg(canvas, quality);
    if (blob.size < MAX_CROP_BYTES) return blob;
  }
  throw new Error(`Billedet ${plan.width}×${plan.height} fylder over 5 MB`);
}

/** The three crops of the photo at `src` around `focus`, named after `slug`. */
export async function makeCrops(src: string, focus: IFocalPoint | undefined, slug: string): Promise<readonly ICropFile[]> {
  const img = await loadImage(src);
  const plans = planCrops({ width: img.naturalWidth, height: img.naturalHeight }, focus);
  const files: ICropFile[] = [];
  for (const plan of plans) {
    const blob = await draw(img, plan);
    files.push({ plan, fileName: cropFileName(slug, plan), blob, url: URL.createObjectURL(blob) });
  }
  return files;
}

export function releaseCrops(files: readonly ICropFile[]): void {
  for (const f of files) URL.revokeObjectURL(f.url);
}

/** One ZIP of the crops (stored, not compressed again: JPEG is compressed already). */
export async function zipCrops(files: readonly ICropFile[]): Promise<Blob> {
  const { zipSync } = await import(/* webpackChunkName: 'portraetstudio-zip' */ 'fflate');
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.fileName] = [new Uint8Array(await f.blob.arrayBuffer()), { level: 0 }];
  const zipped = zipSync(entries);
  return new Blob([zipped], { type: 'application/zip' });
}

/** Saves a blob as a file through a temporary link (the browser's own download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

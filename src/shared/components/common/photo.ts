/**
 * Photos chosen in a form: read in the browser, scaled down (never up) to at most `maxEdge` px on the long edge as
 * JPEG (1200 px for name news, the default), and kept as a data URL so an unsent draft can be restored with its photo.
 * Used by Indsend navnenyt and the portrait studio, which keeps more pixels for its crops.
 */

export interface IChosenPhoto {
  /** The file's own name, type and size (the rules check the original: JPEG/PNG, at most 5 MB). */
  readonly name: string;
  readonly type: string;
  readonly size: number;
  /** The scaled photo (or the original when the browser cannot scale), as a data URL. */
  readonly dataUrl: string;
}

export const DEFAULT_MAX_EDGE = 1200;

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Filen kunne ikke læses'));
    reader.readAsDataURL(blob);
  });
}

async function scaled(file: File, maxEdge: number): Promise<Blob | undefined> {
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return undefined;
  const bitmap = await createImageBitmap(file);
  const factor = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * factor);
  canvas.height = Math.round(bitmap.height * factor);
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), 'image/jpeg', 0.85));
}

export async function choosePhoto(file: File, maxEdge: number = DEFAULT_MAX_EDGE): Promise<IChosenPhoto> {
  let blob: Blob = file;
  if (/^image\/(jpeg|png)$/i.test(file.type) && file.size <= 5 * 1024 * 1024) {
    try {
      blob = (await scaled(file, maxEdge)) ?? file;
    } catch {
      blob = file; // a browser that cannot decode it: send the original, which the rules already accepted
    }
  }
  return { name: file.name, type: file.type, size: file.size, dataUrl: await readAsDataUrl(blob) };
}

/** The bytes and a JPEG/PNG file name for upload. */
export function photoBytes(photo: IChosenPhoto): { fileName: string; bytes: Uint8Array } {
  const [header, base64] = photo.dataUrl.split(',', 2);
  const jpeg = /image\/jpeg/.test(header);
  const binary = atob(base64 ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const base = photo.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9æøåÆØÅ_-]+/g, '-') || 'foto';
  return { fileName: `${base}-${Date.now().toString(36)}.${jpeg ? 'jpg' : 'png'}`, bytes };
}

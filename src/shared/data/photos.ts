/** Where a stored photo lives, for deleting it with what it shows: one of an item's attachments, or a file of its own. */

/** The server-relative path of a photo that is a file of its own (not one of the item's attachments), else undefined. */
export function photoFilePath(photoUrl: string | undefined, siteUrl: string): string | undefined {
  if (!photoUrl) return undefined;
  const path = decodeURIComponent(new URL(photoUrl, siteUrl).pathname);
  return /\/Attachments\/\d+\//i.test(path) ? undefined : path;
}

/** The attachment's file name when the photo is one of item `id`'s attachments, else undefined. */
export function photoAttachmentName(photoUrl: string | undefined, id: number, siteUrl: string): string | undefined {
  if (!photoUrl) return undefined;
  const path = decodeURIComponent(new URL(photoUrl, siteUrl).pathname);
  const marker = `/Attachments/${id}/`;
  const at = path.indexOf(marker);
  return at < 0 ? undefined : path.slice(at + marker.length) || undefined;
}

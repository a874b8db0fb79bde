/**
 * A modern page's CanvasContent1 (SharePoint's canvas HTML: one `<div data-sp-canvascontrol data-sp-controldata="{…}">`
 * per control; text web parts hold their HTML in `<div data-sp-rte>`, other web parts their data in
 * `data-sp-webpartdata`) as the story page's parts, in page order. Text stays HTML for the component to sanitise; an
 * image web part becomes an image whose address passed the URL rule. Other web parts are left out.
 */
import { acceptedUrl } from '../../../shared/data/urls';
import type { StoryPagePart } from '../domain/models';

/** SharePoint's own image web part. */
export const IMAGE_WEB_PART_ID = 'd1d91016-032f-456d-98a4-721247c305e8';

type Json = Record<string, unknown>;

function unattr(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function attribute(openTag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(openTag);
  return m ? unattr(m[1]) : undefined;
}

function json(value: string | undefined): Json | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** Where the div whose content starts at `from` ends (nested divs counted). */
function contentEnd(html: string, from: number): number {
  const tag = /<(\/?)div\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return html.length;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.normalize('NFC') : '';
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : undefined;
}

function imagePart(id: string, wp: Json, siteUrl: string, source: string): StoryPagePart {
  const props = (wp.properties ?? {}) as Json;
  const server = (wp.serverProcessedContent ?? {}) as Json;
  const sources = (server.imageSources ?? {}) as Json;
  const raw = str(sources.imageSource) || str(props.imageSource);
  return {
    kind: 'image',
    id,
    url: acceptedUrl(raw || undefined, 'image', siteUrl, source),
    alt: str(props.altText).trim(),
    caption: str(props.captionText).trim(),
    width: positive(props.imgWidth),
    height: positive(props.imgHeight),
  };
}

/** The page's text and image web parts, in order. `source` names the page in data-error messages. */
export function pageParts(html: string | undefined, siteUrl: string, source: string): StoryPagePart[] {
  if (!html) return [];
  const parts: StoryPagePart[] = [];
  const open = /<div\b[^>]*\sdata-sp-canvascontrol(="")?[^>]*>/gi;
  let index = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const start = open.lastIndex;
    const end = contentEnd(html, start);
    open.lastIndex = end;
    const inner = html.slice(start, end);
    const data = json(attribute(m[0], 'data-sp-controldata')) ?? {};
    const id = str(data.id) || `del-${++index}`;
    if (data.controlType === 4) {
      const rte = /<div\b[^>]*\sdata-sp-rte(="")?[^>]*>/i.exec(inner);
      const body = rte ? inner.slice(rte.index + rte[0].length, contentEnd(inner, rte.index + rte[0].length)) : inner;
      if (body.trim()) parts.push({ kind: 'text', id, html: body });
    } else if (data.controlType === 3) {
      const tag = /<div\b[^>]*\sdata-sp-webpartdata="[^"]*"[^>]*>/i.exec(inner);
      const wp = tag ? json(attribute(tag[0], 'data-sp-webpartdata')) : undefined;
      if (wp && (str(wp.id) === IMAGE_WEB_PART_ID || str(data.webPartId) === IMAGE_WEB_PART_ID)) parts.push(imagePart(id, wp, siteUrl, source));
    }
  }
  return parts;
}

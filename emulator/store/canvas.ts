/**
 * A modern page's content in its two shapes. The list item's CanvasContent1 column holds HTML: one
 * `<div data-sp-canvascontrol="" data-sp-canvasdataversion="1.0" data-sp-controldata="{…}">` per control — text web
 * parts with their HTML in `<div data-sp-rte="">`, other web parts with their data in `data-sp-webpartdata` — and the
 * page-settings slice. The `_api/sitepages/pages` endpoints (and PnPjs's clientside-pages) exchange the same content
 * as a JSON array of controls (controlType 4 text, 3 web part, 0 column or page settings).
 */

export type CanvasControl = Record<string, unknown>;

/** Well-known web part ids of SharePoint's own web parts. */
export const IMAGE_WEB_PART_ID = 'd1d91016-032f-456d-98a4-721247c305e8';

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unattr(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

function controlDiv(data: CanvasControl, inner: string): string {
  return `<div data-sp-canvascontrol="" data-sp-canvasdataversion="1.0" data-sp-controldata="${attr(JSON.stringify(data))}">${inner}</div>`;
}

/** The JSON controls (as the sitepages API takes them) as the HTML SharePoint keeps in CanvasContent1. */
export function canvasToHtml(controls: readonly CanvasControl[]): string {
  const parts = controls.map((c) => {
    if (c.controlType === 4) {
      const { innerHTML, ...data } = c;
      return controlDiv(data, `<div data-sp-rte="">${typeof innerHTML === 'string' ? innerHTML : ''}</div>`);
    }
    if (c.controlType === 3) {
      const { webPartData, ...data } = c;
      const wp = (webPartData ?? {}) as Record<string, unknown>;
      const version = typeof wp.dataVersion === 'string' ? wp.dataVersion : '1.0';
      return controlDiv(data, `<div data-sp-webpart="" data-sp-webpartdataversion="${attr(version)}" data-sp-webpartdata="${attr(JSON.stringify(wp))}"></div>`);
    }
    return controlDiv(c, '');
  });
  return `<div>${parts.join('')}</div>`;
}

/** The index just after the `</div>` closing the div whose content starts at `from` (nested divs counted). */
function closingDiv(html: string, from: number): { contentEnd: number; end: number } {
  const tag = /<(\/?)div\b[^>]*>/gi;
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return { contentEnd: m.index, end: tag.lastIndex };
  }
  return { contentEnd: html.length, end: html.length };
}

function attribute(openTag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(openTag);
  return m ? unattr(m[1]) : undefined;
}

/** The HTML of CanvasContent1 as the JSON controls the sitepages API answers. Unreadable controls are skipped. */
export function htmlToCanvas(html: string | null | undefined): CanvasControl[] {
  if (!html) return [];
  const out: CanvasControl[] = [];
  const open = /<div\b[^>]*\sdata-sp-canvascontrol=""[^>]*>/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const raw = attribute(m[0], 'data-sp-controldata');
    const { contentEnd, end } = closingDiv(html, open.lastIndex);
    const inner = html.slice(open.lastIndex, contentEnd);
    open.lastIndex = end;
    let data: CanvasControl;
    try {
      data = raw ? (JSON.parse(raw) as CanvasControl) : {};
    } catch {
      continue;
    }
    if (data.controlType === 4) {
      const rte = /<div\b[^>]*\sdata-sp-rte=""[^>]*>/i.exec(inner);
      const body = rte ? inner.slice(rte.index + rte[0].length, closingDiv(inner, rte.index + rte[0].length).contentEnd) : inner;
      out.push({ ...data, innerHTML: body });
    } else if (data.controlType === 3) {
      const wp = /<div\b[^>]*\sdata-sp-webpartdata="[^"]*"[^>]*>/i.exec(inner);
      let webPartData: unknown = null;
      try {
        webPartData = wp ? JSON.parse(attribute(wp[0], 'data-sp-webpartdata') ?? 'null') : null;
      } catch {
        webPartData = null;
      }
      out.push({ ...data, webPartData });
    } else {
      out.push(data);
    }
  }
  return out;
}

/** The text a page's controls show, without markup (for checks and search-like uses). */
export function canvasText(controls: readonly CanvasControl[]): string {
  return controls
    .filter((c) => c.controlType === 4 && typeof c.innerHTML === 'string')
    .map((c) => String(c.innerHTML).replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

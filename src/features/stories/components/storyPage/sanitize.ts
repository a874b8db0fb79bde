/**
 * A story's text web parts are HTML written in SharePoint's editor; before the local front page shows them they pass
 * DOMPurify (a well-kept, widely audited sanitiser) with a short allow-list, and then the product's URL rule: no
 * script, style, form, iframe or embed survives, no event handler or inline style, and a link or image only when the
 * rule allows its address (src/shared/domain/urls.ts: https or the site itself for links, the site's own images).
 */
import DOMPurify from 'dompurify';
import { judgeUrl } from '../../../../shared/domain/urls';

const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'u', 'blockquote', 'span', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'lang'];

/** The sanitised HTML; `siteUrl` is the absolute address of the site the page lives on. */
export function sanitizeStoryHtml(html: string, siteUrl: string): string {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const verdict = judgeUrl(el.getAttribute('href') ?? undefined, 'link', siteUrl);
      if (verdict.ok) el.setAttribute('href', verdict.url);
      else el.removeAttribute('href');
    } else if (el.tagName === 'IMG') {
      const verdict = judgeUrl(el.getAttribute('src') ?? undefined, 'image', siteUrl);
      if (verdict.ok) {
        el.setAttribute('src', verdict.url);
        el.setAttribute('loading', 'lazy');
      } else el.parentNode?.removeChild(el);
    }
  });
  return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_UNKNOWN_PROTOCOLS: false });
}

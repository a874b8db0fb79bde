/**
 * SharePoint's rich text (HTML) as plain paragraphs, for showing a story without trusting its markup:
 * no tag, attribute or script of the stored HTML reaches the page.
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function richTextParagraphs(html: string): string[] {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, '')
    .split(/<\/p\s*>|<br\s*\/?>|<\/h[1-6]\s*>|<\/li\s*>|<\/div\s*>/i)
    .map((part) => decode(part.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim().normalize('NFC'))
    .filter((p) => p.length > 0);
}

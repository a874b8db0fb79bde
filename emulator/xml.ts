/**
 * A small, strict XML reader for the product's Feature-Framework files (elements.xml, schema-*.xml): elements,
 * attributes, text, comments, CDATA, processing instructions and the five predefined entities plus numeric character
 * references. Enough for well-formed CAML; it throws on anything malformed, so a broken asset file fails loudly.
 */

export interface IXmlElement {
  name: string;
  attrs: Record<string, string>;
  children: IXmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m: string, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`Unknown XML entity ${m}`);
    return v;
  });
}

/** Local name without a namespace prefix. */
function localName(n: string): string {
  const i = n.indexOf(':');
  return i >= 0 ? n.slice(i + 1) : n;
}

export function parseXml(xml: string): IXmlElement {
  let pos = 0;
  const stack: IXmlElement[] = [];
  let root: IXmlElement | undefined;
  const fail = (msg: string): never => {
    throw new Error(`XML: ${msg} at offset ${pos}`);
  };
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      if (xml.slice(pos).trim() !== '') fail('text after the root element');
      break;
    }
    if (lt > pos) {
      const text = xml.slice(pos, lt);
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(text);
      else if (text.trim() !== '') fail('text outside the root element');
    }
    pos = lt;
    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos);
      if (end < 0) fail('unterminated comment');
      pos = end + 3;
    } else if (xml.startsWith('<![CDATA[', pos)) {
      const end = xml.indexOf(']]>', pos);
      if (end < 0) fail('unterminated CDATA');
      const top = stack[stack.length - 1];
      if (top) top.text += xml.slice(pos + 9, end);
      pos = end + 3;
    } else if (xml.startsWith('<?', pos)) {
      const end = xml.indexOf('?>', pos);
      if (end < 0) fail('unterminated processing instruction');
      pos = end + 2;
    } else if (xml.startsWith('<!', pos)) {
      const end = xml.indexOf('>', pos);
      if (end < 0) fail('unterminated declaration');
      pos = end + 1;
    } else if (xml.startsWith('</', pos)) {
      const end = xml.indexOf('>', pos);
      if (end < 0) fail('unterminated end tag');
      const name = localName(xml.slice(pos + 2, end).trim());
      const top = stack.pop();
      if (!top || top.name !== name) fail(`unexpected </${name}>`);
      pos = end + 1;
    } else {
      pos = readStartTag(pos);
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) return fail('no root element');
  return root;

  function readStartTag(start: number): number {
    const re = /^<([A-Za-z_][\w.:-]*)/;
    const m = re.exec(xml.slice(start, start + 200));
    if (!m) return fail('bad start tag');
    let p = start + m[0].length;
    const el: IXmlElement = { name: localName(m[1]), attrs: {}, children: [], text: '' };
    const attrRe = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
    for (;;) {
      while (/\s/.test(xml[p] ?? '')) p++;
      if (xml.startsWith('/>', p)) {
        attach(el);
        return p + 2;
      }
      if (xml[p] === '>') {
        attach(el);
        stack.push(el);
        return p + 1;
      }
      attrRe.lastIndex = p;
      const a = attrRe.exec(xml);
      if (!a) return fail(`bad attribute in <${el.name}>`);
      el.attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
      p = attrRe.lastIndex;
    }
  }

  function attach(el: IXmlElement): void {
    const top = stack[stack.length - 1];
    if (top) top.children.push(el);
    else if (root) fail('second root element');
    else root = el;
  }
}

export function child(el: IXmlElement, name: string): IXmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function childrenNamed(el: IXmlElement, name: string): IXmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/**
 * A small, strict XML reader for the package's Feature-Framework files, pure TypeScript (no DOMParser, so it runs the
 * same in the browser, in Node and in tests). Each element keeps its source text (`source`): the set-up hands
 * SharePoint the XML's own `<Field>` elements, character for character, through createFieldAsXml.
 */

export interface IXmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly IXmlNode[];
  readonly text: string;
  /** The element as written in the file, from `<` to its closing `>`. */
  readonly source: string;
}

interface IOpen {
  name: string;
  attrs: Record<string, string>;
  children: IXmlNode[];
  text: string;
  start: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m: string, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`XML: unknown entity ${m}`);
    return v;
  });
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let rest = s;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    attrs[m[1]] = decode(m[3] ?? m[4] ?? '');
    rest = rest.replace(m[0], '');
  }
  if (rest.trim() !== '') throw new Error(`XML: malformed attributes "${rest.trim()}"`);
  return attrs;
}

export function parseXml(xml: string): IXmlNode {
  const stack: IOpen[] = [];
  let root: IXmlNode | undefined;
  let pos = 0;
  const close = (open: IOpen, end: number): void => {
    const node: IXmlNode = { name: open.name, attrs: open.attrs, children: open.children, text: open.text, source: xml.slice(open.start, end) };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (root) throw new Error('XML: more than one root element');
    else root = node;
  };
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    const text = xml.slice(pos, textEnd);
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text);
    else if (text.trim() !== '') throw new Error('XML: text outside the root element');
    if (lt < 0) break;
    pos = lt;
    const skip = (open: string, end: string): boolean => {
      if (!xml.startsWith(open, pos)) return false;
      const at = xml.indexOf(end, pos);
      if (at < 0) throw new Error(`XML: unterminated ${open}`);
      if (open === '<![CDATA[' && top) top.text += xml.slice(pos + open.length, at);
      pos = at + end.length;
      return true;
    };
    if (skip('<!--', '-->') || skip('<![CDATA[', ']]>') || skip('<?', '?>')) continue;
    const gt = xml.indexOf('>', pos);
    if (gt < 0) throw new Error('XML: unterminated tag');
    const tag = xml.slice(pos + 1, gt);
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`XML: unexpected </${tag.slice(1)}>`);
      close(open, gt + 1);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([A-Za-z_][\w:.-]*)([\s\S]*)$/.exec(body);
      if (!m) throw new Error(`XML: malformed tag <${tag}>`);
      const open: IOpen = { name: m[1], attrs: parseAttrs(m[2]), children: [], text: '', start: pos };
      if (selfClosing) close(open, gt + 1);
      else stack.push(open);
    }
    pos = gt + 1;
  }
  if (stack.length > 0) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new Error('XML: no root element');
  return root;
}

export function childrenNamed(node: IXmlNode, name: string): IXmlNode[] {
  return node.children.filter((c) => c.name === name);
}

export function childNamed(node: IXmlNode, name: string): IXmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

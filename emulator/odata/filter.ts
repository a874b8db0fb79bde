/**
 * Parser for SharePoint's `$filter` grammar on list items (OData v3 subset): eq ne lt le gt ge, and/or, parentheses,
 * startswith(), substringof(), day()/month()/year()/hour()/minute()/second(), literals ('text' with '' escaping,
 * numbers, true/false, null, datetime'…', guid'…'), field paths (`Title`, `MnEmployeeId`, `MnEmployee/EMail`).
 * What SharePoint does not support (not, arithmetic, endswith, tolower, …) is rejected with a 400, and so are filters
 * nested deeper than MAX_FILTER_DEPTH or with more than MAX_FILTER_CONDITIONS conditions.
 */
import { Errors, SpError } from '../errors';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH } from '../limits';

export type Literal =
  | { t: 'lit'; kind: 'string'; value: string }
  | { t: 'lit'; kind: 'number'; value: number }
  | { t: 'lit'; kind: 'bool'; value: boolean }
  | { t: 'lit'; kind: 'null' }
  | { t: 'lit'; kind: 'datetime'; value: string }
  | { t: 'lit'; kind: 'guid'; value: string };

export interface IFieldRef {
  t: 'field';
  path: string[];
}

export interface IDatePart {
  t: 'datepart';
  part: 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second';
  field: IFieldRef;
}

export type Operand = Literal | IFieldRef | IDatePart;

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type FilterNode =
  | { t: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { t: 'cmp'; op: CmpOp; left: IFieldRef | IDatePart; right: Literal }
  | { t: 'startswith'; field: IFieldRef; value: string; negate: boolean }
  | { t: 'substringof'; field: IFieldRef; value: string; negate: boolean };

interface IToken {
  kind: 'lp' | 'rp' | 'comma' | 'str' | 'num' | 'ident' | 'typed';
  text: string;
  pos: number;
  prefix?: string;
}

const CMP = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const ARITH = new Set(['add', 'sub', 'mul', 'div', 'mod']);
const DATEPARTS = new Set(['day', 'month', 'year', 'hour', 'minute', 'second']);
const UNSUPPORTED_FUNCS = new Set([
  'endswith', 'tolower', 'toupper', 'trim', 'concat', 'substring', 'replace', 'indexof', 'length', 'round', 'floor',
  'ceiling', 'contains', 'isof', 'cast', 'any', 'all', 'now', 'date', 'time',
]);

function tokenize(src: string): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  const syntax = (pos: number): SpError => Errors.badQuery(`Syntax error at position ${pos} in '${src}'.`);
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(') {
      out.push({ kind: 'lp', text: c, pos: i++ });
    } else if (c === ')') {
      out.push({ kind: 'rp', text: c, pos: i++ });
    } else if (c === ',') {
      out.push({ kind: 'comma', text: c, pos: i++ });
    } else if (c === "'") {
      const [text, end] = readQuoted(src, i, syntax);
      out.push({ kind: 'str', text, pos: i });
      i = end;
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(src.slice(i));
      if (!m || m[0] === '-') throw syntax(i);
      out.push({ kind: 'num', text: m[0].replace(/[LlMmDdFf]$/, ''), pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
      if (!m) throw syntax(i);
      const word = m[0];
      if (src[i + word.length] === "'" && /^(datetime|guid|datetimeoffset|X|binary)$/i.test(word)) {
        const [text, end] = readQuoted(src, i + word.length, syntax);
        out.push({ kind: 'typed', text, pos: i, prefix: word.toLowerCase() });
        i = end;
      } else {
        out.push({ kind: 'ident', text: word, pos: i });
        i += word.length;
      }
    } else {
      throw syntax(i);
    }
  }
  return out;
}

function readQuoted(src: string, start: number, syntax: (p: number) => SpError): [string, number] {
  let j = start + 1;
  let text = '';
  for (;;) {
    if (j >= src.length) throw syntax(start);
    if (src[j] === "'") {
      if (src[j + 1] === "'") {
        text += "'";
        j += 2;
        continue;
      }
      return [text, j + 1];
    }
    text += src[j++];
  }
}

/**
 * Refuses filters deeper or longer than the limits before parsing, so the recursive parser and the SQL built from the
 * tree stay shallow whatever the input.
 */
function checkComplexity(toks: IToken[]): void {
  let depth = 0;
  let joins = 0;
  for (const t of toks) {
    if (t.kind === 'lp' && ++depth > MAX_FILTER_DEPTH) {
      throw Errors.badQuery(`The $filter expression is nested too deeply: at most ${MAX_FILTER_DEPTH} levels of parentheses are allowed.`);
    }
    if (t.kind === 'rp') depth--;
    if (t.kind === 'ident' && /^(and|or)$/i.test(t.text)) joins++;
  }
  if (joins + 1 > MAX_FILTER_CONDITIONS) {
    throw Errors.badQuery(`The $filter expression has ${joins + 1} conditions; at most ${MAX_FILTER_CONDITIONS} conditions are allowed in one query.`);
  }
}

export function parseFilter(src: string): FilterNode {
  if (src.trim() === '') throw Errors.badQuery(`The expression "${src}" is not valid.`);
  const toks = tokenize(src);
  checkComplexity(toks);
  let p = 0;
  const syntax = (tok?: IToken): SpError => Errors.badQuery(`Syntax error at position ${tok ? tok.pos : src.length} in '${src}'.`);
  const unsupported = (what: string): SpError => Errors.badQuery(`The '${what}' operator or function is not supported in a SharePoint list query: "${src}".`);
  const peek = (): IToken | undefined => toks[p];
  const isWord = (t: IToken | undefined, w: string): boolean => t?.kind === 'ident' && t.text.toLowerCase() === w;

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isWord(peek(), 'or')) {
      p++;
      left = { t: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isWord(peek(), 'and')) {
      p++;
      left = { t: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    const t = peek();
    if (!t) throw syntax();
    if (isWord(t, 'not')) throw unsupported('not');
    if (t.kind === 'lp') {
      p++;
      const inner = parseOr();
      if (peek()?.kind !== 'rp') throw syntax(peek());
      p++;
      return inner;
    }
    return parseComparison();
  };
  const parseOperand = (): Operand | { t: 'boolfn'; name: 'startswith' | 'substringof'; field: IFieldRef; value: string } => {
    const t = peek();
    if (!t) throw syntax();
    p++;
    switch (t.kind) {
      case 'str':
        return { t: 'lit', kind: 'string', value: t.text };
      case 'num':
        return { t: 'lit', kind: 'number', value: Number(t.text) };
      case 'typed':
        if (t.prefix === 'datetime' || t.prefix === 'datetimeoffset') return { t: 'lit', kind: 'datetime', value: t.text };
        if (t.prefix === 'guid') return { t: 'lit', kind: 'guid', value: t.text };
        throw unsupported(t.prefix ?? '');
      case 'ident': {
        const w = t.text.toLowerCase();
        if (w === 'true' || w === 'false') return { t: 'lit', kind: 'bool', value: w === 'true' };
        if (w === 'null') return { t: 'lit', kind: 'null' };
        if (peek()?.kind === 'lp') return parseCall(t);
        return { t: 'field', path: t.text.split('/') };
      }
      default:
        throw syntax(t);
    }
  };
  const parseCall = (name: IToken): IDatePart | { t: 'boolfn'; name: 'startswith' | 'substringof'; field: IFieldRef; value: string } => {
    const fn = name.text;
    const lower = fn.toLowerCase();
    if (UNSUPPORTED_FUNCS.has(lower)) throw unsupported(fn);
    if (fn !== lower || !(lower === 'startswith' || lower === 'substringof' || DATEPARTS.has(lower))) {
      throw Errors.badQuery(`Unknown function '${fn}' at position ${name.pos} in '${src}'.`);
    }
    p++; // (
    const args: Operand[] = [];
    while (peek() && peek()?.kind !== 'rp') {
      const a = parseOperand();
      if (a.t === 'boolfn') throw syntax(peek());
      args.push(a);
      if (peek()?.kind === 'comma') p++;
      else break;
    }
    if (peek()?.kind !== 'rp') throw syntax(peek());
    p++;
    if (DATEPARTS.has(lower)) {
      if (args.length !== 1 || args[0].t !== 'field') throw syntax(name);
      return { t: 'datepart', part: lower as IDatePart['part'], field: args[0] };
    }
    const [a, b] = args;
    if (args.length !== 2) throw syntax(name);
    if (lower === 'startswith' && a.t === 'field' && b.t === 'lit' && b.kind === 'string') return { t: 'boolfn', name: 'startswith', field: a, value: b.value };
    if (lower === 'substringof' && b.t === 'field' && a.t === 'lit' && a.kind === 'string') return { t: 'boolfn', name: 'substringof', field: b, value: a.value };
    throw Errors.badQuery(`The arguments of '${fn}' are not valid in '${src}'.`);
  };
  const parseComparison = (): FilterNode => {
    const left = parseOperand();
    const opTok = peek();
    const op = opTok?.kind === 'ident' ? opTok.text.toLowerCase() : '';
    if (ARITH.has(op)) throw unsupported(op);
    if (left.t === 'boolfn') {
      if (!CMP.has(op)) return { t: left.name, field: left.field, value: left.value, negate: false };
      p++;
      const right = parseOperand();
      if ((op !== 'eq' && op !== 'ne') || right.t !== 'lit' || right.kind !== 'bool') throw syntax(opTok);
      return { t: left.name, field: left.field, value: left.value, negate: (op === 'eq') !== right.value };
    }
    if (!CMP.has(op)) throw syntax(opTok);
    if (opTok?.text !== op) throw syntax(opTok);
    p++;
    const right = parseOperand();
    if (ARITH.has(peek()?.kind === 'ident' ? (peek()?.text ?? '').toLowerCase() : '')) throw unsupported(peek()?.text ?? '');
    if ((left.t !== 'field' && left.t !== 'datepart') || right.t !== 'lit') {
      throw Errors.badQuery(`The expression "${src}" is not supported: compare a field with a constant value.`);
    }
    return { t: 'cmp', op: op as CmpOp, left, right };
  };

  const node = parseOr();
  if (p < toks.length) throw syntax(toks[p]);
  return node;
}

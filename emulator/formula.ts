/**
 * SharePoint's list validation formulas, the subset the emulator evaluates: `=` then an expression of
 * - literals: TRUE, FALSE, numbers, "text";
 * - column references: `[Display name]`, `[InternalName]` or a bare internal name;
 * - comparisons `=  <>  <  <=  >  >=`, text joining `&`;
 * - functions AND, OR, NOT, IF, ISBLANK, LEN.
 * A formula outside the subset fails when the list is provisioned, never silently at save time.
 */

export type FormulaValue = string | number | boolean | null;

type Node =
  | { kind: 'lit'; value: FormulaValue }
  | { kind: 'ref'; name: string }
  | { kind: 'call'; fn: string; args: Node[] }
  | { kind: 'bin'; op: string; left: Node; right: Node };

const FUNCTIONS: Record<string, [number, number]> = { AND: [1, 30], OR: [1, 30], NOT: [1, 1], IF: [2, 3], ISBLANK: [1, 1], LEN: [1, 1] };

interface IToken {
  t: 'num' | 'str' | 'ref' | 'name' | 'op' | '(' | ')' | ',';
  v: string;
}

function tokenize(src: string): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < src.length; j++) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j++;
        } else if (src[j] === '"') break;
        else s += src[j];
      }
      if (j >= src.length) throw new Error('unterminated text');
      out.push({ t: 'str', v: s });
      i = j + 1;
    } else if (c === '[') {
      const j = src.indexOf(']', i);
      if (j < 0) throw new Error('unterminated column reference');
      out.push({ t: 'ref', v: src.slice(i + 1, j) });
      i = j + 1;
    } else if (/[0-9.]/.test(c)) {
      const m = /^[0-9]*\.?[0-9]+/.exec(src.slice(i));
      if (!m) throw new Error(`bad number at ${i}`);
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: 'name', v: m[0] });
      i += m[0].length;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c, v: c });
      i++;
    } else {
      const two = src.slice(i, i + 2);
      const op = ['<=', '>=', '<>'].includes(two) ? two : c;
      if (!['=', '<', '>', '<=', '>=', '<>', '&'].includes(op)) throw new Error(`unexpected '${c}'`);
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

class Parser {
  private i = 0;
  public constructor(private readonly tokens: IToken[]) {}

  public parse(): Node {
    const n = this.comparison();
    if (this.i < this.tokens.length) throw new Error(`unexpected '${this.tokens[this.i].v}'`);
    return n;
  }

  private peek(): IToken | undefined {
    return this.tokens[this.i];
  }

  private next(): IToken {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('the formula ends too early');
    return t;
  }

  private comparison(): Node {
    let left = this.concat();
    for (let t = this.peek(); t && t.t === 'op' && t.v !== '&'; t = this.peek()) {
      this.i++;
      left = { kind: 'bin', op: t.v, left, right: this.concat() };
    }
    return left;
  }

  private concat(): Node {
    let left = this.primary();
    for (let t = this.peek(); t && t.t === 'op' && t.v === '&'; t = this.peek()) {
      this.i++;
      left = { kind: 'bin', op: '&', left, right: this.primary() };
    }
    return left;
  }

  private primary(): Node {
    const t = this.next();
    if (t.t === 'num') return { kind: 'lit', value: Number(t.v) };
    if (t.t === 'str') return { kind: 'lit', value: t.v };
    if (t.t === 'ref') return { kind: 'ref', name: t.v };
    if (t.t === '(') {
      const n = this.comparison();
      if (this.next().t !== ')') throw new Error("missing ')'");
      return n;
    }
    if (t.t === 'name') {
      const upper = t.v.toUpperCase();
      if (this.peek()?.t !== '(') {
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'lit', value: upper === 'TRUE' };
        return { kind: 'ref', name: t.v };
      }
      this.i++;
      const args: Node[] = [];
      if (this.peek()?.t !== ')') {
        args.push(this.comparison());
        while (this.peek()?.t === ',') {
          this.i++;
          args.push(this.comparison());
        }
      }
      if (this.next().t !== ')') throw new Error(`missing ')' after ${t.v}`);
      const arity = FUNCTIONS[upper];
      if (!arity) throw new Error(`the function ${t.v} is not supported by the emulator`);
      if (args.length < arity[0] || args.length > arity[1]) throw new Error(`${upper} takes ${arity[0]}–${arity[1]} arguments`);
      return { kind: 'call', fn: upper, args };
    }
    throw new Error(`unexpected '${t.v}'`);
  }
}

export interface IFormula {
  readonly text: string;
  /** The column names the formula refers to, as written. */
  readonly refs: readonly string[];
  evaluate(value: (ref: string) => FormulaValue): FormulaValue;
}

function blank(v: FormulaValue): boolean {
  return v === null || v === '';
}

function truthy(v: FormulaValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  throw new Error(`"${v}" is not a yes/no value`);
}

function compare(op: string, a: FormulaValue, b: FormulaValue): boolean {
  // Blank equals blank, "" and FALSE/0 as in SharePoint's formulas.
  const norm = (v: FormulaValue, other: FormulaValue): FormulaValue => (v === null ? (typeof other === 'number' ? 0 : typeof other === 'boolean' ? false : '') : v);
  const x = norm(a, b);
  const y = norm(b, a);
  const cmp = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'da', { sensitivity: 'accent' }) : x === y ? 0 : (x as number) < (y as number) ? -1 : 1;
  switch (op) {
    case '=':
      return cmp === 0;
    case '<>':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    default:
      return cmp >= 0;
  }
}

function run(n: Node, value: (ref: string) => FormulaValue): FormulaValue {
  switch (n.kind) {
    case 'lit':
      return n.value;
    case 'ref':
      return value(n.name);
    case 'bin': {
      const a = run(n.left, value);
      const b = run(n.right, value);
      return n.op === '&' ? `${a ?? ''}${b ?? ''}` : compare(n.op, a, b);
    }
    case 'call': {
      const arg = (i: number): FormulaValue => run(n.args[i], value);
      switch (n.fn) {
        case 'AND':
          return n.args.every((_, i) => truthy(arg(i)));
        case 'OR':
          return n.args.some((_, i) => truthy(arg(i)));
        case 'NOT':
          return !truthy(arg(0));
        case 'IF':
          return truthy(arg(0)) ? arg(1) : n.args.length > 2 ? arg(2) : false;
        case 'ISBLANK':
          return blank(arg(0));
        default:
          return String(arg(0) ?? '').length;
      }
    }
  }
}

function refsOf(n: Node, out: string[]): string[] {
  if (n.kind === 'ref') out.push(n.name);
  else if (n.kind === 'bin') {
    refsOf(n.left, out);
    refsOf(n.right, out);
  } else if (n.kind === 'call') n.args.forEach((a) => refsOf(a, out));
  return out;
}

/** Parses `=expression`; throws on anything outside the subset. */
export function parseFormula(text: string): IFormula {
  const body = text.trim();
  if (!body.startsWith('=')) throw new Error(`A validation formula starts with '=': ${text}`);
  const tree = new Parser(tokenize(body.slice(1))).parse();
  return { text: body, refs: refsOf(tree, []), evaluate: (value) => run(tree, value) };
}

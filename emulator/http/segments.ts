/**
 * Splits a REST path such as `web/lists/getByTitle('Bob''s%20List')/items(5)/AttachmentFiles('a%2Fb.png')/$value`
 * into segments with parsed arguments. Arguments are parsed before splitting on `/`, so encoded slashes inside
 * `decodedUrl='%2Fsites%2F…'` stay inside their argument. `@alias` arguments are resolved from the query string.
 */
import { Errors } from '../errors';

export type ArgValue = string | number | boolean | null;

export interface IArg {
  key: string | null;
  value: ArgValue;
}

export interface ISegment {
  /** Lower-case name, e.g. 'getbytitle', 'items', '$value'. */
  name: string;
  rawName: string;
  /** null when the segment has no parentheses. */
  args: IArg[] | null;
}

export function parseSegments(path: string, query: URLSearchParams): ISegment[] {
  const segs: ISegment[] = [];
  let i = 0;
  const src = path.replace(/%27/gi, "'");
  while (i < src.length) {
    if (src[i] === '/') {
      i++;
      continue;
    }
    let name = '';
    while (i < src.length && src[i] !== '/' && src[i] !== '(') name += src[i++];
    let args: IArg[] | null = null;
    if (src[i] === '(') {
      const [parsed, end] = parseArgs(src, i + 1, query);
      args = parsed;
      i = end;
      if (i < src.length && src[i] !== '/') throw Errors.noResource(src);
    }
    const rawName = safeDecode(name);
    segs.push({ name: rawName.toLowerCase(), rawName, args });
  }
  return segs;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw Errors.badQuery(`The URL segment '${s}' is not correctly encoded.`);
  }
}

function parseArgs(src: string, start: number, query: URLSearchParams): [IArg[], number] {
  const args: IArg[] = [];
  let i = start;
  const bad = (): never => {
    throw Errors.badQuery(`Syntax error in the resource path near position ${i}.`);
  };
  while (i < src.length && src[i] !== ')') {
    // A space between arguments arrives as %20 (PnPjs writes "principalid=6, roledefid=…").
    while (src[i] === ' ' || src.startsWith('%20', i)) i += src[i] === ' ' ? 1 : 3;
    let key: string | null = null;
    const km = /^([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(src.slice(i, i + 80));
    if (km) {
      key = km[1].toLowerCase();
      i += km[0].length;
    }
    let value: ArgValue;
    const typed = /^(guid|datetime)'/i.exec(src.slice(i, i + 10));
    if (typed) i += typed[0].length - 1;
    if (src[i] === "'") {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) bad();
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      value = safeDecode(text);
      i = j + 1;
    } else {
      let raw = '';
      while (i < src.length && src[i] !== ',' && src[i] !== ')') raw += src[i++];
      raw = safeDecode(raw.trim());
      if (raw.startsWith('@')) value = aliasValue(raw, query);
      else if (/^-?\d+$/.test(raw)) value = Number(raw);
      else if (/^(true|false)$/i.test(raw)) value = raw.toLowerCase() === 'true';
      else if (raw === 'null') value = null;
      else if (raw === '') throw Errors.badQuery(`Syntax error in the resource path near position ${i}.`);
      else value = raw;
    }
    args.push({ key, value });
    while (src[i] === ' ') i++;
    if (src[i] === ',') i++;
    else if (src[i] !== ')') bad();
  }
  if (src[i] !== ')') bad();
  return [args, i + 1];
}

/** `@v` → the value of the query parameter `@v`, a quoted OData literal. */
function aliasValue(alias: string, query: URLSearchParams): ArgValue {
  const raw = query.get(alias);
  if (raw === null) throw Errors.badQuery(`The parameter alias '${alias}' has no value in the query string.`);
  const t = raw.trim();
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'");
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return t;
}

export function argString(seg: ISegment, key?: string): string | undefined {
  if (!seg.args) return undefined;
  const a = key ? seg.args.find((x) => x.key === key.toLowerCase()) : seg.args[0];
  if (!a || a.value === null) return undefined;
  return String(a.value);
}

export function argNumber(seg: ISegment): number | undefined {
  const v = seg.args?.[0]?.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

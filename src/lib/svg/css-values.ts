// Evaluates the CSS values our stylesheets use (var(), light-dark(), color-mix() in srgb and
// simple calc()) down to plain values an SVG renderer without CSS variables understands. Used
// to draw the site's real figures, styled by their real stylesheets, into share cards.
import { color as parseColour, rgb } from 'd3-color';

export type Theme = 'light' | 'dark';
/** Looks up a custom property (with its leading dashes) as declared on the element or inherited. */
export type VarLookup = (name: string) => string | undefined;

/** Index of the parenthesis that closes the one at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced parentheses in CSS value "${s}"`);
}

/** Splits function arguments at top-level commas. */
function args(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(s.slice(start).trim());
  return out;
}

/** Replaces every call of `fn` (innermost first) with what `apply` returns for its arguments. */
function replaceCalls(value: string, fn: string, apply: (inner: string) => string): string {
  const re = new RegExp(`(^|[^a-z-])${fn}\\(`, 'i');
  let out = value;
  for (let guard = 0; guard < 100; guard++) {
    const m = re.exec(out);
    if (!m) return out;
    const open = m.index + m[1]!.length + fn.length;
    const close = closing(out, open);
    out = out.slice(0, m.index + m[1]!.length) + apply(out.slice(open + 1, close)) + out.slice(close + 1);
  }
  throw new Error(`Too many ${fn}() calls in "${value}"`);
}

/** Substitutes var(--x, fallback), recursively (custom properties may refer to others). */
export function substituteVars(value: string, lookup: VarLookup, depth = 0): string {
  if (depth > 20) throw new Error(`Custom properties refer to each other in a loop: "${value}"`);
  return replaceCalls(value, 'var', (inner) => {
    const [name, ...fallback] = args(inner);
    const found = lookup(name!);
    const chosen = found ?? (fallback.length ? fallback.join(', ') : undefined);
    if (chosen === undefined) throw new Error(`Undefined custom property ${name} in "${value}"`);
    return substituteVars(chosen, lookup, depth + 1);
  });
}

const hex = (c: string) => {
  const parsed = parseColour(c);
  if (!parsed) throw new Error(`Not a colour: "${c}"`);
  return parsed.formatHex();
};

/** color-mix(in srgb, A p%, B [q%]): the two colours mixed in sRGB, as hex. */
function colourMix(inner: string): string {
  const [space, a, b] = args(inner);
  if (space !== 'in srgb' || !a || !b) throw new Error(`Only color-mix(in srgb, …) is supported: "color-mix(${inner})"`);
  const part = (s: string) => {
    const m = /^(.*?)\s+([\d.]+)%$/.exec(s);
    return m ? { c: m[1]!, p: Number(m[2]) } : { c: s, p: undefined };
  };
  const pa = part(a);
  const pb = part(b);
  const wa = pa.p ?? (pb.p === undefined ? 50 : 100 - pb.p);
  const wb = pb.p ?? 100 - wa;
  const ca = rgb(hex(pa.c));
  const cb = rgb(hex(pb.c));
  const mix = (x: number, y: number) => (x * wa + y * wb) / (wa + wb);
  return rgb(mix(ca.r, cb.r), mix(ca.g, cb.g), mix(ca.b, cb.b)).formatHex();
}

/** calc() over numbers with at most one unit (px or em): "0.6px * 1.75" → "1.05px". */
function calc(inner: string): string {
  const units = new Set([...inner.matchAll(/\d(px|em|%)/g)].map((m) => m[1]));
  if (units.size > 1) throw new Error(`calc() mixes units: "calc(${inner})"`);
  const tokens = inner.replace(/(px|em|%)/g, '').match(/\d*\.?\d+|[-+*/()]/g) ?? [];
  if (tokens.join('') !== inner.replace(/(px|em|%)|\s+/g, '')) throw new Error(`Unsupported calc(): "calc(${inner})"`);
  let i = 0;
  // expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*; factor := number | '(' expr ')' | '-' factor
  const factor = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = expr();
      i++;
      return v;
    }
    if (t === '-') return -factor();
    const n = Number(t);
    if (!Number.isFinite(n)) throw new Error(`Unsupported calc(): "calc(${inner})"`);
    return n;
  };
  const term = (): number => {
    let v = factor();
    while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const n = expr();
  return `${Math.round(n * 1000) / 1000}${[...units][0] ?? ''}`;
}

/** A declared value evaluated for one theme: no var(), light-dark(), color-mix() or calc() left. */
export function evaluate(value: string, lookup: VarLookup, theme: Theme = 'light'): string {
  let v = substituteVars(value, lookup);
  v = replaceCalls(v, 'light-dark', (inner) => {
    const [light, dark] = args(inner);
    return (theme === 'light' ? light : dark) ?? '';
  });
  v = replaceCalls(v, 'calc', calc);
  v = replaceCalls(v, 'color-mix', colourMix);
  return v.trim();
}

/** A length in px: "3px" → 3, "0.18em" at 12px → 2.16, "2" → 2. */
export function toPx(value: string, fontSize: number): number {
  const m = /^(-?[\d.]+)(px|em)?$/.exec(value.trim());
  if (!m) throw new Error(`Not a length: "${value}"`);
  return Number(m[1]) * (m[2] === 'em' ? fontSize : 1);
}

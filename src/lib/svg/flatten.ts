// Turns one <svg> of a rendered figure, styled by the site's stylesheets, into a self-contained
// SVG: every style the cascade gives it written out as presentation attributes with plain
// values, every word drawn as an outline, and nothing a reader does not see. A rasteriser with
// no CSS variables and no fonts (librsvg via sharp) then draws it exactly as the page does.
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import type { ChildNode, Element } from 'domhandler';
import { compileStylesheet, declaredStyle } from './cascade';
import { evaluate, toPx, type Theme } from './css-values';
import { nearestWeight, type Typesetter } from './typesetter';
import { escapeXml as esc } from '../format/escape';

/** Properties that change how SVG is painted; any other CSS property is ignored. */
const PAINT = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'stroke-opacity', 'opacity', 'visibility', 'display', 'paint-order', 'color',
] as const;
/** Properties consumed when text becomes outlines. */
const FONT = ['font-size', 'font-weight', 'text-anchor', 'letter-spacing'] as const;
/** Elements that carry no picture. */
const SKIP = new Set(['title', 'desc', 'metadata', 'script', 'style']);
/** Attributes for people and scripts, not for painting. */
const DROP_ATTR = /^(class|style|role|focusable|tabindex|aria-.*|data-.*|font-family|font-size|font-weight|text-anchor|letter-spacing)$/;

export interface FlattenOptions {
  /** Rendered HTML holding the figure (its ancestors matter: they carry classes and custom properties). */
  html: string;
  /** Selector of the <svg> to draw. */
  select: string;
  /** The stylesheets, concatenated; rules inside at-rules are ignored. */
  css: string;
  type: Typesetter;
  theme?: Theme;
}

export interface FlatSvg {
  viewBox: [number, number, number, number];
  /** The drawing's content, to place inside an <svg viewBox> of the caller's. */
  body: string;
}

interface Context {
  vars: Map<string, string>;
  font: Map<string, string>;
}

const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

export function flattenSvg(options: FlattenOptions): FlatSvg {
  const { type, theme = 'light' } = options;
  const doc = parseDocument(`<html><body>${options.html}</body></html>`, { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true });
  const root = selectOne<ChildNode, Element>(options.select, doc.children);
  if (!root) throw new Error(`No element matches "${options.select}" in the rendered figure`);
  const rules = compileStylesheet(options.css);

  /** The element's own styles, evaluated in its context; updates `ctx` for its children. */
  const styleOf = (el: Element, parent: Context) => {
    const declared = declaredStyle(el, rules);
    const vars = new Map(parent.vars);
    for (const [prop, value] of declared) if (prop.startsWith('--')) vars.set(prop, value);
    const lookup = (name: string) => vars.get(name);
    const paint = new Map<string, string>();
    for (const prop of PAINT) {
      const raw = declared.get(prop);
      if (raw !== undefined) paint.set(prop, evaluate(raw, lookup, theme));
    }
    const font = new Map(parent.font);
    for (const prop of FONT) {
      const raw = declared.get(prop) ?? el.attribs[prop];
      if (raw !== undefined) font.set(prop, evaluate(raw, lookup, theme));
    }
    return { paint, ctx: { vars, font } };
  };

  // The context the <svg> inherits: custom properties and fonts declared on its ancestors.
  const chain: Element[] = [];
  for (let p = root.parent; p && p.type !== 'root'; p = p.parent) chain.unshift(p as Element);
  let ctx: Context = { vars: new Map(), font: new Map([['font-size', '16px']]) };
  for (const el of chain) ctx = styleOf(el, ctx).ctx;

  const attrs = (el: Element, paint: Map<string, string>, skip: Set<string> = new Set()) => {
    const out = new Map<string, string>();
    for (const [name, value] of Object.entries(el.attribs)) if (!DROP_ATTR.test(name) && !skip.has(name)) out.set(name, value);
    for (const [prop, value] of paint) if (prop !== 'color') out.set(prop, value === 'currentColor' || value === 'currentcolor' ? (paint.get('color') ?? value) : value);
    return [...out].map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
  };

  const hidden = (paint: Map<string, string>) => paint.get('display') === 'none' || (paint.get('visibility') === 'hidden' && paint.get('opacity') === '0');

  const fontSize = (c: Context) => toPx(c.font.get('font-size') ?? '16px', 16);

  /** A <text> as outlines: one path per run of text, anchored as the text was. */
  const text = (el: Element, c: Context, paint: Map<string, string>): string => {
    const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    let x = num(el.attribs.x) ?? 0;
    let y = num(el.attribs.y) ?? 0;
    const runs: string[] = [];
    const run = (content: string, rc: Context, runPaint: Map<string, string>, runEl?: Element) => {
      const words = content.replace(/\s+/g, ' ').trim();
      if (!words) return;
      const size = fontSize(rc);
      const weight = nearestWeight(rc.font.get('font-weight'));
      const spacing = rc.font.has('letter-spacing') && rc.font.get('letter-spacing') !== 'normal' ? toPx(rc.font.get('letter-spacing')!, size) : 0;
      const width = type.width(words, size, weight) + spacing * Math.max(0, [...words].length - 1);
      const anchor = rc.font.get('text-anchor') ?? 'start';
      const start = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      const d = type.path(words, start, y, size, weight, spacing);
      runs.push(`<path${runEl ? attrs(runEl, runPaint, new Set(['x', 'y', 'dx', 'dy'])) : ''} d="${d}"/>`);
      x = start + width;
    };
    for (const child of el.children) {
      if (child.type === 'text') run(child.data, c, new Map());
      else if (isElement(child) && child.name === 'tspan') {
        const s = styleOf(child, c);
        if (hidden(s.paint)) continue;
        if (child.attribs.x !== undefined) x = Number(child.attribs.x);
        if (child.attribs.y !== undefined) y = Number(child.attribs.y);
        if (child.attribs.dy !== undefined) y += toPx(child.attribs.dy, fontSize(s.ctx));
        const content = child.children.map((n) => (n.type === 'text' ? n.data : '')).join('');
        run(content, s.ctx, s.paint, child);
      }
    }
    return `<g${attrs(el, paint, new Set(['x', 'y', 'dx', 'dy']))}>${runs.join('')}</g>`;
  };

  const emit = (el: Element, parent: Context): string => {
    if (SKIP.has(el.name)) return '';
    const { paint, ctx: c } = styleOf(el, parent);
    // The drawing itself is shown whatever the page's width rules say; inside it, display is only 'none' or not.
    if (el === root) paint.delete('display');
    if (paint.get('display') !== 'none') paint.delete('display');
    if (hidden(paint)) return '';
    if (el.name === 'text') return text(el, c, paint);
    const children = el.children.filter(isElement).map((child) => emit(child, c)).join('');
    const name = el === root ? 'g' : el.name;
    const skip = el === root ? new Set(['viewBox', 'width', 'height', 'xmlns', 'preserveAspectRatio']) : new Set<string>();
    return `<${name}${attrs(el, paint, skip)}>${children}</${name}>`;
  };

  const viewBox = (root.attribs.viewBox ?? '').split(/[\s,]+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n))) throw new Error(`The <svg> matching "${options.select}" needs a numeric viewBox`);
  return { viewBox: viewBox as FlatSvg['viewBox'], body: emit(root, ctx) };
}

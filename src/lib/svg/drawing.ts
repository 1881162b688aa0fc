// What a build-time drawing is (a viewBox and plain SVG with presentation attributes, no classes,
// no CSS, no text elements) and the one helper that writes its elements.
import { escapeXml } from '../format/escape';

export interface Drawing {
  viewBox: [number, number, number, number];
  /** The drawing's content, to place inside an <svg viewBox> of the caller's. */
  body: string;
}

export type Attrs = Record<string, string | number | undefined>;

/** One SVG element with its attributes (undefined ones left out, numbers to two decimals) and already-printed children. */
export function el(name: string, attrs: Attrs, children = ''): string {
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(typeof v === 'number' ? Math.round(v * 100) / 100 : v))}"`)
    .join('');
  return children ? `<${name}${list}>${children}</${name}>` : `<${name}${list}/>`;
}

/** A hatch pattern (stripes at 45°), as the page's charts and map define theirs. */
export function hatchPattern(id: string, size: number, background: string, stripe: string, stripeWidth: number, as: 'line' | 'rect'): string {
  const line =
    as === 'line'
      ? el('line', { x1: 0, y1: 0, x2: 0, y2: size, stroke: stripe, 'stroke-width': stripeWidth })
      : el('rect', { width: stripeWidth, height: size, fill: stripe });
  return el('pattern', { id, patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: 'rotate(45)' }, el('rect', { width: size, height: size, fill: background }) + line);
}

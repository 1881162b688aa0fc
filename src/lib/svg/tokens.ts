// Reads the colour tokens our own stylesheets declare (tokens.css, and the map's land colours in
// map.css) as plain hex for the light theme, so build-time drawings use the site's colours
// without a CSS engine. It understands exactly what those files write: `--name: #hex`,
// `--name: light-dark(#light, #dark)` and `--name: var(--other)`; anything else fails loudly.

/** Every custom property declared in `css` (any selector), with each value it is given. */
function declarations(css: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;{}]+);/g)) {
    const [, name, value] = m as unknown as [string, string, string];
    if (!found.has(name)) found.set(name, new Set());
    found.get(name)!.add(value.trim());
  }
  return found;
}

const HEX = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

/** A lookup of colour tokens in the light theme: `colour('--paper')` → "#fbfaf7". */
export function readTokens(css: string): (name: string) => string {
  const decls = declarations(css);
  const colour = (name: string, depth = 0): string => {
    const values = decls.get(name);
    if (!values) throw new Error(`Colour token ${name} is not declared in the site's stylesheets`);
    if (values.size > 1) throw new Error(`Colour token ${name} has more than one value (${[...values].join(' | ')}); a drawing cannot pick one`);
    const value = [...values][0]!;
    const light = /^light-dark\(\s*([^,]+?)\s*,/.exec(value)?.[1] ?? value;
    const ref = /^var\(\s*(--[\w-]+)\s*\)$/.exec(light)?.[1];
    if (ref) {
      if (depth > 10) throw new Error(`Colour token ${name} refers to itself`);
      return colour(ref, depth + 1);
    }
    if (!HEX.test(light)) throw new Error(`Colour token ${name} is "${value}", not a hex colour or light-dark() of hex colours`);
    return light.toLowerCase();
  };
  return (name) => colour(name);
}

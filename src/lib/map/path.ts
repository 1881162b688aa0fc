// Compacts the SVG path strings d3-geo writes (absolute M/L/Z with fixed decimals) into relative
// commands, which roughly halves the bytes of a detailed map without moving any point.

const NUMBER = /-?\d+(?:\.\d+)?/g;

function fmt(n: number, digits: number): string {
  const s = n.toFixed(digits).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/** Joins numbers with the shortest separators SVG allows (a minus sign separates by itself). */
function join(numbers: string[]): string {
  return numbers.reduce((out, n, i) => (i === 0 || n.startsWith('-') ? out + n : `${out},${n}`), '');
}

/**
 * Rewrites an absolute M/L/Z path as relative m/z with implicit linetos, rounding to `digits`
 * decimals. Rounding is done on absolute positions before differencing, so errors never
 * accumulate along a ring; after z the pen returns to the subpath start, as SVG specifies.
 * @example compactPath('M10,10L12.5,10L12.5,7Z') // 'm10,10,2.5,0,0-3z'
 */
export function compactPath(d: string, digits = 1): string {
  const scale = 10 ** digits;
  let out = '';
  let group: string[] = [];
  let [x, y] = [0, 0];
  let [sx, sy] = [0, 0];
  const flush = () => {
    if (group.length) out += `m${join(group)}`;
    group = [];
  };
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const c = cmd!.toUpperCase();
    if (c === 'Z') {
      flush();
      out += 'z';
      [x, y] = [sx, sy];
      continue;
    }
    if (c === 'M') flush();
    const nums = (args!.match(NUMBER) ?? []).map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const nx = Math.round(nums[i]! * scale);
      const ny = Math.round(nums[i + 1]! * scale);
      if (c === 'M' && i === 0) [sx, sy] = [nx, ny];
      group.push(fmt((nx - x) / scale, digits), fmt((ny - y) / scale, digits));
      [x, y] = [nx, ny];
    }
  }
  flush();
  return out;
}

// The contract between figures and scroll steps, shared by the build-time renderers and the
// browser island. A figure's marks say in which step states they show or are emphasised;
// the picture is a pure function of the active state, so any jump lands on the right picture.
//
// Markup contract:
//   <story-scrolly id="flow-map" data-initial="sources">     one scrolly block
//     [data-figure] ... <g data-states="border states" data-emph="states">   marks
//     [data-step][id="flow-map-border"][data-state="border"]  steps, in reading order
// A mark without data-states is always shown; without data-emph it is never emphasised.

/** Space-separated state names from a data attribute. */
export function parseStates(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/** The classes a mark carries in a given state: `is-off` when hidden, `is-emph` when emphasised. */
export function markClasses(states: string | null | undefined, emph: string | null | undefined, current: string): { off: boolean; emph: boolean } {
  const shown = parseStates(states);
  const emphasised = parseStates(emph);
  return { off: shown.length > 0 && !shown.includes(current), emph: emphasised.includes(current) };
}

/** Attribute bundle a renderer spreads onto a mark so that its build-time classes match `current`. */
export function markAttrs(states: string[] | undefined, emph: string[] | undefined, current: string): Record<string, string | undefined> {
  const s = states?.join(' ');
  const e = emph?.join(' ');
  const c = markClasses(s, e, current);
  const cls = [c.off ? 'is-off' : '', c.emph ? 'is-emph' : ''].filter(Boolean).join(' ');
  return { 'data-states': s || undefined, 'data-emph': e || undefined, class: cls || undefined };
}

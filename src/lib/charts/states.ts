// Maps a chart's named step states onto its marks. Layouts tag marks ("us", "y2024", "gap");
// a chart spec says per tag in which states the mark shows or is emphasised; renderers spread
// the result (markAttrs from the scroll contract) so the build-time SVG is the initial state.
import { markAttrs } from '../scroll/state';

export interface TagRule {
  /** States in which marks with this tag are shown; omitted: always shown. */
  show?: string[];
  /** States in which marks with this tag are emphasised. */
  emph?: string[];
}
export type StateRules = Record<string, TagRule>;

/** The tag of every mark that belongs to one year, so a state rule can pick out that year. */
export const yTag = (year: number): string => `y${year}`;

export interface ChartStates {
  /** The summary state: what the figure shows without JavaScript and before any step. */
  initial: string;
  /** Every state name a <Step state="..."> may use with this chart. */
  names: string[];
  rules: StateRules;
  /** Drawn as a still picture of `initial` (a step in linear reading): fixed classes, nothing to switch. */
  still?: boolean;
}

/**
 * The show/emph lists of a mark from its tags. Several `show` rules intersect (a mark shows
 * only where all its rules allow it); `emph` rules add up.
 */
export function resolveTags(tags: string[], rules: StateRules): { show?: string[]; emph?: string[] } {
  let show: string[] | undefined;
  const emph = new Set<string>();
  for (const tag of tags) {
    const rule = rules[tag];
    if (!rule) continue;
    if (rule.show) show = show ? show.filter((s) => rule.show!.includes(s)) : [...rule.show];
    for (const e of rule.emph ?? []) emph.add(e);
  }
  return { show, emph: emph.size ? [...emph] : undefined };
}

/** Attributes (data-states, data-emph, class) for a mark with these tags, in the initial state; a still gets the class only. */
export function attrsFor(tags: string[], states: ChartStates, baseClass?: string): Record<string, string | undefined> {
  const { show, emph } = resolveTags(tags, states.rules);
  // A mark hidden in every state would be dead markup; an empty intersection is a spec error.
  if (show && show.length === 0) throw new Error(`Chart state rules hide the mark [${tags.join(', ')}] in every state`);
  const attrs = markAttrs(show, emph, states.initial);
  const cls = [baseClass, attrs.class].filter(Boolean).join(' ') || undefined;
  // A still is never switched, so it carries its classes only (as map snapshots do).
  return states.still ? { class: cls } : { ...attrs, class: cls };
}

/** Checks a spec: the initial state is named, and every state a rule mentions exists. */
export function checkStates(states: ChartStates): string[] {
  const known = new Set(states.names);
  const errors: string[] = [];
  if (!known.has(states.initial)) errors.push(`initial state "${states.initial}" is not in names`);
  for (const [tag, rule] of Object.entries(states.rules)) {
    for (const s of [...(rule.show ?? []), ...(rule.emph ?? [])]) if (!known.has(s)) errors.push(`rule "${tag}" names unknown state "${s}"`);
  }
  return errors;
}

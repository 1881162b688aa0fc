// Build-time wiring of a scrolly block: <Step> cannot know the id of the <Scrolly> around it
// (Astro has no component context), so steps render a placeholder that Scrolly.astro replaces
// here, and the figure's declared states and linear-mode snapshots are checked against the steps.

/** Stands for the scrolly id in a step's rendered HTML until bindSteps() replaces it. */
export const SCROLLY_TOKEN = '__scrolly-id__';

/** What a figure declares on its root element (data-figure-states, data-snapshot-prefix, data-snapshot-viewbox). */
export interface FigureSpec {
  /** State names the figure can show; null when it does not declare them (nothing to check). */
  states: string[] | null;
  /** Snapshot id prefix: `<prefix><state>` is a `<g>`/`<symbol>` drawing that state, for linear mode. */
  snapshotPrefix: string | null;
  snapshotViewBox: string | null;
}

export interface BoundStep {
  id: string;
  elementId: string;
  state: string;
}

const attrValue = (html: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(html);
  return m ? (m[1] ?? '') : null;
};

/** Reads the figure's declarations from its rendered HTML (the first occurrence of each attribute). */
export function readFigureSpec(figureHtml: string): FigureSpec {
  const states = attrValue(figureHtml, 'data-figure-states');
  return {
    states: states === null ? null : states.split(/\s+/).filter(Boolean),
    snapshotPrefix: attrValue(figureHtml, 'data-snapshot-prefix'),
    snapshotViewBox: attrValue(figureHtml, 'data-snapshot-viewbox'),
  };
}

const STEP_TAG = /<li\b[^>]*\sdata-step-id="([^"]*)"[^>]*\sdata-state="([^"]*)"/g;
const SNAPSHOT_TAG = /<scrolly-snapshot state="([^"]*)"><\/scrolly-snapshot>/g;

/** A static drawing of one state that reuses the figure's geometry via <use> (a few hundred bytes). */
export function snapshotSvg(spec: FigureSpec, state: string): string {
  if (!spec.snapshotPrefix || !spec.snapshotViewBox) return '';
  return `<svg class="scrolly__snapshot-svg" viewBox="${spec.snapshotViewBox}" aria-hidden="true" focusable="false"><use href="#${spec.snapshotPrefix}${state}"></use></svg>`;
}

/**
 * Gives the steps their scrolly id, fills their linear-mode snapshots, and checks them:
 * at least one step, unique ids, and every state (and the initial one) known to the figure.
 * Throws with the scrolly id and the bad value, so a typo stops the build.
 */
export function bindSteps(stepsHtml: string, scrollyId: string, initial: string, spec: FigureSpec): { html: string; steps: BoundStep[] } {
  const fail = (message: string): never => {
    throw new Error(`<Scrolly id="${scrollyId}">: ${message}`);
  };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(scrollyId)) fail('id must be lowercase kebab-case');
  const steps = [...stepsHtml.matchAll(STEP_TAG)].map(([, id = '', state = '']) => ({ id, elementId: `${scrollyId}-${id}`, state }));
  if (steps.length === 0) fail('has no <Step> children');
  const seen = new Set<string>();
  for (const s of steps) {
    if (seen.has(s.id)) fail(`two steps have the id "${s.id}"`);
    seen.add(s.id);
  }
  if (spec.states) {
    const known = spec.states;
    for (const s of steps) if (!known.includes(s.state)) fail(`step "${s.id}" asks for state "${s.state}", which the figure does not draw (it draws: ${known.join(', ')})`);
    if (!known.includes(initial)) fail(`initial state "${initial}" is not drawn by the figure (it draws: ${known.join(', ')})`);
  }
  const html = stepsHtml.replaceAll(SCROLLY_TOKEN, scrollyId).replace(SNAPSHOT_TAG, (_m, state: string) => snapshotSvg(spec, state));
  return { html, steps };
}

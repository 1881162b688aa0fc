// Build-time wiring of a scrolly block: <Step> cannot know the id of the <Scrolly> around it
// (Astro has no component context), so steps render a placeholder that Scrolly.astro replaces
// here, checks the steps against the figure's declared states, and moves the figure's static
// per-state drawings (for linear reading mode) next to the steps that show them.

/** Stands for the scrolly id in a step's rendered HTML until bindSteps() replaces it. */
export const SCROLLY_TOKEN = '__scrolly-id__';

/** What a figure declares: `data-figure-states` on its root, and `<template data-snapshot="state">` drawings. */
export interface FigureSpec {
  /** State names the figure can show; null when it does not declare them (nothing to check). */
  states: string[] | null;
  /** The state the figure was drawn in at build (`data-figure-initial`); null when not declared. */
  initial: string | null;
  /** Static drawings of each state, shown beside the step's text in linear reading mode. */
  snapshots: Record<string, string>;
}

export interface BoundStep {
  id: string;
  elementId: string;
  state: string;
}

const SNAPSHOT_TEMPLATE = /<template data-snapshot="([^"]*)">([\s\S]*?)<\/template>/g;

/** Reads the figure's declarations from its rendered HTML. */
export function readFigureSpec(figureHtml: string): FigureSpec {
  const m = /\sdata-figure-states="([^"]*)"/.exec(figureHtml);
  const initial = /\sdata-figure-initial="([^"]*)"/.exec(figureHtml)?.[1] ?? null;
  const snapshots: Record<string, string> = {};
  for (const [, state = '', html = ''] of figureHtml.matchAll(SNAPSHOT_TEMPLATE)) snapshots[state] = html;
  return { states: m ? (m[1] ?? '').split(/\s+/).filter(Boolean) : null, initial, snapshots };
}

/** The figure without its snapshot templates: they move into the steps, so they are not sent twice. */
export function stripSnapshots(figureHtml: string): string {
  return figureHtml.replace(SNAPSHOT_TEMPLATE, '');
}

const STEP_TAG = /<li\b[^>]*\sdata-step-id="([^"]*)"[^>]*\sdata-state="([^"]*)"/g;
const SNAPSHOT_TAG = /<scrolly-snapshot state="([^"]*)"><\/scrolly-snapshot>/g;

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
  if (spec.initial !== null && spec.initial !== initial) fail(`initial state "${initial}" differs from the state the figure was drawn in ("${spec.initial}"); give both the same initial`);
  const html = stepsHtml.replaceAll(SCROLLY_TOKEN, scrollyId).replace(SNAPSHOT_TAG, (_m, state: string) => spec.snapshots[state] ?? '');
  return { html, steps };
}

// The components every chapter can use without importing them: the note and term
// components, plus every figure component found in src/components/{charts,map,story}.
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import Term from './Term.astro';

const figureModules = import.meta.glob<{ default: unknown }>(['../charts/*.astro', '../map/*.astro', './Scrolly.astro', './Step.astro'], { eager: true });

const figures = Object.fromEntries(
  Object.entries(figureModules).map(([path, mod]) => [path.split('/').pop()!.replace('.astro', ''), mod.default]),
);

export const mdxComponents: Record<string, unknown> = { ...figures, Cite, Fact, Term };

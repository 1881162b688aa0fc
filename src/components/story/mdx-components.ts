// The components every chapter can use without importing them: notes, facts and terms, the
// scroll block, the translated-quotation marker, and the two public figure components. Internal drawing parts stay private.
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import Term from './Term.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Translated from './Translated.astro';
import ChartFigure from '../charts/ChartFigure.astro';
import BorderMap from '../map/BorderMap.astro';

export const mdxComponents = { Aside, Cite, Fact, Term, Scrolly, Step, Translated, ChartFigure, BorderMap };

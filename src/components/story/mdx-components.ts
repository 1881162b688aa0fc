// The components every chapter can use without importing them: notes, facts and terms, the
// scroll block, the translated-quotation marker, the two public figure components, and
// <ChapterFigure> (a chapter's figure by id, for short versions). Internal drawing parts stay private.
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';
import Term from './Term.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import Translated from './Translated.astro';
import ChapterFigure from './ChapterFigure.astro';
import { mdxComponents as figures } from './mdx-figures';

export const mdxComponents = { Aside, Cite, Fact, Term, Scrolly, Step, Translated, ChapterFigure, ...figures };

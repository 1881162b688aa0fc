// The two public figure components, by the name chapters use for them. Kept apart from
// mdx-components.ts so that <ChapterFigure> (which is itself an MDX component) can draw them
// without importing itself.
import ChartFigure from '../charts/ChartFigure.astro';
import BorderMap from '../map/BorderMap.astro';

export const mdxComponents = { ChartFigure, BorderMap };

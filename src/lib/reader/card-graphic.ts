// Build-time only: draws a chapter's key graphic for its share card. The figure is rendered by
// its own component with the chapter's own props (Astro's container API), then one of its SVGs
// is flattened with the site's own stylesheets (lib/svg/flatten.ts), so the card shows exactly
// the chart or map the chapter shows, in its summary state, in the light theme.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { mdxComponents } from '../../components/story/mdx-components';
import tokensCss from '../../styles/tokens.css?raw';
import chartCss from '../../components/charts/chart.css?raw';
import mapCss from '../../components/map/map.css?raw';
import { flattenSvg, type FlatSvg } from '../svg/flatten';
import type { Typesetter } from '../svg/typesetter';
import { graphicScale, type CardGraphic } from './card';
import { MAP_KEY_CSS, mapKeyFragment, readMapKeys } from './card-map-key';
import { figureKind, figureProps, type FigureInstance } from './figures';
import { LOCALE_INFO, LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { t } from '../i18n/messages';

/** The drawings of each figure component that may go on a card, and the styles that draw them. */
const DRAWINGS: Record<string, { select: string[]; css: string[] }> = {
  // Either width's layout: the card takes the one drawn larger in its panel, so it reads small.
  ChartFigure: { select: ['svg.chart-svg--narrow', 'svg.chart-svg--wide'], css: [tokensCss, chartCss] },
  // The live map (not a linear-mode snapshot), with labels sized as for a mid-width screen.
  BorderMap: { select: ['.map:not(.map--snapshot) svg.map__svg'], css: [tokensCss, mapCss, '.map .map__svg { --u: 1.6; }'] },
};

let container: Promise<AstroContainer> | undefined;

/** The figure drawn as a self-contained SVG (styles inlined, text as outlines). */
export async function drawFigure(figure: FigureInstance, type: Typesetter, locale: Locale = DEFAULT_LOCALE): Promise<FlatSvg> {
  const drawing = DRAWINGS[figure.component];
  const Component = (mdxComponents as Record<string, unknown>)[figure.component];
  if (!drawing || !Component) throw new Error(`Share card of figure "${figure.id}": no card drawing for <${figure.component}> (known: ${Object.keys(DRAWINGS).join(', ')})`);
  // Components may build absolute URLs, so the container gets the site's address.
  // It also gets the site's editions, and a request in the card's edition, so the figure's
  // components read that edition's words from Astro.currentLocale as they do on a page.
  container ??= AstroContainer.create({
    astroConfig: { site: import.meta.env.SITE },
    manifest: {
      i18n: { strategy: 'pathname-prefix-other-locales', locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, fallbackType: 'redirect', domainLookupTable: {} },
    } as unknown as NonNullable<Parameters<typeof AstroContainer.create>[0]>['manifest'],
  });
  const props = figureProps(figure, undefined, true);
  const request = new Request(new URL(`${LOCALE_INFO[locale].prefix}/og/`, import.meta.env.SITE ?? 'http://localhost/'));
  const html = await (await container).renderToString(Component as Parameters<AstroContainer['renderToString']>[0], { props, request });
  const css = drawing.css.join('\n');
  const options = drawing.select.map((select) => flattenSvg({ html, select, css, type }));
  const best = options.reduce((a, b) => (graphicScale(b.viewBox) > graphicScale(a.viewBox) ? b : a));
  if (figure.component !== 'BorderMap') return best;
  // A map's legend is HTML on the page; on the card it is drawn into the map.
  const key = mapKeyFragment(readMapKeys(html), best.viewBox, type);
  if (!key) return best;
  const legend = flattenSvg({ html: key, select: 'svg.map__svg', css: `${css}\n${MAP_KEY_CSS}`, type });
  return { viewBox: best.viewBox, body: best.body + legend.body };
}

/** A figure as a card's graphic: what it is, its takeaway and its drawing. */
export async function cardGraphic(figure: FigureInstance, type: Typesetter, locale: Locale = DEFAULT_LOCALE): Promise<CardGraphic> {
  const kind = t(locale)(figureKind(figure) === 'Map' ? 'card.map' : 'card.chart');
  return { kind, title: figure.title, drawing: await drawFigure(figure, type, locale) };
}

/** The line at the foot of every card. */
export const cardFooter = (site: URL | string, locale: Locale = DEFAULT_LOCALE): string => t(locale)('card.footer', { host: new URL(site).host });

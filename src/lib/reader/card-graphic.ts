// Build-time only: draws a chapter's key graphic for its share card and its opener picture. The
// figure is built by the same lib function its component calls (lib/charts/figure.ts,
// lib/map/figure.ts), with the chapter's own props, and its layout is printed as plain SVG by
// the card printers (lib/svg/chart.ts, lib/svg/map.ts), so the card shows the chart or map the
// chapter shows, in its summary state, in the site's light colours and the edition's language.
import { buildChartFigure } from '../charts/figure';
import type { StoryChartName } from '../charts/types/registry';
import { VARIANTS } from '../charts/scales';
import { buildMapFigure } from '../map/figure';
import { chartViewBox, drawChart } from '../svg/chart';
import type { Drawing } from '../svg/drawing';
import { drawMap } from '../svg/map';
import type { Palette } from '../svg/palette';
import type { Typesetter } from '../svg/typesetter';
import { graphicScale, type CardGraphic } from './card';
import { figureKind, figureProps, type FigureInstance } from './figures';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { t } from '../i18n/messages';

const text = (props: Record<string, unknown>, name: string): string => (typeof props[name] === 'string' ? (props[name] as string) : '');

/** The figure drawn as a self-contained SVG (colours as attributes, text as outlines). */
export async function drawFigure(figure: FigureInstance, type: Typesetter, palette: Palette, locale: Locale = DEFAULT_LOCALE): Promise<Drawing> {
  const props = figureProps(figure);
  if (figure.component === 'ChartFigure') {
    const datasets = (text(props, 'datasets') || text(props, 'dataset')).split(/\s+/).filter(Boolean);
    const fig = await buildChartFigure({ chart: text(props, 'chart') as StoryChartName, datasets, state: text(props, 'state') || undefined }, locale);
    // Either width's layout: the card takes the one drawn larger in its panel, so it reads small.
    const variant = VARIANTS.reduce((a, b) => (graphicScale(chartViewBox(fig, b)) > graphicScale(chartViewBox(fig, a)) ? b : a));
    return drawChart(fig, variant, palette, type);
  }
  if (figure.component === 'BorderMap') {
    const map = await buildMapFigure({ id: figure.id, states: text(props, 'states'), initial: text(props, 'initial'), datasets: text(props, 'datasets') }, locale);
    return drawMap(map, palette, type);
  }
  throw new Error(`Share card of figure "${figure.id}": no card drawing for <${figure.component}> (known: ChartFigure, BorderMap)`);
}

/** A figure as a card's graphic: what it is, its takeaway and its drawing. */
export async function cardGraphic(figure: FigureInstance, type: Typesetter, palette: Palette, locale: Locale = DEFAULT_LOCALE): Promise<CardGraphic> {
  const kind = t(locale)(figureKind(figure) === 'Map' ? 'card.map' : 'card.chart');
  return { kind, title: figure.title, drawing: await drawFigure(figure, type, palette, locale) };
}

/** The line at the foot of every card. */
export const cardFooter = (site: URL | string, locale: Locale = DEFAULT_LOCALE): string => t(locale)('card.footer', { host: new URL(site).host });

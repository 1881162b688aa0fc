// /og/site.png: the share card for every page that is not a chapter: the site's title beside
// the key graphic of the chapter whose front matter sets `siteCard`, drawn as chapter cards
// are (the standfirst instead when no chapter does).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng, typesetter } from '@lib/reader/card-render';
import { cardFooter, cardGraphic } from '@lib/reader/card-graphic';
import { getSiteKeyFigure } from '@lib/reader/figure-registry';
import { editionPaths, type Locale } from '@lib/i18n/locales';
import { t } from '@lib/i18n/messages';
import { cardPalette } from './_palette';

export const getStaticPaths: GetStaticPaths = () => editionPaths();

export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const tr = t(locale);
  const chapters = await getChapters(locale);
  const key = await getSiteKeyFigure(locale);
  const png = await cardPng({
    kicker: tr('card.siteKicker', { n: chapters.length }),
    title: tr('site.title'),
    dek: tr('card.siteDek'),
    ...(key ? { graphic: await cardGraphic(key, typesetter, cardPalette, locale) } : {}),
    footer: cardFooter(site!, locale),
  }, cardPalette);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

// /og/site.png: the share card for every page that is not a chapter: the site's title beside
// a drawing of one key graphic of the story (SITE_KEY_FIGURE), made as chapter cards are.
import type { APIRoute } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng, typesetter } from '@lib/reader/card-render';
import { drawFigure } from '@lib/reader/card-graphic';
import { getSiteKeyFigure } from '@lib/reader/figure-registry';
import { figureKind } from '@lib/reader/figures';
import { SITE_TITLE } from '@lib/site/meta';

export const GET: APIRoute = async ({ site }) => {
  const chapters = await getChapters();
  const key = await getSiteKeyFigure();
  const png = await cardPng({
    kicker: `An explainer in ${chapters.length} chapters`,
    title: SITE_TITLE,
    graphic: { kind: figureKind(key), title: key.title, drawing: await drawFigure(key, typesetter) },
    footer: `${new URL(site!).host} · Every number linked to its source`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

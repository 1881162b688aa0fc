// /og/site.png: the share card for every page that is not a chapter: the site's title beside
// the key graphic of the chapter whose front matter sets `siteCard`, drawn as chapter cards
// are (the standfirst instead when no chapter does).
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
    dek: 'How many guns cross, how they travel, who pays, and what governments are doing about it, with every number linked to its source.',
    ...(key ? { graphic: { kind: figureKind(key), title: key.title, drawing: await drawFigure(key, typesetter) } } : {}),
    footer: `${new URL(site!).host} · Every number linked to its source`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

// /og/site.png: the share card for every page that is not a chapter: the site's title beside
// the key graphic of the chapter whose front matter sets `siteCard`, drawn as chapter cards
// are (the standfirst instead when no chapter does).
import type { APIRoute } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng, typesetter } from '@lib/reader/card-render';
import { cardFooter, cardGraphic } from '@lib/reader/card-graphic';
import { getSiteKeyFigure } from '@lib/reader/figure-registry';
import { SITE_TITLE } from '@lib/site/meta';

export const GET: APIRoute = async ({ site }) => {
  const chapters = await getChapters();
  const key = await getSiteKeyFigure();
  const png = await cardPng({
    kicker: `An explainer in ${chapters.length} chapters`,
    title: SITE_TITLE,
    dek: 'How many guns cross, how they travel, who pays, and what governments are doing about it, with a source behind every number.',
    ...(key ? { graphic: await cardGraphic(key, typesetter) } : {}),
    footer: cardFooter(site!),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

// /og/site.png: the share card for every page that is not a chapter.
import type { APIRoute } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng } from '@lib/reader/card-render';

export const GET: APIRoute = async ({ site }) => {
  const chapters = await getChapters();
  const png = await cardPng({
    kicker: `An explainer in ${chapters.length} chapters`,
    title: 'Iron River: how US guns reach Mexico, and what they cost',
    dek: 'How many guns cross, how they travel, who pays, and what governments are doing about it, with every number linked to its source.',
    footer: `${new URL(site!).host} · Every number linked to its source`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

// /og/<chapter>.png: each chapter's share card (1200x630), drawn at build from its title and
// the takeaway of its key graphic (its first figure; the standfirst when it has none).
// Chapter pages name it in their Open Graph and Twitter tags.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng } from '@lib/reader/card-render';
import { getFigures } from '@lib/reader/figure-registry';

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  return chapters.map((c) => ({ params: { slug: c.id }, props: { slug: c.id, chapter: c.data, total: chapters.length } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { chapter, total } = props;
  const key = (await getFigures()).find((f) => f.chapter === props.slug);
  const png = await cardPng({
    kicker: `Iron River · Chapter ${chapter.order} of ${total}`,
    title: chapter.title,
    dek: chapter.dek,
    ...(key ? { keyFigure: key.title } : {}),
    footer: `${new URL(site!).host} · Every number linked to its source`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

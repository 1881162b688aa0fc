// /og/<chapter>.png: each chapter's share card (1200x630), drawn at build from its title and
// standfirst; chapter pages name it in their Open Graph and Twitter tags.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng } from '@lib/reader/card-render';

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  return chapters.map((c) => ({ params: { slug: c.id }, props: { chapter: c.data, total: chapters.length } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { chapter, total } = props;
  const png = await cardPng({
    kicker: `Iron River · Chapter ${chapter.order} of ${total}`,
    title: chapter.title,
    dek: chapter.dek,
    footer: `${new URL(site!).host} · Every number linked to its source`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

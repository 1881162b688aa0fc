// /og/<chapter>.png: each chapter's share card (1200x630), drawn at build: its title beside a
// drawing of its key graphic (front matter `keyFigure`, else its first figure), made from the
// same component and stylesheets as the chapter's own figure. Chapter pages name it in their
// Open Graph and Twitter tags.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng, typesetter } from '@lib/reader/card-render';
import { cardFooter, cardGraphic } from '@lib/reader/card-graphic';
import { getKeyFigure } from '@lib/reader/figure-registry';

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  return chapters.map((c) => ({ params: { slug: c.id }, props: { chapter: c, total: chapters.length } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { chapter, total } = props as { chapter: Awaited<ReturnType<typeof getChapters>>[number]; total: number };
  const key = await getKeyFigure(chapter);
  const png = await cardPng({
    kicker: `Iron River · Chapter ${chapter.data.order} of ${total}`,
    title: chapter.data.title,
    dek: chapter.data.dek,
    ...(key ? { graphic: await cardGraphic(key, typesetter) } : {}),
    footer: cardFooter(site!),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

// /og/key/<chapter>.webp: the small picture of the chapter's key graphic (front matter
// `keyFigure`, else its first figure) that the chapter opener shows and links to the figure.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { getKeyFigure } from '@lib/reader/figure-registry';
import type { FigureInstance } from '@lib/reader/figures';
import { keyThumbnail } from '@lib/reader/key-thumbnail';

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  const withKeys = await Promise.all(chapters.map(async (c) => ({ slug: c.id, key: await getKeyFigure(c) })));
  return withKeys.filter((c) => c.key).map((c) => ({ params: { slug: c.slug }, props: { key: c.key } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await keyThumbnail((props as { key: FigureInstance }).key);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/webp' } });
};

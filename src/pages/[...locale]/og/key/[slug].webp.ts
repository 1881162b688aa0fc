// /og/key/<chapter>.webp and /es/og/key/<chapter>.webp: the small picture of the chapter's key
// graphic (front matter `keyFigure`, else its first figure) that the chapter opener shows and
// links to the figure, drawn in the edition's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { getKeyFigure } from '@lib/reader/figure-registry';
import type { FigureInstance } from '@lib/reader/figures';
import { keyThumbnail } from '@lib/reader/key-thumbnail';
import { LOCALES, localeParam, type Locale } from '@lib/i18n/locales';
import { cardPalette } from '../_palette';

export const getStaticPaths: GetStaticPaths = async () => {
  const editions = await Promise.all(
    LOCALES.map(async (locale) => {
      const chapters = await getChapters(locale);
      const withKeys = await Promise.all(chapters.map(async (c) => ({ slug: c.id, key: await getKeyFigure(c, locale) })));
      return withKeys.filter((c) => c.key).map((c) => ({ params: { locale: localeParam(locale), slug: c.slug }, props: { key: c.key, locale } }));
    }),
  );
  return editions.flat();
};

export const GET: APIRoute = async ({ props }) => {
  const { key, locale } = props as { key: FigureInstance; locale: Locale };
  const image = await keyThumbnail(key, locale, cardPalette);
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/webp' } });
};

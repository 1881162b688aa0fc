// /og/<chapter>.png: each chapter's share card (1200x630), drawn at build: its title beside a
// drawing of its key graphic (front matter `keyFigure`, else its first figure), printed from the
// same layout data as the chapter's own figure. Chapter pages name it in their
// Open Graph and Twitter tags.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '@lib/data/get';
import { cardPng, typesetter } from '@lib/reader/card-render';
import { cardFooter, cardGraphic } from '@lib/reader/card-graphic';
import { getKeyFigure } from '@lib/reader/figure-registry';
import { LOCALES, localeParam, type Locale } from '@lib/i18n/locales';
import { t } from '@lib/i18n/messages';
import { cardPalette } from './_palette';

export const getStaticPaths: GetStaticPaths = async () => {
  const editions = await Promise.all(
    LOCALES.map(async (locale) => {
      const chapters = await getChapters(locale);
      return chapters.map((c) => ({ params: { locale: localeParam(locale), slug: c.id }, props: { chapter: c, total: chapters.length, locale } }));
    }),
  );
  return editions.flat();
};

export const GET: APIRoute = async ({ props, site }) => {
  const { chapter, total, locale } = props as { chapter: Awaited<ReturnType<typeof getChapters>>[number]; total: number; locale: Locale };
  const key = await getKeyFigure(chapter, locale);
  const png = await cardPng({
    kicker: t(locale)('card.kicker', { n: chapter.data.order, total }),
    title: chapter.data.title,
    dek: chapter.data.dek,
    ...(key ? { graphic: await cardGraphic(key, typesetter, cardPalette, locale) } : {}),
    footer: cardFooter(site!, locale),
  }, cardPalette);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

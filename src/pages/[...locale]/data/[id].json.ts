// /data/<id>.json and /es/data/<id>.json for every dataset: rows plus sources, caveats, method
// and license, with the edition's labels and notes beside the stable field keys.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllDatasets, getAllSources } from '@lib/data/get';
import { datasetJson } from '@lib/data/export';
import { LOCALES, localeParam, type Locale } from '@lib/i18n/locales';
import { t } from '@lib/i18n/messages';

export const getStaticPaths: GetStaticPaths = async () =>
  (await Promise.all(LOCALES.map(async (locale) => (await getAllDatasets(locale)).map((d) => ({ params: { locale: localeParam(locale), id: d.id }, props: { dataset: d, locale } }))))).flat();

export const GET: APIRoute = async ({ props }) => {
  const locale = props.locale as Locale;
  return new Response(`${JSON.stringify(datasetJson(props.dataset, await getAllSources(locale), t(locale)('data.credit')), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

// /data/<id>.csv and /es/data/<id>.csv for every dataset, generated at build: stable column
// keys in the header (the JSON carries each edition's column labels), the edition's notes and
// text cells in the rows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllDatasets } from '@lib/data/get';
import { datasetCsv } from '@lib/data/export';
import { LOCALES, localeParam } from '@lib/i18n/locales';

export const getStaticPaths: GetStaticPaths = async () =>
  (await Promise.all(LOCALES.map(async (locale) => (await getAllDatasets(locale)).map((d) => ({ params: { locale: localeParam(locale), id: d.id }, props: { dataset: d } }))))).flat();

export const GET: APIRoute = ({ props }) => new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

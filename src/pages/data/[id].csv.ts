// /data/<id>.csv for every dataset, generated at build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllDatasets } from '@lib/data/get';
import { datasetCsv } from '@lib/data/export';

export const getStaticPaths: GetStaticPaths = async () => (await getAllDatasets()).map((d) => ({ params: { id: d.id }, props: { dataset: d } }));

export const GET: APIRoute = ({ props }) =>
  new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

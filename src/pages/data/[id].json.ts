// /data/<id>.json for every dataset: rows plus sources, caveats, method and license.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllDatasets, getAllSources } from '@lib/data/get';
import { datasetJson } from '@lib/data/export';

export const getStaticPaths: GetStaticPaths = async () => (await getAllDatasets()).map((d) => ({ params: { id: d.id }, props: { dataset: d } }));

export const GET: APIRoute = async ({ props }) =>
  new Response(`${JSON.stringify(datasetJson(props.dataset, await getAllSources()), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });

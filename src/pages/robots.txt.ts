// /robots.txt: everything may be crawled (embeds keep themselves out of results with a
// noindex tag, which crawlers must be allowed to read); points at the sitemap.
import type { APIRoute } from 'astro';
import { robotsTxt } from '@lib/reader/sitemap';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!.href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

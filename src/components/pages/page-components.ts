// The components the prose pages in content/pages can use without importing them: each prints
// something that comes from the data (a count, the dataset methods, the chapters' credit lines,
// the updates log, the site's host), so no number or list is typed into the pages' text.
import CreditLines from './CreditLines.astro';
import DatasetMethods from './DatasetMethods.astro';
import SiteHost from './SiteHost.astro';
import SourceCount from './SourceCount.astro';
import UpdatesLog from './UpdatesLog.astro';

export const pageComponents = { CreditLines, DatasetMethods, SiteHost, SourceCount, UpdatesLog };

/** The not-found page's entry in content/pages: rendered by src/pages/404.astro and src/pages/es/404.astro, not by the [page] route. */
export const NOT_FOUND_PAGE = 'not-found';

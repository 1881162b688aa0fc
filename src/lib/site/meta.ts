// The site's name as readers see it: the home page title and the share card of every page
// that is not a chapter.
export const SITE_TITLE = 'Iron River: how US guns reach Mexico, and what they cost';

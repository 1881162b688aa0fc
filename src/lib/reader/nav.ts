// Site navigation: the header and footer links, as page names and message keys. The URL of
// each comes from the URL helper and its label from the edition's catalog.
import type { MessageKey } from '../i18n/messages';

export interface NavLink {
  /** Page name for urls.page ('' is the home page). */
  page: string;
  label: MessageKey;
}

export const HEADER_LINKS: readonly NavLink[] = [
  { page: '', label: 'nav.chapters' },
  { page: 'data', label: 'nav.data' },
  { page: 'sources', label: 'nav.sources' },
  { page: 'glossary', label: 'nav.glossary' },
  { page: 'methodology', label: 'nav.methodology' },
  { page: 'teachers', label: 'nav.teachers' },
  { page: 'about', label: 'nav.about' },
];

export const FOOTER_LINKS: readonly NavLink[] = [...HEADER_LINKS, { page: 'corrections', label: 'nav.corrections' }, { page: 'reuse', label: 'nav.reuse' }];

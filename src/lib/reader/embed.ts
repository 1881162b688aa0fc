// Embeds: the copy-paste code an outlet puts in its page, and the height message the embed
// page sends to the host page's resize script (public/embed.js). Pure.
import { escapeXml as attr } from '../format/escape';

/** postMessage type sent by an embed page to its host. */
export const HEIGHT_MESSAGE = 'iron-river:embed-height';
/** Height used before the resize script runs, or when a host strips scripts. */
export const DEFAULT_HEIGHT = 640;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The embed's path, e.g. "/embed/traces/". */
  path: string;
  height: number;
}

export function heightMessage(path: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, path, height: Math.ceil(height) };
}


/** The HTML an outlet pastes: a titled, lazy iframe and the small script that sizes it. */
export function embedCode(site: string, path: string, title: string, height = DEFAULT_HEIGHT): string {
  const src = new URL(path, site).href;
  const script = new URL('/embed.js', site).href;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="width:100%;border:0" loading="lazy" data-iron-river-embed></iframe>\n<script src="${attr(script)}" async></script>`;
}

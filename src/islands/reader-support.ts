// Small browser helpers shared by the reader tools: storage that never throws (private
// modes, blocked storage), one polite live region for confirmations, and the clipboard.

export const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* storage unavailable: the preference lasts for this page only */
    }
  },
};

type Messages = { [key: string]: string | Messages };
let messages: Messages | undefined;

/**
 * One of the islands' strings for the page's edition (the `islands` group of the catalog,
 * printed on the status region by Announcer.astro), with its {placeholders} filled.
 */
export function message(key: string, vars: Record<string, string | number> = {}): string {
  messages ??= JSON.parse(document.getElementById('reader-status')?.dataset.messages ?? '{}') as Messages;
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Says `message` through the page's status region (see Announcer.astro). */
export function announce(message: string): void {
  const region = document.getElementById('reader-status');
  if (!region) return;
  region.textContent = '';
  // Set after a tick so that the same message twice is announced twice.
  window.setTimeout(() => {
    region.textContent = message;
  }, 60);
}

/** Copies text (and optional HTML, for rich paste) to the clipboard; false if refused. */
export async function copyText(text: string, html?: string): Promise<boolean> {
  try {
    if (html && 'ClipboardItem' in window) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    // Older browsers or a denied permission: copy through a temporary selection.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** The page's canonical URL (falls back to the current address without query or hash). */
export function canonicalUrl(): URL {
  const href = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = new URL(href ?? location.href);
  url.search = '';
  url.hash = '';
  return url;
}

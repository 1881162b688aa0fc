// <site-search>: the search page's island. Loads Pagefind (/pagefind/pagefind.js, written after
// the build by src/integrations/search-index.ts) the first time it is needed; Pagefind picks the
// index of the page's <html lang>, so each edition searches its own pages. Every string comes from
// the page's catalog (data-messages). Keyboard: type to search; Down moves from the field into
// the results, Up and Down move through them, Enter opens one, Escape goes back to the field and,
// from the field, clears the search. The count of results is announced politely.

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

type Messages = Record<string, string> & { kinds: Record<string, string> };
const PAGE_SIZE = 10;

const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** Pagefind's excerpt (escaped text with <mark> around matches) as DOM nodes: text and <mark> only. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  for (const node of Array.from(doc.body.firstElementChild?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | null = null;
  #messages = {} as Messages;
  #chapters: Record<string, string> = {};
  #input!: HTMLInputElement;
  #kind!: HTMLSelectElement;
  #chapter!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #other!: HTMLElement;
  #results: PagefindResult[] = [];
  #shown = 0;
  #run = 0;
  #timer = 0;

  connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    this.#chapters = JSON.parse(this.dataset.chapters ?? '{}') as Record<string, string>;
    this.#input = this.querySelector('.search__input')!;
    this.#kind = this.querySelector('#search-kind')!;
    this.#chapter = this.querySelector('#search-chapter')!;
    this.#status = this.querySelector('.search__status')!;
    this.#list = this.querySelector('.search__results')!;
    this.#more = this.querySelector('.search__more')!;
    this.#other = this.querySelector('.search__other')!;

    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    this.#kind.value = params.get('kind') ?? '';
    this.#chapter.value = params.get('chapter') ?? '';

    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('focus', () => void this.#load(), { once: true });
    for (const select of [this.#kind, this.#chapter]) select.addEventListener('change', () => void this.#search());
    this.#more.addEventListener('click', () => void this.#showMore(true));
    this.addEventListener('keydown', (e) => this.#key(e));

    if (this.#input.value.trim()) void this.#search();
    if (!location.hash) this.#input.focus();
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset.bundle!)) as Pagefind;
      await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0.5 } });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#search(), 180);
  }

  #filters(): Record<string, string> {
    const filters: Record<string, string> = {};
    if (this.#kind.value) filters.kind = this.#kind.value;
    if (this.#chapter.value) filters.chapter = this.#chapter.value;
    return filters;
  }

  #remember(query: string) {
    const url = new URL(location.href);
    for (const [key, value] of [['q', query], ['kind', this.#kind.value], ['chapter', this.#chapter.value]] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    history.replaceState(history.state, '', url);
  }

  async #search() {
    clearTimeout(this.#timer);
    const query = this.#input.value.trim();
    const run = ++this.#run;
    this.#remember(query);
    if (!query) return this.#clear();
    this.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#load();
      const found = await pagefind.search(query, { filters: this.#filters() });
      if (run !== this.#run || !found) return;
      this.#results = found.results;
      this.#shown = 0;
      this.#list.replaceChildren();
      await this.#showMore(false);
      if (run !== this.#run) return;
      const count = this.#results.length;
      this.#status.textContent = count === 0 ? `${fill(this.#messages.none!, { query })} ${this.#messages.noneHint}` : fill(count === 1 ? this.#messages.one! : this.#messages.many!, { count, query });
      const link = this.#other.querySelector('a')!;
      link.href = `${this.dataset.other}?q=${encodeURIComponent(query)}`;
      link.textContent = fill(this.#messages.otherEdition!, { query });
      this.#other.hidden = false;
    } catch {
      if (run === this.#run) this.#status.textContent = this.#messages.error!;
    } finally {
      if (run === this.#run) this.removeAttribute('aria-busy');
    }
  }

  async #showMore(focusFirstNew: boolean) {
    const batch = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const run = this.#run;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map((d) => this.#item(d));
    this.#list.append(...items);
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  #item(d: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'search__hit';
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    const where = document.createElement('p');
    where.className = 'search__where';
    const kind = d.filters.kind?.[0];
    const parts = [d.meta.page, kind ? this.#messages.kinds[kind] : undefined, d.meta.section ? fill(this.#messages.inSection!, { section: d.meta.section }) : undefined];
    where.textContent = parts.filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search__excerpt';
    excerpt.append(...excerptNodes(d.excerpt));
    li.append(a, where, excerpt);
    return li;
  }

  #clear() {
    this.#results = [];
    this.#shown = 0;
    this.#list.replaceChildren();
    this.#status.textContent = '';
    this.#more.hidden = true;
    this.#other.hidden = true;
    this.removeAttribute('aria-busy');
  }

  #key(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    const links = Array.from(this.#list.querySelectorAll<HTMLAnchorElement>('a.search__hit'));
    const at = links.indexOf(target as HTMLAnchorElement);
    if (e.key === 'Escape') {
      if (target === this.#input) {
        if (!this.#input.value) return;
        this.#input.value = '';
        ++this.#run;
        this.#remember('');
        this.#clear();
      } else this.#input.focus();
      e.preventDefault();
    } else if (e.key === 'ArrowDown' && (target === this.#input || at >= 0)) {
      const next = links[at + 1];
      if (next) {
        next.focus();
        e.preventDefault();
      }
    } else if (e.key === 'ArrowUp' && at >= 0) {
      (links[at - 1] ?? this.#input).focus();
      e.preventDefault();
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

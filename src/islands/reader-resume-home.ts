// <resume-home data-chapters>: finds the most recent unfinished chapter saved in this
// browser (see reader-resume.ts) and shows a link straight to the section where it stopped.
import { latestResumable, parsePlace, placeKey } from '@lib/reader/place';
import { message, store } from './reader-support';

class ResumeHome extends HTMLElement {
  connectedCallback() {
    const chapters = JSON.parse(this.dataset.chapters ?? '[]') as { slug: string; title: string; href: string }[];
    const best = latestResumable(chapters.map((c) => [c, parsePlace(store.get(placeKey(c.slug)))] as const));
    const box = this.querySelector<HTMLElement>('.resume-home');
    const link = this.querySelector<HTMLAnchorElement>('.resume-home__link');
    if (!best || !box || !link) {
      delete document.documentElement.dataset.resume; // the room the boot script kept, if any
      return;
    }
    const [chapter, place] = best;
    link.href = `${chapter.href}#${place.anchor}`;
    link.textContent = place.anchor === 'main' ? chapter.title : message('resumeAt', { title: chapter.title, label: place.label });
    box.hidden = false;
  }
}

if (!customElements.get('resume-home')) customElements.define('resume-home', ResumeHome);

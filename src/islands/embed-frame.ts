// <embed-frame>: inside an embed page, tells the host page how tall the content is, whenever
// it changes (load, resize, an opened data table), so the host's iframe never cuts it off.
import { heightMessage } from '@lib/reader/embed';

class EmbedFrame extends HTMLElement {
  #observer?: ResizeObserver;
  #last = -1;
  #send = () => {
    const height = document.body.getBoundingClientRect().height;
    if (window.parent === window || Math.abs(height - this.#last) < 1) return;
    this.#last = height;
    // The message carries only a height; any page may read it, so the target origin is "*".
    window.parent.postMessage(heightMessage(location.pathname, height), '*');
  };

  connectedCallback() {
    this.#observer = new ResizeObserver(this.#send);
    this.#observer.observe(document.body);
    addEventListener('load', this.#send);
    this.#send();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    removeEventListener('load', this.#send);
  }
}

if (!customElements.get('embed-frame')) customElements.define('embed-frame', EmbedFrame);

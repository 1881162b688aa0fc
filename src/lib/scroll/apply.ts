// Applies one figure state to the marks rendered at build (see state.ts for the contract).
// Idempotent and data-free: it only toggles `is-off` / `is-emph`, exactly as the renderers
// set them for the initial state, so the browser and the build always agree.
import { markClasses } from './state';

/** The subset of the DOM this module touches, so tests can pass a stand-in. */
export interface MarkRoot {
  querySelectorAll(selector: string): Iterable<MarkElement>;
}
export interface MarkElement {
  getAttribute(name: string): string | null;
  classList: { toggle(token: string, force: boolean): unknown };
}

export const MARK_SELECTOR = '[data-states], [data-emph]';

/** Sets every mark under `root` to its look in `state`. Applying the same state twice changes nothing. */
export function applyState(root: MarkRoot, state: string): void {
  for (const mark of root.querySelectorAll(MARK_SELECTOR)) {
    const c = markClasses(mark.getAttribute('data-states'), mark.getAttribute('data-emph'), state);
    mark.classList.toggle('is-off', c.off);
    mark.classList.toggle('is-emph', c.emph);
  }
}

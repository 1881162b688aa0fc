// How a map mark (SVG shape, legend or note) is printed for one state. Live: every mark, with
// data-states/data-emph so the scroll island can switch it. Snapshot: only the marks visible in
// that state, with fixed classes. Shared by MapMarks and MapKeys so both switch the same way.
import { markAttrs } from '../scroll/state';
import type { MapLayout, Visibility } from './layers';
import type { MapState } from './states';

export type MarkMode = 'live' | 'snapshot';

/** Props of the map parts that print marks (MapMarks, MapKeys): a layout, drawn for one state. */
export interface MapPartProps {
  layout: MapLayout;
  current: MapState;
  mode: MarkMode;
}

export function markPrinter(current: MapState, mode: MarkMode) {
  const visible = (m: Visibility) => mode === 'live' || !m.states || m.states.includes(current);
  const attrs = (m: Visibility, cls: string) => {
    const a = markAttrs(m.states, m.emph, current);
    const own = [cls, a.class].filter(Boolean).join(' ');
    return mode === 'live' ? { 'data-states': a['data-states'], 'data-emph': a['data-emph'], class: own } : { class: own };
  };
  return { visible, attrs };
}

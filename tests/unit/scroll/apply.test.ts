// applyState() sets the same classes the renderers set at build, and is idempotent.
import { describe, expect, it } from 'vitest';
import { applyState, type MarkElement } from '@lib/scroll/apply';
import { markAttrs } from '@lib/scroll/state';

function mark(states?: string[], emph?: string[]) {
  const attrs = markAttrs(states, emph, 'summary');
  const classes = new Set((attrs.class ?? '').split(' ').filter(Boolean));
  const el: MarkElement & { classes: Set<string> } = {
    classes,
    getAttribute: (name) => attrs[name] ?? null,
    classList: { toggle: (token, force) => (force ? classes.add(token) : classes.delete(token)) },
  };
  return el;
}

describe('applyState()', () => {
  const marks = [mark(['border', 'summary']), mark(['sources'], ['sources']), mark(undefined, ['border'])];
  const root = { querySelectorAll: () => marks };

  it('hides marks outside their states and emphasises marks in theirs', () => {
    applyState(root, 'sources');
    expect(marks.map((m) => [...m.classes].sort())).toEqual([['is-off'], ['is-emph'], []]);
    applyState(root, 'border');
    expect(marks.map((m) => [...m.classes].sort())).toEqual([[], ['is-off'], ['is-emph']]);
  });

  it('matches the classes a renderer sets at build for the same state', () => {
    applyState(root, 'summary');
    const built = [markAttrs(['border', 'summary'], undefined, 'summary'), markAttrs(['sources'], ['sources'], 'summary'), markAttrs(undefined, ['border'], 'summary')];
    expect(marks.map((m) => [...m.classes].sort().join(' '))).toEqual(built.map((a) => a.class ?? ''));
  });

  it('is idempotent', () => {
    applyState(root, 'border');
    const once = marks.map((m) => [...m.classes].sort());
    applyState(root, 'border');
    expect(marks.map((m) => [...m.classes].sort())).toEqual(once);
  });
});

// Step states on chart marks: the live drawing carries what the scroll island switches
// (data-states, data-emph) with classes for its initial state; a still carries classes only.
import { describe, expect, it } from 'vitest';
import { attrsFor, resolveTags, yTag, type ChartStates } from '../../../src/lib/charts/states';

const states: ChartStates = {
  initial: 'all',
  names: ['all', 'us', 'latest'],
  rules: { part: { show: ['all', 'us', 'latest'], emph: ['us'] }, [yTag(2024)]: { emph: ['latest'] }, callout: { show: ['latest'] } },
};

describe('attrsFor', () => {
  it('gives live marks their states and the classes of the initial state', () => {
    expect(attrsFor(['callout'], states, 't')).toEqual({ 'data-states': 'latest', 'data-emph': undefined, class: 't is-off' });
    expect(attrsFor(['part', yTag(2024)], { ...states, initial: 'latest' }, 'bar')).toEqual({ 'data-states': 'all us latest', 'data-emph': 'us latest', class: 'bar is-emph' });
  });
  it('gives a still its classes only', () => {
    expect(attrsFor(['part', yTag(2024)], { ...states, initial: 'us', still: true }, 'bar')).toEqual({ class: 'bar is-emph' });
    expect(attrsFor(['callout'], { ...states, still: true }, 't')).toEqual({ class: 't is-off' });
  });
  it('refuses a mark that no state shows', () => {
    expect(() => attrsFor(['callout', 'part'], { ...states, rules: { ...states.rules, part: { show: ['us'] } } })).toThrow(/hide the mark/);
    expect(resolveTags(['part', 'other'], states.rules)).toEqual({ show: ['all', 'us', 'latest'], emph: ['us'] });
  });
});

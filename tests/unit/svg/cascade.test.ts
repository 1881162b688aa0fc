// The small cascade behind build-time drawings: specificity, source order, !important, and
// rules the drawing cannot use (at-rules, pseudo-elements, dynamic states) left out.
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import { parse } from 'css-what';
import type { ChildNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { compileStylesheet, declaredStyle, specificity } from '../../../src/lib/svg/cascade';

const doc = parseDocument('<div class="chart"><svg><rect id="r" class="bar bar--part is-emph"></rect><text class="t"></text></svg></div>', { lowerCaseTags: false });
const el = (sel: string) => selectOne<ChildNode, Element>(sel, doc.children)!;

describe('specificity', () => {
  it('counts ids, classes and types; :not takes its argument and :where counts nothing', () => {
    expect(specificity(parse('#r')[0]!)).toEqual([1, 0, 0]);
    expect(specificity(parse('.chart rect.bar')[0]!)).toEqual([0, 2, 1]);
    expect(specificity(parse('.map__flow:not(.is-emph)')[0]!)).toEqual([0, 2, 0]);
    expect(specificity(parse(':where(.a .b) rect')[0]!)).toEqual([0, 0, 1]);
  });
});

describe('declaredStyle', () => {
  it('lets the more specific rule win, then the later one', () => {
    const rules = compileStylesheet('.chart .bar { fill: red } .bar--part { fill: blue } .chart .bar--part { fill: green } .chart .bar--part { fill: teal }');
    expect(declaredStyle(el('rect'), rules).get('fill')).toBe('teal');
  });
  it('honours !important over specificity', () => {
    const rules = compileStylesheet('.bar { stroke: black !important } #r { stroke: white }');
    expect(declaredStyle(el('rect'), rules).get('stroke')).toBe('black');
  });
  it('keeps custom properties and matches ancestors', () => {
    const rules = compileStylesheet('.chart { --mark: #123456 } .chart .t { fill: var(--mark) }');
    expect(declaredStyle(el('div'), rules).get('--mark')).toBe('#123456');
    expect(declaredStyle(el('text'), rules).get('fill')).toBe('var(--mark)');
  });
  it('ignores rules in at-rules, pseudo-elements and states no drawing is in', () => {
    const rules = compileStylesheet('@media print { .bar { fill: gray } } .bar::before { fill: pink } .bar:hover { fill: orange } .bar { fill: navy }');
    expect(declaredStyle(el('rect'), rules).get('fill')).toBe('navy');
  });
});

// A small CSS cascade for build-time drawing: which declarations of our own stylesheets apply
// to an element, by selector match, specificity, order and !important. Rules inside at-rules
// (media, container, supports) are skipped: the caller draws one fixed context and adds rules
// for it. Selectors the matcher cannot evaluate (:hover, ::before) never match.
import postcss, { type Rule } from 'postcss';
import { compile } from 'css-select';
import { parse as parseSelector, type Selector } from 'css-what';
import type { Element } from 'domhandler';

export interface Declaration {
  value: string;
  important: boolean;
}
interface CompiledRule {
  match: (el: Element) => boolean;
  specificity: [number, number, number];
  order: number;
  decls: [string, Declaration][];
}

type Specificity = [number, number, number];
const add = (a: Specificity, b: Specificity): Specificity => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const compare = (a: Specificity, b: Specificity) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const max = (list: Specificity[]) => list.reduce((m, s) => (compare(s, m) > 0 ? s : m), [0, 0, 0] as Specificity);

/** Specificity of one complex selector (Selectors Level 4: :is/:not/:has take their most specific argument, :where none). */
export function specificity(selector: Selector[]): Specificity {
  let s: Specificity = [0, 0, 0];
  for (const part of selector) {
    if (part.type === 'attribute') s = add(s, part.name === 'id' && part.action === 'equals' ? [1, 0, 0] : [0, 1, 0]);
    else if (part.type === 'tag' || part.type === 'pseudo-element') s = add(s, [0, 0, 1]);
    else if (part.type === 'pseudo') {
      if (part.name === 'where') continue;
      if (Array.isArray(part.data) && ['is', 'not', 'has', 'matches'].includes(part.name)) s = add(s, max(part.data.map(specificity)));
      else s = add(s, [0, 1, 0]);
    }
  }
  return s;
}

/** Compiles a stylesheet into rules that can be matched against a parsed DOM. */
export function compileStylesheet(css: string): CompiledRule[] {
  const rules: CompiledRule[] = [];
  let order = 0;
  postcss.parse(css).walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule') return;
    const decls: [string, Declaration][] = [];
    rule.each((node) => {
      if (node.type === 'decl') decls.push([node.prop, { value: node.value.trim(), important: Boolean(node.important) }]);
    });
    if (!decls.length) return;
    for (const complex of parseSelector(rule.selector)) {
      let match: (el: Element) => boolean;
      try {
        match = compile<unknown, Element>([complex], { xmlMode: false }) as unknown as (el: Element) => boolean;
      } catch {
        continue; // a pseudo-class or pseudo-element the matcher does not know: it never applies here
      }
      if (complex.some((p) => p.type === 'pseudo-element')) continue;
      rules.push({ match, specificity: specificity(complex), order: order++, decls });
    }
  });
  return rules;
}

/** The declarations that win for `el`, by property (custom properties included). */
export function declaredStyle(el: Element, rules: readonly CompiledRule[]): Map<string, string> {
  const winners = new Map<string, { d: Declaration; spec: Specificity; order: number }>();
  for (const rule of rules) {
    if (!rule.match(el)) continue;
    for (const [prop, d] of rule.decls) {
      const current = winners.get(prop);
      const beats =
        !current ||
        (d.important && !current.d.important) ||
        (d.important === current.d.important && (compare(rule.specificity, current.spec) > 0 || (compare(rule.specificity, current.spec) === 0 && rule.order > current.order)));
      if (beats) winners.set(prop, { d, spec: rule.specificity, order: rule.order });
    }
  }
  return new Map([...winners].map(([prop, w]) => [prop, w.d.value]));
}

/** The custom properties a stylesheet declares on :root (its design tokens), as written. */
export function rootVariables(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  postcss.parse(css).walkRules((rule: Rule) => {
    if (rule.parent?.type !== 'root' || rule.selector.trim() !== ':root') return;
    rule.walkDecls((d) => {
      if (d.prop.startsWith('--')) vars.set(d.prop, d.value.trim());
    });
  });
  return vars;
}

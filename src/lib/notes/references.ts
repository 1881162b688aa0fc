// Finds the story components in a chapter's MDX tree, in reading order, and numbers the
// notes by first appearance. Pure and DOM-free: remark-chapter.ts applies it at build,
// unit tests call it directly. A note is one source; each <Cite>/<Fact> is a reference to it.
import type { Node, Parent } from 'unist';

/** Story components that are furniture, not figures (every other capitalised component is a figure). */
export const NOT_FIGURES: ReadonlySet<string> = new Set(['Aside', 'Cite', 'Fact', 'Term', 'Scrolly', 'Step', 'Translated']);

export interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

export function isJsx(node: Node): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A literal string attribute, or undefined when absent; expressions are rejected by the caller. */
export function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

export function hasExpressionAttr(node: JsxNode, name: string): boolean {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a !== undefined && typeof a.value !== 'string';
}

/** Sets a literal string attribute, replacing any of that name. */
export function setAttr(node: JsxNode, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Depth-first, document order. */
export function walk(node: Node, visit: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  const children = (node as Parent).children;
  if (children) for (const child of children) walk(child, visit, [...ancestors, node]);
}

export interface Note {
  n: number;
  source: string;
  /** Ids of the elements in the text that point at this note, in reading order. */
  refs: string[];
}

/**
 * Numbers notes in order of first appearance.
 * @param references source ids per reference, in reading order (a <Fact> may carry several)
 * @example numberNotes([['a'], ['b'], ['a']]) // a=1 (refs ref-1, ref-3), b=2 (ref-2)
 */
export function numberNotes(references: string[][]): { notes: Note[]; refIds: string[] } {
  const bySource = new Map<string, Note>();
  const refIds: string[] = [];
  references.forEach((sources, i) => {
    const refId = `ref-${i + 1}`;
    refIds.push(refId);
    for (const source of sources) {
      let note = bySource.get(source);
      if (!note) {
        note = { n: bySource.size + 1, source, refs: [] };
        bySource.set(source, note);
      }
      note.refs.push(refId);
    }
  });
  return { notes: [...bySource.values()], refIds };
}

/** Text of a node, skipping JSX elements (their text is not prose claims). */
export function proseText(node: Node): string {
  if (node.type === 'text') return (node as unknown as { value: string }).value;
  if (isJsx(node) && node.name !== 'Term') return '';
  const children = (node as Parent).children;
  return children ? children.map(proseText).join('') : '';
}

/** True when the node holds a <Cite> or <Fact> anywhere inside. */
export function containsReference(node: Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (isJsx(n) && (n.name === 'Cite' || n.name === 'Fact')) found = true;
  });
  return found;
}

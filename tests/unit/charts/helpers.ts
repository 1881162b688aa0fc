// Test helpers for chart layouts: parse fixtures through the real schema and check text boxes.
import { DatasetSchema, type Dataset } from '../../../src/schemas/dataset';
import { collisions, inside } from '../../../src/lib/charts/labels';
import type { Box, TextMark } from '../../../src/lib/charts/scales';

export function fixture(json: unknown): Dataset {
  return DatasetSchema.parse(json);
}

/** Keys of text marks that leave the SVG box. */
export function outside(texts: TextMark[], width: number, height: number): string[] {
  const svg: Box = { x: 0, y: 0, width, height };
  return texts.filter((t) => !inside(t.box, svg)).map((t) => t.key);
}

/** Overlapping pairs among text marks. */
export function overlapping(texts: TextMark[]): [string, string][] {
  return collisions(texts);
}

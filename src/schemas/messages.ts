// The shape of a UI message catalog (src/i18n/<lang>.json), derived from the English one:
// every other catalog must have exactly the same keys, each a non-empty string with the same
// {placeholders}. A missing or extra key fails the build with the file and the key's path.
import { z } from 'astro/zod';

export type Catalog = { [key: string]: string | Catalog };

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/** A Zod schema that accepts exactly the keys of `reference`, with matching placeholders. */
export function catalogSchema(reference: Catalog): z.ZodType<Catalog> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(reference)) {
    shape[key] =
      typeof value === 'string'
        ? z
            .string()
            .min(1)
            .refine((s) => placeholders(s) === placeholders(value), { message: `must use the placeholders {${placeholders(value)}} of the English text` })
        : catalogSchema(value);
  }
  return z.object(shape).strict() as unknown as z.ZodType<Catalog>;
}

/** Checks a catalog against the reference; throws one message naming the file and every bad key. */
export function checkCatalog(file: string, catalog: unknown, reference: Catalog): Catalog {
  const result = catalogSchema(reference).safeParse(catalog);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.code === 'unrecognized_keys' ? `unknown key(s) ${(i as { keys?: string[] }).keys?.join(', ')}` : i.message}`);
  throw new Error(`${file} does not match src/i18n/en.json:\n${problems.join('\n')}`);
}

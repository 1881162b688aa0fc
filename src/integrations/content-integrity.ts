// Astro integration: runs the content integrity check before anything is built, so a
// missing source, an unknown id or malformed data stops `astro build` with a message that
// names the file, the field and the bad value. In `astro dev` it reports without stopping.
// It reads the content through the shared loader, so the MDX pipeline reuses what it read.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatError } from '../lib/content/integrity';
import { contentLoader } from '../lib/content/loader';

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

/** Runs the check on a project root and throws one error listing every problem. */
export function assertContentIntegrity(root: string): void {
  const errors = contentLoader.errors(root);
  if (errors.length === 0) return;
  const lines = errors.map((e) => `  - ${formatError(e)}`).join('\n');
  throw new ContentIntegrityError(`Content integrity check failed (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n${lines}`);
}

export default function contentIntegrity(): AstroIntegration {
  return {
    name: 'iron-river:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        try {
          assertContentIntegrity(root);
          logger.info('content integrity: all collections valid');
        } catch (e) {
          if (command === 'build') throw e;
          logger.error((e as Error).message);
        }
      },
    },
  };
}

// The real content/ tree passes the integrity gate. Run this while editing content:
//   npx vitest run -c tests/vitest.config.ts tests/unit/content.test.ts
import { describe, expect, it } from 'vitest';
import { checkContent, formatError } from '../../src/lib/content/integrity';
import { readContent } from '../../src/lib/content/read';

describe('content/', () => {
  it('passes every integrity rule', () => {
    const errors = checkContent(readContent(process.cwd())).map(formatError);
    expect(errors).toEqual([]);
  });
});

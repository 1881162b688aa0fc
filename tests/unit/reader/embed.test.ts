// Embed code and the height message.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, embedCode, heightMessage, HEIGHT_MESSAGE } from '../../../src/lib/reader/embed';

describe('embedCode', () => {
  const code = embedCode('https://iron-river.org', '/embed/traces/gaps/', 'Traces "by year" & gaps');
  it('is an iframe on the site URL with a title, and the resize script', () => {
    expect(code).toContain('<iframe src="https://iron-river.org/embed/traces/gaps/"');
    expect(code).toContain('title="Traces &quot;by year&quot; &amp; gaps"');
    expect(code).toContain(`height="${DEFAULT_HEIGHT}"`);
    expect(code).toContain('loading="lazy" data-iron-river-embed');
    expect(code).toContain('<script src="https://iron-river.org/embed.js" async></script>');
  });
  it('follows the configured site', () => {
    expect(embedCode('https://example.org/', '/embed/x/', 'X')).toContain('src="https://example.org/embed/x/"');
  });
});

describe('heightMessage', () => {
  it('rounds the height up and names the embed', () => {
    expect(heightMessage('/embed/x/', 812.2)).toEqual({ type: HEIGHT_MESSAGE, path: '/embed/x/', height: 813 });
  });
});

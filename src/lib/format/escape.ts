// One escaper for text and attribute values written into HTML, SVG or XML by hand (embed
// code, sitemaps, flattened share-card drawings, rich-text citations).

/** Escapes &, <, > and " so the text is safe in element content and in double-quoted attributes. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

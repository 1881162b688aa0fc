// The house style's checkable rules (content/STYLE.md), one table per edition: a pattern a
// reader must never see, and what to write instead. The style gate (style.ts) applies an
// edition's table to every reader-visible string of that edition; add a rule here, not a
// special case there.

export interface StyleRule {
  /** Matched against reader text with quotations, ids and URLs already blanked out. */
  pattern: RegExp;
  /** What to write instead, as the build message says it. */
  write: string;
  /** Only in prose a reader reads as sentences (chapter text, front matter, glossary, guides, log). */
  proseOnly?: boolean;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export const STYLE_RULES: readonly StyleRule[] = [
  // US spelling
  { pattern: /\bcalibres?\b/gi, write: 'caliber' },
  { pattern: /\blicences?\b/gi, write: 'license' },
  { pattern: /\bdefences?\b/gi, write: 'defense' },
  { pattern: /\borganis(?:e|es|ed|ing|ation|ations|ational)\b/gi, write: 'organize, organization' },
  { pattern: /\bcentres?\b/gi, write: 'center' },
  { pattern: /\barmour(?:ed|s)?\b/gi, write: 'armor, armored' },
  { pattern: /\bneighbour\w*/gi, write: 'neighbor, neighboring' },
  { pattern: /\b(?:kilo|centi|milli)?metres?\b/gi, write: 'meter, kilometer' },
  { pattern: /\bcolour\w*/gi, write: 'color, colored' },
  { pattern: /\btravell(?:er|ers|ed|ing)\b/gi, write: 'traveler, traveled' },
  { pattern: /\b(?:label|model|cancel|signal|total|fuel)l(?:ed|ing)\b/gi, write: 'one l: labeled, modeled, canceled' },
  { pattern: /\bprogrammes?\b/gi, write: 'program' },
  { pattern: /\b(?:recogn|priorit|summar|destabil|critic|emphas|real|apolog|categor|util|stabil|character|legal|normal|modern|militar|minim|maxim|author|standard|memor|mobil)is(?:e|es|ed|ing|ation|ations)\b/gi, write: 'the -ize form' },
  { pattern: /\banalys(?:e|ed|ing)\b/gi, write: 'analyze' },
  { pattern: /\bcar parks?\b/gi, write: 'parking lot' },
  { pattern: /\bper cent\b/gi, write: '% after a numeral, or percent' },
  // dates and ranges
  { pattern: new RegExp(`\\b\\d{1,2} ${MONTH},? \\d{4}\\b`, 'g'), write: 'month, day, year: November 30, 2019' },
  { pattern: /(?<![\d-])(?:19|20)\d{2}-(?:(?:19|20)\d{2}|\d{2})(?![\d-])/g, write: 'an en dash in a range: 2022–2023' },
  { pattern: /\bFY ?\d{2,4}\b/g, write: '“fiscal year 2024” (FY2024 only in chart labels)', proseOnly: true },
  { pattern: /\bFY \d{2,4}\b/g, write: 'FY2024, without a space' },
  { pattern: /\bfiscal (?:19|20)\d{2}\b/gi, write: 'fiscal year 2024' },
  { pattern: /\bthe (?:19|20)\d{2} fiscal year\b/gi, write: 'fiscal year 2024' },
  // names
  { pattern: /\bU\.S\.(?=[\s,;:)’'"]|$)/g, write: 'US, without periods' },
  { pattern: /\bUS Homeland Security\b/g, write: 'Department of Homeland Security (DHS)' },
  { pattern: /\b(?:Sinaloa|Gulf|Juárez|Juarez|Santa Rosa de Lima) cartel\b/g, write: 'a capital C in a cartel’s name: Sinaloa Cartel' },
  { pattern: /\bthe Los Zetas\b/gi, write: 'Los Zetas' },
  { pattern: /\bCartel del Noreste\b/g, write: 'Cártel del Noreste' },
  { pattern: /\bNortheast Cartel\b/gi, write: 'Cártel del Noreste' },
  // cross-references
  { pattern: /\bchapters? (?:one|two|three|four|five|six|seven|eight|\d+)\b/gi, write: 'the chapter’s title, linked and in italics: *The toll*' },
  { pattern: /\bthe (?:next|previous|last|following|preceding) chapter\b/gi, write: 'the chapter’s title, linked and in italics: *The toll*' },
  // punctuation
  { pattern: /["']/g, write: 'curly quotation marks and apostrophes: “ ” ‘ ’' },
];

const MES = '(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)';

/** The Spanish edition's checkable rules (content/STYLE.md, “Edición en español”), in the words its authors read. */
export const ES_STYLE_RULES: readonly StyleRule[] = [
  { pattern: /(?<![\d-])(?:19|20)\d{2}-(?:(?:19|20)\d{2}|\d{2})(?![\d-])/g, write: 'una semiraya entre los años de un periodo, sin espacios: 2022–2023 (como en las gráficas)' },
  { pattern: new RegExp(`\\b\\d{1,2} de ${MES}\\b`, 'g'), write: 'el mes con minúscula: 30 de noviembre de 2019' },
  { pattern: /\busted\b/gi, write: 'tú: la edición en español trata de tú al lector' },
  { pattern: /\bFY ?\d{2,4}\b/g, write: '“año fiscal 2024”', proseOnly: true },
  { pattern: /["']/g, write: 'comillas y apóstrofos curvos: “ ” ‘ ’' },
];

/** Each edition's rules; an edition without a table here is not checked. */
export const STYLE_RULES_BY_EDITION: Readonly<Record<string, readonly StyleRule[]>> = { en: STYLE_RULES, es: ES_STYLE_RULES };


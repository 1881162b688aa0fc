// The pieces of a chapter's classroom pack, in the order the pack's navigation lists them: the
// student pages under /chapters/<slug>/<piece>/ and the teacher's side. One registry, so the
// chapter page, the teachers' hub and every piece link the same set with the same words.
export const STUDENT_PIECES = [
  { piece: 'short', label: 'pack.short' },
  { piece: 'vocabulary', label: 'pack.vocabulary' },
  { piece: 'exit-ticket', label: 'pack.exitTicket' },
  { piece: 'handouts', label: 'pack.handouts' },
] as const;

export type StudentPiece = (typeof STUDENT_PIECES)[number]['piece'];
/** What a pack page is: one of the student pieces, or the teacher's side. */
export type PackPage = StudentPiece | 'teacher';

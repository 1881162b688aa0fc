// One problem the content gate found: the file, the field and the bad value, with a message.
// Its own module so that every rule set (integrity.ts, editions.ts) can report without cycles.
export interface IntegrityError {
  file: string;
  field: string;
  value?: unknown;
  message: string;
}

/** One error a feature can answer with: its HTTP status and the message people read (Chinese first). */
export interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
}

/** A feature's `<feature>.errors.ts` declares its codes with this, so the catalog keeps their literal keys. */
export function defineErrors<T extends Record<string, ErrorDefinition>>(errors: T): T {
  return errors;
}

/** Merges the features' error files; a code declared twice is a programming error, caught at start-up. */
export function mergeErrorFiles<T extends Record<string, Record<string, ErrorDefinition>>>(files: T): Record<string, ErrorDefinition> {
  const merged: Record<string, ErrorDefinition> = {};
  for (const [file, errors] of Object.entries(files)) {
    for (const [code, definition] of Object.entries(errors)) {
      if (code in merged) throw new Error(`error code ${code} is declared twice (again in ${file})`);
      merged[code] = definition;
    }
  }
  return merged;
}

// tsquery text from segmented words. Words come from segment() (letters and digits only), quoted so that
// to_tsquery('simple', …) takes each as one lexeme.
export function tsqueryOf(terms: readonly string[], operator: '&' | '|'): string {
  return terms.map((t) => `'${t.replace(/['\\]/g, '')}'`).join(` ${operator} `);
}

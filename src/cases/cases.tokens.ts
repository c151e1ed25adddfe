/** The cipher for personal numbers on case parties. */
export const CASE_CIPHER = Symbol('CASE_CIPHER');

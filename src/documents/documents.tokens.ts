export const DOCUMENT_CIPHER = Symbol('DOCUMENT_CIPHER');

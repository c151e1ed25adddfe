/** multer hands multipart file names over as latin1: undo that when the bytes are UTF-8 (as browsers send them). */
export function utf8FileName(raw: string): string {
  if (/[^\u0000-\u00ff]/.test(raw)) return raw;
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? raw : decoded;
}

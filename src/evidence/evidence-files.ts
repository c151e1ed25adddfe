import path from 'node:path';

// What may be uploaded as evidence: documents, photos, recordings. Checked by extension and declared type together,
// and the content by its magic bytes (file-sniffing.ts).
const ALLOWED: Record<string, string[]> = {
  '.pdf': ['application/pdf'],
  '.jpg': ['image/jpeg'], '.jpeg': ['image/jpeg'], '.png': ['image/png'], '.webp': ['image/webp'], '.gif': ['image/gif'],
  '.heic': ['image/heic', 'image/heif'],
  '.mp3': ['audio/mpeg'], '.m4a': ['audio/mp4', 'audio/x-m4a'], '.wav': ['audio/wav', 'audio/x-wav'],
  '.amr': ['audio/amr'],
  '.mp4': ['video/mp4'], '.mov': ['video/quicktime'],
  '.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  '.doc': ['application/msword'],
  '.txt': ['text/plain'],
};

/** The MIME type to store and serve for an allowed file, or undefined when the file is not allowed. */
export function allowedMimeType(fileName: string, declared: string): string | undefined {
  const types = ALLOWED[path.extname(fileName).toLowerCase()];
  if (!types) return undefined;
  // Browsers often send octet-stream for types they don't know; the extension then decides.
  if (declared === 'application/octet-stream' || declared === '') return types[0];
  return types.includes(declared.toLowerCase()) ? declared.toLowerCase() : undefined;
}

/** A display name without path parts or control characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return cleaned || 'file';
}

/** Content-Disposition that keeps Chinese file names (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

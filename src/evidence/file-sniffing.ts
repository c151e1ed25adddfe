// What a file really is, from its first bytes (magic numbers), so that an upload's content must match its name and
// declared type: a PNG named 借条.pdf, or an executable named 录音.mp3, is refused. Only the formats evidence may take.

export type SniffedKind =
  | 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'heic' | 'mp4' | 'm4a' | 'mov' | 'mp3' | 'wav' | 'amr' | 'zip' | 'ole2' | 'text';

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Buffer, bytes: number[] | string, at = 0) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= at + expected.length && head.subarray(at, at + expected.length).equals(expected);
};

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const M4A_BRANDS = new Set(['M4A ', 'M4B ', 'F4A ']);

/** The kind of content `head` (the file's first bytes, up to SNIFF_BYTES) starts, or undefined when unknown. */
export function sniff(head: Buffer): SniffedKind | undefined {
  if (startsWith(head, '%PDF-')) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'gif';
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'webp';
  if (startsWith(head, 'RIFF') && startsWith(head, 'WAVE', 8)) return 'wav';
  if (startsWith(head, 'ftyp', 4)) {
    // ISO base media (MP4, M4A, MOV, HEIC): the major brand says which.
    const brand = head.subarray(8, 12).toString('latin1');
    if (HEIC_BRANDS.has(brand)) return 'heic';
    if (M4A_BRANDS.has(brand)) return 'm4a';
    if (brand === 'qt  ') return 'mov';
    return 'mp4';
  }
  if (startsWith(head, 'ID3') || (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0)) return 'mp3';
  if (startsWith(head, '#!AMR')) return 'amr';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (looksLikeText(head)) return 'text';
  return undefined;
}

/** Text: no NUL or other binary control bytes (UTF-8 or GBK alike), or a UTF-16 byte-order mark. */
function looksLikeText(head: Buffer): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}

// Which contents each allowed extension may hold. MP4, M4A and MOV share one container and recorders mix the brands.
const CONTENT_OF_EXTENSION: Record<string, SniffedKind[]> = {
  '.pdf': ['pdf'],
  '.png': ['png'], '.jpg': ['jpeg'], '.jpeg': ['jpeg'], '.gif': ['gif'], '.webp': ['webp'], '.heic': ['heic'],
  '.mp4': ['mp4', 'm4a', 'mov'], '.mov': ['mov', 'mp4'], '.m4a': ['m4a', 'mp4'],
  '.mp3': ['mp3'], '.wav': ['wav'], '.amr': ['amr'],
  '.docx': ['zip'], '.doc': ['ole2'],
  '.txt': ['text'],
};

const KIND_NAMES: Record<SniffedKind, string> = {
  pdf: 'PDF 文档', png: 'PNG 图片', jpeg: 'JPEG 图片', gif: 'GIF 图片', webp: 'WebP 图片', heic: 'HEIC 图片',
  mp4: 'MP4 视频', m4a: 'M4A 音频', mov: 'MOV 视频', mp3: 'MP3 音频', wav: 'WAV 音频', amr: 'AMR 录音',
  zip: 'ZIP 压缩包（或 Word 文档）', ole2: '旧版 Office 文档', text: '纯文本',
};

/** Undefined when the content matches the extension; otherwise a sentence for the user saying what it really is. */
export function contentMismatch(extension: string, head: Buffer): string | undefined {
  const allowed = CONTENT_OF_EXTENSION[extension.toLowerCase()];
  if (!allowed) return `不支持扩展名为 ${extension || '（无）'} 的文件`;
  const kind = sniff(head);
  if (kind && allowed.includes(kind)) return undefined;
  const actual = kind ? `是${KIND_NAMES[kind]}` : '无法识别';
  return `文件内容与扩展名不符：扩展名为 ${extension}，内容${actual}。请上传原始文件，不要修改扩展名`;
}

import { contentMismatch, sniff } from './file-sniffing';

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ftyp = (brand: string) => bytes([0, 0, 0, 0x20], 'ftyp', brand, [0, 0, 0, 0], 'isommp41');

describe('sniff (magic bytes)', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n')],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['wav', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['mp4', ftyp('isom')],
    ['m4a', ftyp('M4A ')],
    ['mov', ftyp('qt  ')],
    ['heic', ftyp('heic')],
    ['mp3', bytes('ID3', [4, 0, 0])],
    ['mp3', bytes([0xff, 0xfb, 0x90, 0x64])],
    ['amr', bytes('#!AMR\n', [0x3c])],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml')],
    ['ole2', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['text', Buffer.from('借条\r\n今借到张三人民币叁拾万元整。\t2025年3月1日', 'utf8')],
  ])('recognises %s', (kind, head) => {
    expect(sniff(head)).toBe(kind);
  });

  it('does not take binary for text', () => {
    expect(sniff(bytes('MZ', [0x90, 0, 3, 0, 0, 0]))).toBeUndefined(); // a Windows executable
    expect(sniff(bytes([0x7f], 'ELF', [2, 1, 1]))).toBeUndefined();
  });
});

describe('contentMismatch', () => {
  const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it('accepts content that matches its extension', () => {
    expect(contentMismatch('.pdf', bytes('%PDF-1.4'))).toBeUndefined();
    expect(contentMismatch('.PNG', png)).toBeUndefined();
    expect(contentMismatch('.m4a', ftyp('M4A '))).toBeUndefined();
    expect(contentMismatch('.mp4', ftyp('qt  '))).toBeUndefined(); // phones write MOV brands into .mp4
    expect(contentMismatch('.docx', bytes([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined();
    expect(contentMismatch('.txt', Buffer.from('聊天记录', 'utf8'))).toBeUndefined();
  });

  it('says what a renamed file really is', () => {
    expect(contentMismatch('.pdf', png)).toBe('文件内容与扩展名不符：扩展名为 .pdf，内容是PNG 图片。请上传原始文件，不要修改扩展名');
    expect(contentMismatch('.mp3', bytes('MZ', [0x90, 0]))).toContain('内容无法识别');
    expect(contentMismatch('.txt', bytes('%PDF-1.4'))).toContain('PDF 文档');
  });
});

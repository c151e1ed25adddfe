import { allowedMimeType, cleanFileName, contentDisposition } from './evidence-files';

describe('evidence file rules', () => {
  it('accepts a PDF and a photo by extension and type', () => {
    expect(allowedMimeType('借条.pdf', 'application/pdf')).toBe('application/pdf');
    expect(allowedMimeType('转账记录.JPG', 'image/jpeg')).toBe('image/jpeg');
  });

  it('trusts the extension when the browser sends octet-stream', () => {
    expect(allowedMimeType('录音.m4a', 'application/octet-stream')).toBe('audio/mp4');
  });

  it('refuses executables and a type that contradicts the extension', () => {
    expect(allowedMimeType('run.exe', 'application/octet-stream')).toBeUndefined();
    expect(allowedMimeType('借条.pdf', 'text/html')).toBeUndefined();
  });

  it('strips paths and control characters from names', () => {
    expect(cleanFileName('..\\..\\etc/借条\u0000.pdf')).toBe('借条.pdf');
  });

  it('keeps Chinese names in the download header', () => {
    expect(contentDisposition('借条.pdf')).toContain("filename*=UTF-8''%E5%80%9F%E6%9D%A1.pdf");
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compact, pdfText } from '../../test/support/poppler';
import { makeSignaturePng } from '../../test/factories/png';
import { subrBias } from './cff-desubroutinize';
import { DocumentFont } from './document-font';
import { DocumentRenderer } from './document-renderer';
import { splitAlphaPng } from './pdf-images';
import { sampleAgreementContext } from './sample-agreement.fixture';

jest.setTimeout(60_000);

/** Every page rasterised (greyscale PGM), so two PDFs can be compared pixel for pixel. */
function pixels(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'subset-'));
  writeFileSync(path.join(dir, 'doc.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '60', path.join(dir, 'doc.pdf'), path.join(dir, 'p')]);
  const pages = execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.pgm')).sort();
  return pages.map((f) => readFileSync(path.join(dir, f)));
}

describe('font subsets with inlined subroutines (the per-document font cost)', () => {
  const context = sampleAgreementContext({ facts: '王龘、𫓧堃与𠇔喆昇因借款发生争议：人民币叁拾万元整，年利率3.85%，ABCxyz 0123456789（）〔〕《》“”、。' });
  const extras = { signatures: { mediator: makeSignaturePng(360, 140, 3) }, drawCommitteeSeal: true, createdAt: new Date('2026-12-01T08:00:00Z') };

  it('draws every glyph exactly as fontkit’s own subset does, rare characters included, in a smaller file', async () => {
    const fast = new DocumentRenderer(new DocumentFont());
    const reference = new DocumentRenderer(new DocumentFont(undefined, undefined, false));
    const a = await fast.pdf('agreement', fast.model('agreement', context), extras);
    const b = await reference.pdf('agreement', reference.model('agreement', context), extras);
    expect(compact(pdfText(a))).toContain('王龘、𫓧堃与𠇔喆昇');
    expect(pixels(a)).toEqual(pixels(b));
    expect(a.length).toBeLessThan(b.length);
  });

  it('uses the Type 2 subroutine bias of the CFF specification', () => {
    expect([subrBias(0), subrBias(1239), subrBias(1240), subrBias(33899), subrBias(33900)]).toEqual([107, 107, 1131, 1131, 32768]);
  });
});

describe('signature images prepared once', () => {
  it('splits an RGBA signature into colour and alpha planes of the right size', () => {
    const image = splitAlphaPng(makeSignaturePng(120, 40, 7))!;
    expect(image).toMatchObject({ width: 120, height: 40, colorSpace: 'DeviceRGB' });
  });

  it('leaves images without alpha to pdfkit', () => {
    expect(splitAlphaPng(Buffer.from('not a png'))).toBeNull();
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workbook } from './xlsx';

describe('minimal XLSX writer', () => {
  it('writes a ZIP whose sheets hold the cells, Chinese included', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'xlsx-')), 'stats.xlsx');
    writeFileSync(file, workbook([{ name: '按月', rows: [['月份', '申请'], ['2026-11', 12]] }]));
    const listing = execFileSync('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read('xl/worksheets/sheet1.xml').decode())`, file]).toString();
    expect(listing).toContain('<t>月份</t>');
    expect(listing).toContain('<v>12</v>');
  });
});

import { CASE_CATEGORIES } from '../../cases/case-status';
import { EVIDENCE_CHECKLISTS, evidenceChecklist } from './evidence-checklist';

describe('evidenceChecklist', () => {
  it('finds the IOU of a lending case and lists what is missing with why it matters', () => {
    const list = evidenceChecklist('民间借贷', [{ fileName: 'jietiao.jpg', description: '借条原件照片' }]);
    expect(list.items.find((i) => i.key === 'iou')).toMatchObject({ present: true, matchedFiles: ['jietiao.jpg'] });
    expect(list.missing).toEqual(['转账或付款记录', '催款的聊天记录、短信或录音', '身份证明']);
    expect(list.items.find((i) => i.key === 'transfer')?.why).toContain('第六百七十九条');
  });

  it('matches on the file name as well as the description', () => {
    const list = evidenceChecklist('道路交通事故', [{ fileName: '事故认定书.pdf', description: null }]);
    expect(list.items[0]).toMatchObject({ key: 'accident_report', present: true });
  });

  it('has a checklist for every category a case can be filed under', () => {
    for (const category of CASE_CATEGORIES) expect(EVIDENCE_CHECKLISTS[category]?.length).toBeGreaterThan(1);
  });
});

import { isValidResidentId } from '../../../src/common/identifiers/resident-id';
import { t } from '../i18n';
import { checkPhone, checkRequired, type Errors } from '../ui/validate';
import type { NewAgent } from './agents-api';

export type AgentField = keyof NewAgent | 'file';

/** The same rules as the server's AddAgentDto (ID checksum from src/common/identifiers), checked as the party types. */
export function checkAgent(a: NewAgent, file: File | null, ownPhones: readonly string[]): Errors<AgentField> {
  const e: Errors<AgentField> = {};
  if (!a.partyId) e.partyId = t('请选择被代理的当事人');
  e.name = checkRequired(a.name, t('请输入代理人姓名'), 50);
  e.phone = checkPhone(a.phone) ?? (ownPhones.includes(a.phone.trim()) ? t('代理人不能是本案的当事人') : undefined);
  const id = a.idNumber.trim().toUpperCase();
  if (!id) e.idNumber = t('请输入代理人身份证号');
  else if (!isValidResidentId(id)) e.idNumber = t('身份证号校验不通过，请核对（出生日期或最后一位可能有误）');
  if (a.relation === 'lawyer') {
    if (!/^\d{17}$/.test(a.licenceNumber.trim())) e.licenceNumber = t('律师执业证号为 17 位数字');
    e.lawFirm = checkRequired(a.lawFirm, t('请输入律师事务所'), 100);
  }
  if (!file) e.file = t('请上传授权委托书');
  return e;
}

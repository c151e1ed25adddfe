import { defineErrors } from '../common/errors/error-definition';

/** Agreements (src/agreements): drafting, the enforceability lint, signing. */
export const AGREEMENTS_ERRORS = defineErrors({
  AGREEMENT_NOT_FOUND: { status: 404, zh: '找不到该调解协议', en: 'Agreement not found' },
  AGREEMENT_EXISTS: { status: 409, zh: '本案已有调解协议，请在原协议上修改', en: 'This case already has an agreement' },
  AGREEMENT_VERSION_CONFLICT: { status: 409, zh: '协议已被更新，请在最新版本上修改后再保存', en: 'The agreement changed meanwhile; edit the latest version' },
  AGREEMENT_NOT_ENFORCEABLE: { status: 422, zh: '协议还有必须修改的问题，不能定稿', en: 'The agreement has errors that block finalising' },
  AGREEMENT_WARNINGS_NOT_ACKNOWLEDGED: { status: 422, zh: '请先确认协议检查中的提醒事项', en: 'Acknowledge the warnings first' },
  AGREEMENT_PARTY_NOT_IN_CASE: { status: 422, zh: '义务的履行方或收款方必须是本案当事人', en: 'Debtor and creditor must be parties of this case' },
  AGREEMENT_NOT_FINAL: { status: 409, zh: '协议尚未定稿或已被修改，只能签署定稿的版本', en: 'Only a finalised version can be signed' },
  AGREEMENT_ALREADY_FINAL: { status: 409, zh: '协议已经定稿；如需修改，请保存新的版本', en: 'The agreement is finalised already' },
  AGREEMENT_EFFECTIVE: { status: 409, zh: '协议已经生效，不能再修改', en: 'The agreement is in effect and cannot change' },
  AGREEMENT_VERSION_STALE: { status: 409, zh: '您签署的不是当前定稿的版本，请刷新后重新查看', en: 'That is not the finalised version' },
  AGREEMENT_NOT_A_SIGNER: { status: 403, zh: '您不是本协议的签署人', en: 'You do not sign this agreement' },
  AGREEMENT_ALREADY_SIGNED: { status: 409, zh: '您已签署本协议', en: 'You have signed already' },
  AGREEMENT_ORGANIZATION_SEAL_REQUIRED: {
    status: 409, zh: '单位当事人须由法定代表人、负责人或授权代表签署，并加盖单位印章：请先在“我的住所与送达地址”中填写代表人并上传印章',
    en: 'An organisation signs through its representative with its seal: give the representative and upload the seal first',
  },
  AGREEMENT_PARTIES_FIRST: { status: 409, zh: '请等各方当事人签署后，调解员再签署', en: 'The parties sign before the mediator' },
  SIGNATURE_IMAGE_INVALID: { status: 400, zh: '签名图片须为 PNG 格式', en: 'The signature must be a PNG image' },
  SIGNATURE_IMAGE_TOO_LARGE: { status: 413, zh: '签名图片不能超过 200 KB', en: 'The signature image is larger than 200 KB' },
  PARTY_DETAILS_FORBIDDEN: { status: 403, zh: '只能填写自己或所代理当事人的住所和送达地址', en: 'You may only give the details of your own party or of the party you act for' },
  CASE_SETTLE_NEEDS_AGREEMENT: {
    status: 409, zh: '调解成功须有已生效的调解协议；当场口头达成协议的，请注明“无书面协议”并说明理由（人民调解法第二十八条）',
    en: 'Settling needs an agreement in effect, or withoutWrittenAgreement with a reason',
  },
});

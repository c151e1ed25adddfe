import { defineErrors } from '../common/errors/error-definition';

/** Documents (src/documents): the case's document list, downloads, public verification. */
export const DOCUMENTS_ERRORS = defineErrors({
  DOCUMENT_NOT_FOUND: { status: 404, zh: '找不到该文书', en: 'Document not found' },
  DOCUMENT_DOWNLOAD_FORBIDDEN: { status: 403, zh: '文书含有当事人的身份信息，只有当事人、调解员、调委会和法院可以下载', en: 'Only the parties, the mediator, the committee and the court may download' },
  CERTIFICATE_INVALID: { status: 422, zh: '无法打开该证书文件：请上传含私钥的 PKCS#12（.p12/.pfx）文件并填写正确的密码', en: 'The PKCS#12 file cannot be opened' },
});

import { defineErrors } from '../common/errors/error-definition';

/** Evidence files. */
export const EVIDENCE_ERRORS = defineErrors({
  FILE_REQUIRED: { status: 400, zh: '请选择要上传的文件', en: 'A file is required' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, zh: '不支持该文件类型，请上传 PDF、图片、音视频、Word 或文本文件', en: 'This file type is not allowed' },
  FILE_CONTENT_MISMATCH: { status: 415, zh: '文件内容与扩展名不符，请上传原始文件，不要修改扩展名', en: 'The file content does not match its extension and type' },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大，超过了单个文件的大小上限（默认 20 MB）', en: 'The file is too large' },
  EVIDENCE_NOT_FOUND: { status: 404, zh: '找不到该证据材料', en: 'Evidence not found' },
});

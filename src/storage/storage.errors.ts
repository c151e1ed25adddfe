import { defineErrors } from '../common/errors/error-definition';

/** The blob store (local disk or an S3-compatible bucket). */
export const STORAGE_ERRORS = defineErrors({
  STORAGE_UNAVAILABLE: { status: 503, zh: '文件存储暂时不可用，请稍后重试', en: 'File storage is unavailable, please retry later' },
  BLOB_CHECKSUM_MISMATCH: { status: 503, zh: '文件在保存时校验不一致（传输中损坏），未保存，请重新上传', en: 'The file failed its checksum while being stored; nothing was kept, please upload it again' },
  BLOB_NOT_FOUND: { status: 404, zh: '该文件的内容在文件存储中找不到，请联系管理员', en: 'The file content is missing from storage' },
});

import { t } from '../i18n';

export type Errors<K extends string> = Partial<Record<K, string>>;

export const PHONE_RE = /^1[3-9]\d{9}$/;
export const ID_NUMBER_RE = /^\d{17}[\dX]$/;
export const CREDIT_CODE_RE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export function checkPhone(v: string): string | undefined {
  if (!v.trim()) return t('请输入手机号');
  if (!PHONE_RE.test(v.trim())) return t('请输入 11 位手机号码');
  return undefined;
}

export function checkPassword(v: string): string | undefined {
  if (!v) return t('请输入密码');
  if (v.length < 8 || v.length > 64) return t('密码长度为 8–64 位');
  if (!/[A-Za-z]/.test(v) || !/\d/.test(v)) return t('密码须同时包含字母和数字');
  return undefined;
}

export function checkRequired(v: string, message: string, max?: number): string | undefined {
  if (!v.trim()) return message;
  if (max && v.trim().length > max) return t('不能超过 {n} 个字', { n: max });
  return undefined;
}

export const hasErrors = (e: Record<string, string | undefined>) => Object.values(e).some(Boolean);

/** Upload rules shared by the wizard and the case page. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.mp3,.m4a,.mp4,.docx,.txt';
const EXT_RE = /\.(pdf|jpe?g|png|webp|mp3|m4a|mp4|docx|txt)$/i;

export function checkUpload(file: File): string | undefined {
  if (!EXT_RE.test(file.name)) return t('不支持的文件类型，仅支持 PDF、JPG、PNG、WEBP、MP3、M4A、MP4、DOCX、TXT');
  if (file.size > MAX_UPLOAD_BYTES) return t('文件过大，单个文件不能超过 20 MB');
  if (file.size === 0) return t('文件为空');
  return undefined;
}

import { tokens } from './tokens';
import { acceptLanguage, ApiError, expireSession, isTokenError, networkError, refreshTokens, toApiError } from './http';

export type Progress = (fraction: number) => void;

function once<T>(url: string, form: FormData, onProgress: Progress): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    const token = tokens.access();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(networkError());
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else if (xhr.status === 413 && !body) {
        reject(new ApiError(413, 'FILE_TOO_LARGE', '文件过大，单个文件不能超过 20 MB'));
      } else {
        reject(toApiError(xhr.status, body));
      }
    };
    xhr.send(form);
  });
}

/** POST multipart with upload progress (XHR), refreshing the token once if needed. */
export async function uploadForm<T>(path: string, form: FormData, onProgress: Progress): Promise<T> {
  try {
    return await once<T>(`/api${path}`, form, onProgress);
  } catch (e) {
    if (!(e instanceof ApiError) || !isTokenError(e)) throw e;
    onProgress(0);
    if (!(await refreshTokens())) {
      expireSession();
      throw e;
    }
    return once<T>(`/api${path}`, form, onProgress);
  }
}

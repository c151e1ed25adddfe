import { createHash, createHmac } from 'node:crypto';

// Tencent Cloud API v3 request signing (TC3-HMAC-SHA256), as documented for every Tencent Cloud API:
// canonical request → string to sign → key derived from the secret by date and service → hex signature.

export interface Tc3Request {
  secretId: string;
  secretKey: string;
  /** e.g. `sms` */
  service: string;
  host: string;
  /** The JSON body exactly as sent. */
  payload: string;
  /** Unix seconds; the credential scope uses its UTC date. */
  timestamp: number;
}

export const TC3_CONTENT_TYPE = 'application/json; charset=utf-8';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

export function tc3CanonicalRequest(host: string, payload: string): string {
  return ['POST', '/', '', `content-type:${TC3_CONTENT_TYPE}\nhost:${host}\n`, 'content-type;host', sha256Hex(payload)].join('\n');
}

export function tc3StringToSign(request: Tc3Request): string {
  const date = new Date(request.timestamp * 1000).toISOString().slice(0, 10);
  return ['TC3-HMAC-SHA256', String(request.timestamp), `${date}/${request.service}/tc3_request`, sha256Hex(tc3CanonicalRequest(request.host, request.payload))].join('\n');
}

/** The Authorization header value for a POST with a JSON body. */
export function tc3Authorization(request: Tc3Request): string {
  const date = new Date(request.timestamp * 1000).toISOString().slice(0, 10);
  const signingKey = hmac(hmac(hmac(`TC3${request.secretKey}`, date), request.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(tc3StringToSign(request), 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${request.secretId}/${date}/${request.service}/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`;
}

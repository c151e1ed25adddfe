import forge from 'node-forge';
import { generateKeyPairSync, randomBytes } from 'node:crypto';

export interface SigningIdentity {
  /** PKCS#12 (.p12 / .pfx) with the private key and its certificate chain. */
  p12: Buffer;
  passphrase: string;
}

/**
 * A self-signed document-signing certificate for a committee, its name in Chinese (UTF8String). Good enough for the
 * demo and for a reader to show the document as signed and unmodified; an admin replaces it with one from a real CA.
 */
export function generateCommitteeIdentity(committeeName: string, now = new Date(), years = 10): SigningIdentity {
  // Node's native key generation: forge's own takes seconds for 2048 bits.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01' + randomBytes(15).toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + years * 365 * 86_400_000);
  const utf8 = forge.asn1.Type.UTF8;
  const attrs = [
    { name: 'commonName', value: committeeName, valueTagClass: utf8 },
    { name: 'organizationName', value: committeeName, valueTagClass: utf8 },
    { name: 'countryName', value: 'CN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const passphrase = randomBytes(18).toString('base64url');
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des', friendlyName: committeeName });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), passphrase };
}

export interface IdentitySummary {
  subject: string;
  issuer: string;
  notAfter: Date;
}

/** Opens a PKCS#12 and says whose it is; throws when the passphrase is wrong or no key matches a certificate. */
export function readIdentity(identity: SigningIdentity): { key: forge.pki.rsa.PrivateKey; cert: forge.pki.Certificate; chain: forge.pki.Certificate[] } {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(identity.p12.toString('binary')), false, identity.passphrase);
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []).map((b) => b.cert!).filter(Boolean);
  const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0]
    ?? p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('PKCS#12 has no private key');
  const cert = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
  });
  if (!cert) throw new Error('no certificate matches the private key');
  return { key, cert, chain: certs };
}

export function summarizeIdentity(identity: SigningIdentity): IdentitySummary {
  const { cert } = readIdentity(identity);
  const cn = (attrs: forge.pki.CertificateField[]) => {
    const field = attrs.find((a) => a.shortName === 'CN') ?? attrs[0];
    const value = String(field?.value ?? '');
    return (field?.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? forge.util.decodeUtf8(value) : value;
  };
  return { subject: cn(cert.subject.attributes), issuer: cn(cert.issuer.attributes), notAfter: cert.validity.notAfter };
}

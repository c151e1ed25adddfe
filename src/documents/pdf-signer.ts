import forge from 'node-forge';
import { KeyObject, constants, createPrivateKey, privateEncrypt } from 'node:crypto';
import signpdf, { Signer } from '@signpdf/signpdf';
import { SigningIdentity, readIdentity } from './committee-certificate';

/**
 * Signs a PDF (adbe.pkcs7.detached, SHA-256) with a committee's PKCS#12, as @signpdf/signer-p12 does, with one fix:
 * node-forge reads a certificate's UTF8String names as raw bytes and encodes them again when it writes the signer's
 * issuerAndSerialNumber, so a Chinese issuer comes out double-encoded and readers say "Unknown Validation Failure"
 * (forge issue #847, ../shared/documents.md). We decode those names before adding the signer.
 */
export class CommitteeSigner extends Signer {
  private readonly key: NativeRsaKey;
  private readonly cert: forge.pki.Certificate;
  private readonly chain: forge.pki.Certificate[];

  constructor(identity: SigningIdentity) {
    super();
    const { key, cert, chain } = readIdentity(identity);
    this.key = new NativeRsaKey(key);
    this.cert = cert;
    this.chain = chain;
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const cert of this.chain) p7.addCertificate(cert);
    p7.addSigner({
      key: this.key as unknown as forge.pki.rsa.PrivateKey,
      certificate: withDecodedNames(this.cert),
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

// DigestInfo prefix of a SHA-256 digest (RFC 8017 §9.2 note 1): what PKCS#1 v1.5 signs.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * The committee's private key as forge's pkcs7 asks for it (`key.sign(md, scheme)`), signing with Node's native RSA.
 * forge's own RSA is pure JavaScript big-number code: ~25 ms a signature, a third of a whole agreement's rendering in
 * the bench:pdf profile; OpenSSL takes ~1 ms. The digest forge hands us is already computed; we only wrap and sign it.
 */
class NativeRsaKey {
  private readonly native: KeyObject;

  constructor(key: forge.pki.rsa.PrivateKey) {
    this.native = createPrivateKey(forge.pki.privateKeyToPem(key));
  }

  sign(md: forge.md.MessageDigest, scheme: string): string {
    if (md.algorithm !== 'sha256' || scheme !== 'RSASSA-PKCS1-V1_5') throw new Error(`unsupported signature ${md.algorithm}/${scheme}`);
    const digest = Buffer.from(md.digest().getBytes(), 'binary');
    const signature = privateEncrypt({ key: this.native, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, digest]));
    return signature.toString('binary');
  }
}

/** A shallow copy whose issuer names are text again, so forge's re-encoding writes the original bytes. */
function withDecodedNames(cert: forge.pki.Certificate): forge.pki.Certificate {
  const decode = (attrs: forge.pki.CertificateField[]) =>
    attrs.map((a) => ((a.valueTagClass as unknown) === forge.asn1.Type.UTF8 ? { ...a, value: forge.util.decodeUtf8(String(a.value)) } : a));
  return Object.assign(Object.create(Object.getPrototypeOf(cert)), cert, {
    issuer: { ...cert.issuer, attributes: decode(cert.issuer.attributes) },
  });
}

export function signPdf(pdf: Buffer, identity: SigningIdentity | CommitteeSigner, signingTime?: Date): Promise<Buffer> {
  const signer = identity instanceof CommitteeSigner ? identity : new CommitteeSigner(identity);
  return signpdf.sign(pdf, signer, signingTime);
}

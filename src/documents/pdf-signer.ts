import forge from 'node-forge';
import signpdf, { Signer } from '@signpdf/signpdf';
import { SigningIdentity, readIdentity } from './committee-certificate';

/**
 * Signs a PDF (adbe.pkcs7.detached, SHA-256) with a committee's PKCS#12, as @signpdf/signer-p12 does, with one fix:
 * node-forge reads a certificate's UTF8String names as raw bytes and encodes them again when it writes the signer's
 * issuerAndSerialNumber, so a Chinese issuer comes out double-encoded and readers say "Unknown Validation Failure"
 * (forge issue #847, ../shared/documents.md). We decode those names before adding the signer.
 */
export class CommitteeSigner extends Signer {
  private readonly key: forge.pki.rsa.PrivateKey;
  private readonly cert: forge.pki.Certificate;
  private readonly chain: forge.pki.Certificate[];

  constructor(identity: SigningIdentity) {
    super();
    ({ key: this.key, cert: this.cert, chain: this.chain } = readIdentity(identity));
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const cert of this.chain) p7.addCertificate(cert);
    p7.addSigner({
      key: this.key,
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

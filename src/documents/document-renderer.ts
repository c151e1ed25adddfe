import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { SigningIdentity } from './committee-certificate';
import { DocumentFont } from './document-font';
import { DOCUMENT_TYPE_LABELS, DocExtras, DocModel, DocumentType } from './document-model';
import { DocumentTemplates } from './document-templates';
import { PdfImageCache } from './pdf-images';
import { layoutPdf } from './pdf-layout';
import { CommitteeSigner, signPdf } from './pdf-signer';

export interface DigitalSignatureRequest {
  identity: SigningIdentity;
  /** The signer's name as readers show it: the committee. */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

/** Every document goes through here: template → blocks → pdfkit layout → (optionally) PAdES-style signature. */
export class DocumentRenderer {
  private readonly signers = new Map<string, CommitteeSigner>();
  private readonly images = new PdfImageCache();

  constructor(
    readonly font: DocumentFont = new DocumentFont(),
    readonly templates: DocumentTemplates = new DocumentTemplates(),
    /** Where the QR code of a document points (PUBLIC_URL). */
    readonly publicUrl = 'http://localhost:3000',
  ) {}

  model(type: DocumentType, context: object): DocModel {
    return this.templates.render(type, context);
  }

  async pdf(type: DocumentType, model: DocModel, extras: DocExtras = {}, sign?: DigitalSignatureRequest): Promise<Buffer> {
    // The QR code is drawn as vector squares from its module matrix: no PNG to encode, inflate and embed per document.
    const qr = extras.verification ? QRCode.create(extras.verification.url, { errorCorrectionLevel: 'M' }).modules : undefined;
    const placeholder = sign && { name: sign.name, reason: sign.reason, location: sign.location, contactInfo: sign.contactInfo, signingTime: sign.signingTime };
    const pdf = await layoutPdf(this.font, model, extras, { title: DOCUMENT_TYPE_LABELS[type], qr, placeholder, images: this.images });
    return sign ? signPdf(pdf, this.signerFor(sign.identity), sign.signingTime) : pdf;
  }

  /** A parsed PKCS#12 is kept per content hash: opening one costs a 3DES decryption each time. */
  private signerFor(identity: SigningIdentity): CommitteeSigner {
    const key = createHash('sha256').update(identity.p12).update(identity.passphrase).digest('hex');
    let signer = this.signers.get(key);
    if (!signer) {
      signer = new CommitteeSigner(identity);
      this.signers.set(key, signer);
    }
    return signer;
  }
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

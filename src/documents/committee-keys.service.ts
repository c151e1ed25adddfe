import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/errors/domain-error';
import { decodePngDataUrl } from '../common/png-data-url';
import { FieldCipher } from '../common/crypto/field-cipher';
import { Organization } from '../organizations/entities/organization.entity';
import { SigningIdentity, generateCommitteeIdentity, summarizeIdentity } from './committee-certificate';
import { DOCUMENT_CIPHER } from './documents.tokens';

/**
 * Each committee's seal image and document-signing certificate. The seed makes a certificate for every committee;
 * one that has none (a committee created later) gets one the first time it seals a document. An admin may replace
 * both (PKCS#12 from a real CA, a scanned seal).
 */
@Injectable()
export class CommitteeKeysService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DOCUMENT_CIPHER) private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** With the demo data on, every committee without a certificate gets one at start (as the seed would). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const committees = await this.dataSource.manager.find(Organization, { where: { kind: 'committee', signingP12: IsNull() }, select: { id: true, name: true } });
    for (const committee of committees) await this.dataSource.transaction((manager) => this.identity(manager, committee));
  }

  /** Admin: replace the certificate with a PKCS#12 from a real CA; refused when it cannot be opened. */
  async upload(committeeId: string, p12: Buffer | undefined, passphrase: string) {
    if (!p12?.length) throw new DomainError('FILE_REQUIRED');
    const identity = { p12, passphrase };
    let summary: ReturnType<typeof summarizeIdentity>;
    try {
      summary = summarizeIdentity(identity);
    } catch {
      throw new DomainError('CERTIFICATE_INVALID');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.requireCommittee(manager, committeeId);
      await this.store(manager, committeeId, identity);
    });
    return { subject: summary.subject, issuer: summary.issuer, notAfter: summary.notAfter.toISOString() };
  }

  /** Admin: the committee's own seal image (PNG, transparent background, at most 200 KB). */
  async uploadSeal(committeeId: string, dataUrl: string) {
    const png = decodePngDataUrl(dataUrl);
    if (!png.ok) throw new DomainError(png.reason === 'too_large' ? 'SIGNATURE_IMAGE_TOO_LARGE' : 'SIGNATURE_IMAGE_INVALID');
    await this.dataSource.transaction(async (manager) => {
      await this.requireCommittee(manager, committeeId);
      await manager.update(Organization, { id: committeeId }, { sealPng: png.png });
    });
    return { width: png.width, height: png.height };
  }

  private async requireCommittee(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.findOne(Organization, { where: { id, kind: 'committee' }, select: { id: true } }))) throw new DomainError('COMMITTEE_NOT_FOUND');
  }

  async identity(manager: EntityManager, committee: Pick<Organization, 'id' | 'name'>): Promise<SigningIdentity> {
    const row = await manager.createQueryBuilder(Organization, 'o')
      .select(['o.id']).addSelect(['o.signingP12', 'o.signingPassphraseEncrypted'])
      .where('o.id = :id', { id: committee.id }).setLock('pessimistic_write').getOne();
    if (row?.signingP12 && row.signingPassphraseEncrypted) {
      return { p12: row.signingP12, passphrase: this.cipher.decrypt(row.signingPassphraseEncrypted) };
    }
    const identity = generateCommitteeIdentity(committee.name);
    await this.store(manager, committee.id, identity);
    return identity;
  }

  async store(manager: EntityManager, committeeId: string, identity: SigningIdentity): Promise<void> {
    await manager.update(Organization, { id: committeeId }, {
      signingP12: identity.p12, signingPassphraseEncrypted: this.cipher.encrypt(identity.passphrase),
    });
  }

  async seal(manager: EntityManager, committeeId: string): Promise<Buffer | null> {
    const row = await manager.createQueryBuilder(Organization, 'o').select(['o.id']).addSelect('o.sealPng')
      .where('o.id = :id', { id: committeeId }).getOne();
    return row?.sealPng ?? null;
  }

}

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
export class CommitteeKeysService {
  constructor(@Inject(DOCUMENT_CIPHER) private readonly cipher: FieldCipher) {}

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

  describe(identity: SigningIdentity) {
    return summarizeIdentity(identity);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { User } from '../users/entities/user.entity';
import { Agreement, AgreementComment, AgreementSignature, AgreementVersion } from './entities';

/** Fetches and stores agreements; the rules live in the services. */
@Injectable()
export class AgreementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The agreement, locked for the rest of the caller's transaction when `lock`. */
  find(id: string, manager?: EntityManager, lock = false): Promise<Agreement | null> {
    const query = this.m(manager).createQueryBuilder(Agreement, 'a').where('a.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  liveOfCase(caseId: string, manager?: EntityManager): Promise<Agreement | null> {
    return this.m(manager).createQueryBuilder(Agreement, 'a')
      .where('a.case_id = :caseId', { caseId }).andWhere(`a.status <> 'void'`).getOne();
  }

  version(agreementId: string, version: number, manager?: EntityManager): Promise<AgreementVersion | null> {
    return this.m(manager).findOne(AgreementVersion, { where: { agreementId, version } });
  }

  /** Signatures that still count (not voided by a later change), oldest first. */
  signatures(agreementId: string, manager?: EntityManager, withImages = false): Promise<AgreementSignature[]> {
    const query = this.m(manager).createQueryBuilder(AgreementSignature, 's')
      .where('s.agreement_id = :agreementId AND s.voided_at IS NULL', { agreementId }).orderBy('s.signed_at', 'ASC');
    if (withImages) query.addSelect('s.imagePng');
    return query.getMany();
  }

  async voidSignatures(manager: EntityManager, agreementId: string, at: Date): Promise<number> {
    const result = await manager.update(AgreementSignature, { agreementId, voidedAt: IsNull() }, { voidedAt: at });
    return result.affected ?? 0;
  }

  async comments(agreementId: string): Promise<(AgreementComment & { authorName: string })[]> {
    const { entities, raw } = await this.dataSource.manager.createQueryBuilder(AgreementComment, 'c')
      .leftJoin(User, 'u', 'u.id = c.author_id').addSelect('u.name', 'author_name')
      .where('c.agreement_id = :agreementId', { agreementId }).orderBy('c.created_at', 'ASC').getRawAndEntities();
    return entities.map((c, i) => Object.assign(c, { authorName: raw[i].author_name as string }));
  }
}

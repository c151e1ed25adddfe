import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { hashPassword } from '../auth/password';
import { DomainError } from '../common/errors/domain-error';
import { Organization } from '../organizations/entities/organization.entity';
import { CreateUserDto, MeResponse, PreferencesDto, toMeResponse } from './dto/user.dto';
import { Role, User } from './entities/user.entity';

const ORGANIZATION_FOR_ROLE: Partial<Record<Role, Organization['kind']>> = { mediator: 'committee', court_staff: 'court' };

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async me(user: AuthUser): Promise<MeResponse> {
    const found = await this.users.findOne({ where: { id: user.id }, relations: { organization: true } });
    if (!found) throw new DomainError('TOKEN_INVALID');
    return toMeResponse(found);
  }

  async setPreferences(user: AuthUser, preferences: PreferencesDto): Promise<MeResponse> {
    await this.users.update({ id: user.id }, { elderMode: preferences.elderMode });
    return this.me(user);
  }

  /** Creates an account; the caller's transaction decides whether it sticks. */
  async create(manager: EntityManager, input: CreateUserDto): Promise<User> {
    const organization = await this.checkOrganization(manager, input.role, input.organizationId);
    const taken = await manager.exists(User, { where: { phone: input.phone } });
    if (taken) throw new DomainError('PHONE_TAKEN');
    const user = manager.create(User, {
      phone: input.phone,
      name: input.name.trim(),
      role: input.role,
      organizationId: organization?.id ?? null,
      passwordHash: await hashPassword(input.password),
    });
    await manager.insert(User, user).catch((error) => {
      if (error?.code === '23505') throw new DomainError('PHONE_TAKEN'); // lost a race for the same phone
      throw error;
    });
    user.organization = organization;
    return user;
  }

  createByAdmin(input: CreateUserDto): Promise<MeResponse> {
    return this.users.manager.transaction(async (manager) => toMeResponse(await this.create(manager, input)));
  }

  async findWithPassword(phone: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organization', 'o')
      .where('u.phone = :phone', { phone })
      .getOne();
  }

  findByPhone(phone: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager.findOne(User, { where: { phone } });
  }

  /** Replaces the password of the account holding `phone`; null when there is none. */
  async setPassword(manager: EntityManager, phone: string, password: string): Promise<User | null> {
    const user = await manager.findOne(User, { where: { phone }, lock: { mode: 'pessimistic_write' } });
    if (!user) return null;
    await manager.update(User, { id: user.id }, { passwordHash: await hashPassword(password) });
    return user;
  }

  findById(id: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager.findOne(User, { where: { id }, relations: { organization: true } });
  }

  private async checkOrganization(manager: EntityManager, role: Role, organizationId?: string) {
    const wantedKind = ORGANIZATION_FOR_ROLE[role];
    if (!organizationId) {
      if (wantedKind) throw new DomainError('ORGANIZATION_ROLE_MISMATCH');
      return null;
    }
    const organization = await manager.findOne(Organization, { where: { id: organizationId } });
    if (!organization) throw new DomainError('ORGANIZATION_NOT_FOUND');
    if (wantedKind && organization.kind !== wantedKind) throw new DomainError('ORGANIZATION_ROLE_MISMATCH');
    return organization;
  }
}

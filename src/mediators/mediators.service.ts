import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LeaveResponse, MediatorCard, MediatorPage, MediatorProfileDetail, MediatorSlots } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../clock/clock';
import { DomainError } from '../common/errors/domain-error';
import { decodePngOrJpeg } from './photo';
import { addDays, shanghaiInstant, shanghaiParts, slotsOf, WeeklyHours } from './availability';
import {
  AvailabilityDto, DirectoryQuery, LeaveDto, SlotsQuery, UpdateProfileDto, hhmmOf, minuteOf, toMediatorCard,
} from './dto/mediator.dto';
import { MediatorRow, MediatorsRepository } from './mediators.repository';

const LEAVE_SHOWN_DAYS = 120;

/** The directory, profiles (the mediator edits his own, admins any), availability and the free slots. */
@Injectable()
export class MediatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MediatorsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Everyone signed in browses the directory: parties choose from it, committees assign from it. */
  async directory(query: DirectoryQuery): Promise<MediatorPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { rows, total } = await this.repository.directory({ ...query, limit: pageSize, offset: (page - 1) * pageSize });
    return { items: await this.cards(rows), total, page, pageSize };
  }

  async cards(rows: MediatorRow[]): Promise<MediatorCard[]> {
    const ids = rows.map((r) => r.id);
    const [figures, offices] = await Promise.all([this.repository.figures(ids), this.repository.offices(ids)]);
    return rows.map((r) => toMediatorCard(r, figures.get(r.id)!, offices.get(r.id)!));
  }

  async profile(user: AuthUser, mediatorId: string): Promise<MediatorProfileDetail> {
    const row = await this.repository.findMediator(mediatorId);
    if (!row) throw new DomainError('MEDIATOR_PROFILE_NOT_FOUND');
    const now = this.clock.now();
    const [[card], hours, leave] = await Promise.all([
      this.cards([row]),
      this.repository.weeklyHours([mediatorId]),
      this.repository.leave([mediatorId], now, new Date(now.getTime() + LEAVE_SHOWN_DAYS * 86_400_000)),
    ]);
    const own = user.id === mediatorId;
    const calendarFeedUrl = own ? `/api/calendar/${(await this.repository.ensureProfile(this.repository.manager, mediatorId)).calendarToken}.ics` : null;
    return {
      ...card,
      weeklyHours: hours.get(mediatorId)!.map((h) => ({ weekday: h.weekday, start: hhmmOf(h.startMinute), end: hhmmOf(h.endMinute) })),
      leave: leave.get(mediatorId)!.map((l): LeaveResponse => ({ id: l.id, startsAt: new Date(l.start).toISOString(), endsAt: new Date(l.end).toISOString(), reason: l.reason })),
      calendarFeedUrl,
    };
  }

  async updateProfile(user: AuthUser, mediatorId: string, body: UpdateProfileDto): Promise<MediatorProfileDetail> {
    await this.requireEditor(user, mediatorId);
    const adminOnly = body.affiliation !== undefined || body.invitedByCourtId !== undefined;
    if (adminOnly && user.role !== 'admin') throw new DomainError('MEDIATOR_PROFILE_FORBIDDEN');
    await this.dataSource.transaction(async (manager) => {
      if (body.affiliation === 'court_invited' && !(body.invitedByCourtId && (await this.repository.isCourt(manager, body.invitedByCourtId)))) {
        throw new DomainError('ORGANIZATION_ROLE_MISMATCH');
      }
      await this.repository.updateProfile(manager, mediatorId, {
        ...body, invitedByCourtId: body.affiliation === 'court_invited' ? body.invitedByCourtId : null,
      });
      if (body.offices) await this.repository.replaceOffices(manager, mediatorId, body.offices);
      await this.audit.record(manager, { actorId: user.id, action: 'mediator.profile.update', entity: 'user', entityId: mediatorId, ip: user.ip });
    });
    return this.profile(user, mediatorId);
  }

  /** Weekly hours replace the previous ones as a whole (Asia/Shanghai local times). */
  async setAvailability(user: AuthUser, mediatorId: string, body: AvailabilityDto): Promise<MediatorProfileDetail> {
    await this.requireEditor(user, mediatorId);
    const hours: WeeklyHours[] = body.weeklyHours.map((h) => ({ weekday: h.weekday, startMinute: minuteOf(h.start), endMinute: minuteOf(h.end) }));
    if (!validWeeklyHours(hours)) throw new DomainError('AVAILABILITY_INVALID');
    await this.dataSource.transaction(async (manager) => {
      await this.repository.replaceWeeklyHours(manager, mediatorId, hours);
      await this.audit.record(manager, { actorId: user.id, action: 'mediator.availability.set', entity: 'user', entityId: mediatorId, ip: user.ip, data: { hours: hours.length } });
    });
    return this.profile(user, mediatorId);
  }

  async addLeave(user: AuthUser, mediatorId: string, body: LeaveDto): Promise<MediatorProfileDetail> {
    await this.requireEditor(user, mediatorId);
    const start = new Date(body.startsAt);
    const end = new Date(body.endsAt);
    if (!(start < end)) throw new DomainError('LEAVE_INVALID');
    await this.dataSource.transaction(async (manager) => {
      await this.repository.addLeave(manager, mediatorId, start, end, body.reason);
      await this.audit.record(manager, { actorId: user.id, action: 'mediator.leave.add', entity: 'user', entityId: mediatorId, ip: user.ip });
    });
    return this.profile(user, mediatorId);
  }

  /** Taking a leave back frees its slots at once (the profile's free slots follow in the same transaction). */
  async deleteLeave(user: AuthUser, mediatorId: string, leaveId: string): Promise<MediatorProfileDetail> {
    await this.requireEditor(user, mediatorId);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.deleteLeave(manager, mediatorId, leaveId))) throw new DomainError('LEAVE_NOT_FOUND');
      await this.audit.record(manager, { actorId: user.id, action: 'mediator.leave.delete', entity: 'user', entityId: mediatorId, ip: user.ip, data: { leaveId } });
    });
    return this.profile(user, mediatorId);
  }

  async setPhoto(user: AuthUser, mediatorId: string, dataUrl: string | null): Promise<MediatorProfileDetail> {
    await this.requireEditor(user, mediatorId);
    const photo = dataUrl === null ? null : decodePngOrJpeg(dataUrl);
    await this.dataSource.transaction((manager) => this.repository.setPhoto(manager, mediatorId, photo?.bytes ?? null, photo?.type ?? null));
    return this.profile(user, mediatorId);
  }

  async photo(mediatorId: string): Promise<{ photo: Buffer; type: string }> {
    const found = await this.repository.photo(mediatorId);
    if (!found) throw new DomainError('MEDIATOR_PROFILE_NOT_FOUND');
    return found;
  }

  /** The week view: every slot of the mediator's hours, free or not (who booked is nobody else's business). */
  async slots(mediatorId: string, query: SlotsQuery): Promise<MediatorSlots> {
    if (!(await this.repository.findMediator(mediatorId))) throw new DomainError('MEDIATOR_PROFILE_NOT_FOUND');
    const now = this.clock.now();
    const fromDate = query.from ?? shanghaiParts(now).date;
    const days = query.days ?? 7;
    const from = shanghaiInstant(fromDate);
    const to = shanghaiInstant(addDays(fromDate, days));
    const [hours, leave, busy] = await Promise.all([
      this.repository.weeklyHours([mediatorId]), this.repository.leave([mediatorId], from, to), this.repository.busy([mediatorId], from, to),
    ]);
    const slots = slotsOf({ hours: hours.get(mediatorId)!, leave: leave.get(mediatorId)!, busy: busy.get(mediatorId)!, fromDate, days, now });
    return {
      mediatorId, fromDate, days, slotMinutes: 60,
      slots: slots.map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString(), free: s.free })),
    };
  }

  /** The mediator himself or an admin; anyone else: 404 for a stranger's profile would hide a public page, so 403. */
  private async requireEditor(user: AuthUser, mediatorId: string): Promise<void> {
    if (!(await this.repository.findMediator(mediatorId))) throw new DomainError('MEDIATOR_PROFILE_NOT_FOUND');
    if (user.role !== 'admin' && user.id !== mediatorId) throw new DomainError('MEDIATOR_PROFILE_FORBIDDEN');
  }
}

/** Each window within a day, start before end, and no two windows of a weekday overlapping. */
export function validWeeklyHours(hours: readonly WeeklyHours[]): boolean {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  return sorted.every((h, i) => {
    if (!(h.startMinute < h.endMinute && h.endMinute <= 1440)) return false;
    const prev = sorted[i - 1];
    return !prev || prev.weekday !== h.weekday || prev.endMinute <= h.startMinute;
  });
}

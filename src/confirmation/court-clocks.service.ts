import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseTimelineService } from '../cases/case-timeline.service';
import { addDays, endOfShanghaiDay, startOfShanghaiDay } from '../calendar/period';
import { Clock } from '../clock/clock';
import { EventsService } from '../events/events.service';
import { JobsService } from '../jobs/jobs.service';
import { CourtApplicationsRepository } from './court-applications.repository';
import { currentDeadline } from './court-clocks';
import { CourtApplication } from './entities/court-application.entity';

interface DeadlineJob {
  applicationId: string;
  deadline: 'accept' | 'decide';
  due: string;
}

/**
 * Reminders (the day before a last day) and overdue escalation (the day after it) as durable jobs, queued in the same
 * transaction as the change that set the deadline. Each job checks that the item still waits on that very deadline and
 * writes its notice once (court_notices is unique per item, kind, deadline and day), so a job run twice — after a crash,
 * or by two processes — delivers once. Until notification channels exist, notices show in the court queue and the app.
 */
@Injectable()
export class CourtClocksService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    private readonly repository: CourtApplicationsRepository,
    private readonly events: EventsService,
    private readonly timeline: CaseTimelineService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<DeadlineJob>('court.deadline-reminder', (job) => this.deliver('reminder', job));
    this.jobs.define<DeadlineJob>('court.deadline-overdue', (job) => this.deliver('overdue', job));
  }

  /** Queues the reminder and the escalation of the deadline the item now waits on (replacing earlier ones). */
  async schedule(manager: EntityManager, app: Pick<CourtApplication, 'id' | 'status' | 'acceptBy' | 'decideBy' | 'extendedTo'>): Promise<void> {
    const current = currentDeadline(app);
    if (!current) return;
    const payload: DeadlineJob = { applicationId: app.id, ...current };
    const now = this.clock.now();
    const dayBefore = startOfShanghaiDay(addDays(current.due, -1));
    await this.jobs.queue(manager, 'court.deadline-reminder', payload, { runAt: dayBefore > now ? dayBefore : now, jobKey: `court-reminder:${app.id}` });
    await this.jobs.queue(manager, 'court.deadline-overdue', payload, { runAt: endOfShanghaiDay(current.due), jobKey: `court-overdue:${app.id}` });
  }

  private async deliver(kind: 'reminder' | 'overdue', job: DeadlineJob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const app = await this.repository.find(job.applicationId, manager, true);
      const current = app && currentDeadline(app);
      if (!app || !current || current.deadline !== job.deadline || current.due !== job.due) return; // acted on, or moved
      const noticeId = await this.repository.addNotice(manager, { applicationId: app.id, courtId: app.courtId, kind, deadline: job.deadline, due: job.due, at: this.clock.now() });
      if (!noticeId) return; // delivered before
      await this.events.emit(manager, 'court.deadline', { applicationId: app.id, courtId: app.courtId, kind, deadline: job.deadline, due: job.due });
      if (kind === 'overdue') {
        await this.timeline.append(manager, {
          caseId: app.caseId, type: 'court_deadline_missed', actor: null,
          note: `${job.deadline === 'accept' ? '受理' : '审查'}期限（${job.due}）已届满，已提示法官和院长`, data: { applicationId: app.id, due: job.due },
        });
      }
    });
  }
}

// Helpers of the sessions/media e2e tests: a case ready for mediation, and a signaling WebSocket client.
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { NotificationData, NotificationMethod, RequestData, RequestMethod, ResponseData, SignalError } from '../../src/sessions/signaling/protocol';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Session, acceptInvitation, createOrganization, lendingCase, registerParty, staff } from '../factories/factories';
import { TestApp } from '../support/test-app';

export interface MediationCase {
  caseId: string;
  committee: Organization;
  applicant: Session;
  respondent: Session;
  mediator: Session;
}

/** A filed lending case the respondent agreed to, accepted and assigned to a mediator (status mediator_assigned). */
export async function caseWithMediator(t: TestApp): Promise<MediationCase> {
  const committee = await createOrganization(t.dataSource, 'committee');
  const applicant = await registerParty(t, '张三');
  const respondent = await registerParty(t, '李四');
  const mediator = await staff(t, 'mediator', committee.id, '王桂兰');
  const filed = await t.http.post('/api/cases').set(applicant.auth)
    .send(lendingCase(respondent.user.phone, { committeeId: committee.id })).expect(201);
  const caseId = filed.body.id;
  const invitation = await t.http.post(`/api/cases/${caseId}/invitations`).set(applicant.auth).send({}).expect(201);
  await acceptInvitation(t, respondent, invitation.body.code);
  await t.http.post(`/api/cases/${caseId}/accept`).set(mediator.auth).send({}).expect(200);
  await t.http.post(`/api/cases/${caseId}/assign`).set(mediator.auth).send({ mediatorId: mediator.user.id }).expect(200);
  return { caseId, committee, applicant, respondent, mediator };
}

export async function openSession(t: TestApp, c: MediationCase): Promise<string> {
  const res = await t.http.post(`/api/cases/${c.caseId}/sessions`).set(c.mediator.auth).send({}).expect(201);
  return res.body.id;
}

export function wsUrl(t: TestApp, query = ''): string {
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/api/signaling${query}`;
}

type Incoming = { id?: number | null; ok?: boolean; data?: unknown; error?: SignalError; notification?: string };

export class SignalFailure extends Error {
  constructor(readonly error: SignalError) {
    super(`${error.code}: ${error.message}`);
  }
}

/** A signaling client like the session page's: requests with ids and timeouts, notifications kept for assertions. */
export class SignalClient {
  readonly notifications: { notification: string; data: unknown }[] = [];
  readonly replies: Incoming[] = [];
  closeCode: number | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (message: Incoming) => void>();
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (raw) => this.onMessage(JSON.parse(raw.toString()) as Incoming));
    socket.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
  }

  static async connect(url: string, protocols?: string[], headers?: Record<string, string>): Promise<SignalClient> {
    const socket = new WebSocket(url, protocols, { headers });
    const client = new SignalClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  async request<M extends RequestMethod>(method: M, data: RequestData<M>, timeoutMs = 8000): Promise<ResponseData<M>> {
    const reply = await this.raw({ id: this.nextId++, method, data }, timeoutMs);
    if (!reply.ok) throw new SignalFailure(reply.error!);
    return reply.data as ResponseData<M>;
  }

  /** The error a request fails with (fails the test if it succeeds). */
  async refused<M extends RequestMethod>(method: M, data: unknown): Promise<SignalError> {
    const reply = await this.raw({ id: this.nextId++, method, data });
    if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
    return reply.error!;
  }

  /** Sends anything (a string as is, else JSON) and waits for the reply with that id (or id null). */
  raw(message: unknown, timeoutMs = 8000): Promise<Incoming> {
    const id = (message as { id?: unknown })?.id;
    const key = typeof id === 'number' ? id : -1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${JSON.stringify(message).slice(0, 80)}`)), timeoutMs);
      this.pending.set(key, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    });
  }

  async waitFor<N extends NotificationMethod>(
    notification: N, match: (data: NotificationData<N>) => boolean = () => true, timeoutMs = 8000,
  ): Promise<NotificationData<N>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find((n) => n.notification === notification && match(n.data as NotificationData<N>));
      if (found) return found.data as NotificationData<N>;
      if (Date.now() > deadline) throw new Error(`no ${notification} notification (got ${this.notifications.map((n) => n.notification).join(', ')})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  received<N extends NotificationMethod>(notification: N): NotificationData<N>[] {
    return this.notifications.filter((n) => n.notification === notification).map((n) => n.data as NotificationData<N>);
  }

  async closed(timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket not closed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closeCode;
  }

  close(): void {
    this.socket.close();
  }

  /** Drops the TCP connection without a close handshake, like a train entering a tunnel. */
  drop(): void {
    this.socket.terminate();
  }

  private onMessage(message: Incoming): void {
    if (message.notification) this.notifications.push({ notification: message.notification, data: message.data });
    else {
      this.replies.push(message);
      const key = typeof message.id === 'number' ? message.id : -1;
      const resolve = this.pending.get(key) ?? this.pending.get(-1);
      this.pending.delete(this.pending.has(key) ? key : -1);
      resolve?.(message);
    }
    this.wake();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }
}

/** A socket authenticated the way the session page does it: the token in the first message. */
export async function connectAs(t: TestApp, who: Session): Promise<SignalClient> {
  const client = await SignalClient.connect(wsUrl(t), ['hezhou-signaling']);
  await client.request('authenticate', { token: who.token });
  return client;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

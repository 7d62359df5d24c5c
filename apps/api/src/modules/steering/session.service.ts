import { Injectable } from '@nestjs/common';
import { CalendarDate, previousSessionOf, trimText, validateSession } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { ruleViolated } from '../../common/errors/domain-error';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { RecordSessionInput } from './dto/record-session.input';
import { insertAttendees, insertSession, moveAttendees, selectSessionRefs, selectSessions } from './session.queries';
import { sessionNotFound } from './steering.errors';
import { SteeringSessionModel } from './steering.model';

type SessionRow = RowOf<(typeof selectSessions)['row']>;

/** Owns steering_session and steering_session_attendee: the sessions of the CSNCA and its committees. */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisationService: OrganisationService,
    private readonly auditService: AuditService,
  ) {}

  /** The secretariat records a session (body, date, place, agenda, attending organisations). */
  async record(actor: AuthenticatedUser, input: RecordSessionInput, today = todayInCasablanca()): Promise<SteeringSessionModel> {
    assertAdmin(actor, 'record a steering session');
    const draft = { heldOn: input.heldOn, place: trimText(input.place), agenda: input.agenda.map(trimText) };
    const [violation] = validateSession(draft, today);
    if (violation) throw ruleViolated(violation);
    const id = await this.dataSource.transaction(async (manager) => {
      const attendees = await this.organisationService.getByKeys([...new Set(input.attendingOrganisationKeys)], manager);
      const { id } = await insertSession.single(manager, [input.body, draft.heldOn, draft.place, draft.agenda, actor.id]);
      await insertAttendees.run(manager, [id, attendees.map((o) => o.id)]);
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'recordSteeringSession',
          entity: 'steering_session',
          entityKey: String(id),
          after: { ...draft, body: input.body, attending: attendees.map((o) => o.key) },
          affectsPlan: false,
        },
        manager,
      );
      return id;
    });
    return this.get(id);
  }

  async get(id: number, db: SqlExecutor = this.dataSource): Promise<SteeringSessionModel> {
    const [session] = await this.byIds([id], db);
    if (!session) throw sessionNotFound(id);
    return session;
  }

  /** Sessions, latest first (all when no ids are given), each with its "since" date. */
  async byIds(ids: readonly number[] | null, db: SqlExecutor = this.dataSource): Promise<SteeringSessionModel[]> {
    // One after the other: `db` may be a transaction's single connection (pg refuses overlapping queries on one client from pg 9).
    const rows = await selectSessions.all(db, [ids ? [...ids] : null]);
    const refs = await selectSessionRefs.all(db);
    return rows.map((row) => this.toModel(row, refs));
  }

  list(): Promise<SteeringSessionModel[]> {
    return this.byIds(null);
  }

  /** The "since" date a session not yet recorded would have (the previous session of its body before that date). */
  async sinceFor(body: SteeringSessionModel['body'], heldOn: CalendarDate): Promise<CalendarDate | null> {
    return previousSessionOf(await selectSessionRefs.all(this.dataSource), { id: 0, body, heldOn })?.heldOn ?? null;
  }

  /** A merge: the duplicate's attendance moves to the organisation kept. */
  async moveToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<void> {
    await moveAttendees.run(db, [fromOrganisationId, toOrganisationId]);
  }

  private toModel(row: SessionRow, refs: RowOf<(typeof selectSessionRefs)['row']>[]): SteeringSessionModel {
    const previous = previousSessionOf(refs, row);
    return Object.assign(new SteeringSessionModel(), row, { since: previous?.heldOn ?? null, previousSessionId: previous?.id ?? null });
  }
}

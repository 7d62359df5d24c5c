import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { dryRunRequired } from './exchange.errors';
import { consumeDryRuns, deleteExpiredDryRuns, insertDryRun, selectLatestDryRun } from './exchange.queries';

/** How long a dry run allows an apply of the same file: a person checks, reads the rows, then saves. */
export const DRY_RUN_LIFETIME_MINUTES = 60;

/**
 * The server's record of import dry runs (table import_dry_run): an apply must follow a dry run of the same file,
 * by the same person, for the same organisation, less than DRY_RUN_LIFETIME_MINUTES old, and each dry run allows
 * one apply. The file's hash alone proved nothing: a client can compute it without any check.
 */
@Injectable()
export class ImportDryRunService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a dry run just made (and forgets those past their lifetime). */
  async record(actor: AuthenticatedUser, organisationId: number, fileHash: string): Promise<void> {
    await deleteExpiredDryRuns.run(this.dataSource, [DRY_RUN_LIFETIME_MINUTES]);
    await insertDryRun.run(this.dataSource, [actor.id, organisationId, fileHash]);
  }

  /** Refuses at once, before the file is read, an apply with no usable dry run of this file by this person. */
  async assertPending(actor: AuthenticatedUser, fileHash: string): Promise<void> {
    const latest = await selectLatestDryRun.one(this.dataSource, [actor.id, fileHash, DRY_RUN_LIFETIME_MINUTES]);
    if (!latest) throw dryRunRequired('missing', DRY_RUN_LIFETIME_MINUTES);
    if (latest.consumed) throw dryRunRequired('used', DRY_RUN_LIFETIME_MINUTES);
    if (latest.expired) throw dryRunRequired('expired', DRY_RUN_LIFETIME_MINUTES);
  }

  /** Uses the dry run inside the apply's transaction (committed with it, released if it rolls back); none left: DRY_RUN_REQUIRED. */
  async consume(manager: EntityManager, actor: AuthenticatedUser, organisationId: number, fileHash: string): Promise<void> {
    const used = await consumeDryRuns.all(manager, [actor.id, organisationId, fileHash, DRY_RUN_LIFETIME_MINUTES]);
    if (used.length === 0) throw dryRunRequired('used', DRY_RUN_LIFETIME_MINUTES);
  }
}

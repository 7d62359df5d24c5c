import { Injectable } from '@nestjs/common';
import { CalendarDate } from '@pnq/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UserService } from '../user/user.service';
import { RenderedReport } from './report.renderer';
import { countEditionsOfYear, insertEdition, selectEditionFile, selectEditions } from './report.queries';
import { reportEditionExists, reportEditionNotFound, ReportFormat } from './report.errors';
import { ReportEditionModel } from './report-edition.model';

/** Official editions of the yearly report (owns `report_edition`): stored once with their hash, author and date, never changed. */
@Injectable()
export class ReportEditionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auditService: AuditService,
    private readonly userService: UserService,
  ) {}

  async exists(year: number): Promise<boolean> {
    return (await countEditionsOfYear.single(this.dataSource, [year])).editions > 0;
  }

  /** Stores the year's files as its official edition, with an audit event, in one transaction (REPORT_EDITION_EXISTS if already final). */
  async store(year: number, asOf: CalendarDate, files: RenderedReport[], authorId: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if ((await countEditionsOfYear.single(manager, [year])).editions > 0) throw reportEditionExists(year);
      const stored = [];
      for (const file of files) {
        const sha256 = createHash('sha256').update(file.content).digest('hex');
        const format = file.filename.endsWith('.pdf') ? 'pdf' : 'docx';
        await insertEdition.run(manager, [year, format, asOf, file.filename, file.content, sha256, authorId]);
        stored.push({ format, fileName: file.filename, sha256, size: file.content.length });
      }
      await this.auditService.record(
        { actorId: authorId, operation: 'finaliseAnnualReport', entity: 'report_edition', entityKey: String(year), after: { asOf, files: stored } },
        manager,
      );
    });
  }

  async list(): Promise<ReportEditionModel[]> {
    const rows = await selectEditions.all(this.dataSource);
    const authors = new Map((await this.userService.byIds([...new Set(rows.map((r) => r.finalisedBy))])).map((user) => [user?.id, user?.name]));
    const byYear = new Map<number, ReportEditionModel>();
    for (const row of rows) {
      const edition =
        byYear.get(row.year) ??
        Object.assign(new ReportEditionModel(), {
          year: row.year,
          asOf: row.asOf,
          finalisedAt: row.finalisedAt,
          finalisedBy: authors.get(row.finalisedBy) ?? '?',
          files: [],
        });
      edition.files.push({
        format: row.format,
        fileName: row.fileName,
        size: row.size,
        sha256: row.sha256,
        downloadUrl: `/reports/editions/${row.year}/${row.format}`,
      });
      byYear.set(row.year, edition);
    }
    return [...byYear.values()];
  }

  async file(year: number, format: ReportFormat): Promise<{ fileName: string; content: Buffer; sha256: string }> {
    const row = await selectEditionFile.one(this.dataSource, [year, format]);
    if (!row) throw reportEditionNotFound(year);
    return row;
  }
}

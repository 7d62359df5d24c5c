/// <reference types="multer" />
import { Body, Controller, Get, HttpCode, Post, Query, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { unstorableTextProblem } from '@pnq/domain';
import type { Response } from 'express';
import { todayInCasablanca } from '../../common/clock';
import { HttpErrorFilter } from '../../common/errors/http-error.filter';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ExportActionsQuery, ExportTemplateQuery, ImportTemplateBody } from './dto/export-actions.query';
import { fileRequired, unstorableFileName } from './exchange.errors';
import { ExchangeService } from './exchange.service';
import { ImportService } from './import.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

function sendWorkbook(response: Response, content: Buffer, filename: string): void {
  response
    .status(200)
    .set({
      'Content-Type': XLSX,
      'Content-Length': String(content.length),
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    })
    .end(content);
}

/** The date asked (validated by the query: a date of the plan), else today in Casablanca. */
const dateOr = (asOf: string | undefined) => asOf ?? todayInCasablanca();

/** The Excel round-trip with ministries: exports (any signed-in user), the update template and its import (editors, admins). */
@Controller()
@UseFilters(HttpErrorFilter)
export class ExchangeController {
  constructor(
    private readonly exchangeService: ExchangeService,
    private readonly importService: ImportService,
  ) {}

  /** The plan or a filtered view (the explorer's filters), one row per action. */
  @Get('exports/actions.xlsx')
  async actions(@Query() query: ExportActionsQuery, @Res() response: Response): Promise<void> {
    const asOf = dateOr(query.asOf);
    sendWorkbook(response, await this.exchangeService.actionsWorkbook(query.toFilter(), asOf), `actions-pnq-${asOf}.xlsx`);
  }

  /** The update template of an organisation (default: the signed-in editor's). */
  @Get('exports/template.xlsx')
  async template(@Query() query: ExportTemplateQuery, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    const asOf = dateOr(query.asOf);
    const { organisation, content } = await this.exchangeService.template(user, query.organisation, asOf);
    sendWorkbook(response, content, `mise-a-jour-pnq-${organisation.key}-${asOf}.xlsx`);
  }

  /**
   * A filled template: mode=dry-run reports row by row (and is recorded); mode=apply with the dry run's fileHash saves
   * all or nothing, once per recorded dry run. Cross-site requests are refused first (CrossSiteRequestGuard).
   */
  @Post('imports/template')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5 } }))
  async import(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: ImportTemplateBody,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    if (!file) throw fileRequired();
    const nameProblem = unstorableTextProblem(file.originalname);
    if (nameProblem) throw unstorableFileName(nameProblem);
    const result = await this.importService.run(user, file.buffer, { mode: body.mode, expectedHash: body.fileHash, fileName: file.originalname });
    response.status(body.mode === 'apply' && !result.applied ? 422 : 200).json(result);
  }
}

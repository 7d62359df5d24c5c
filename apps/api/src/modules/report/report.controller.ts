import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { HttpErrorFilter } from '../../common/errors/http-error.filter';
import { AnnualReportQuery } from './dto/annual-report.query';
import { reportDate, ReportRenderer } from './report.renderer';

/** Downloads of the yearly progress report; any signed-in user (the global AuthGuard) may read it. */
@Controller('reports')
@UseFilters(HttpErrorFilter)
export class ReportController {
  constructor(private readonly reportRenderer: ReportRenderer) {}

  /** GET /reports/annual?year=2025&format=pdf (or asOf=YYYY-MM-DD): the whole plan's report as of that date. */
  @Get('annual')
  async annual(@Query() query: AnnualReportQuery, @Res() response: Response): Promise<void> {
    const report = await this.reportRenderer.render(reportDate(query), query.format);
    response
      .status(200)
      .set({
        'Content-Type': report.contentType,
        'Content-Length': String(report.content.length),
        'Content-Disposition': `attachment; filename="${report.filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Report-As-Of': report.asOf,
        'Server-Timing': `model;dur=${report.timings.model}, render;dur=${report.timings.render}`,
      })
      .end(report.content);
  }
}

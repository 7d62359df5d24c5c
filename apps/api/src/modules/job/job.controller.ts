import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { HttpErrorFilter } from '../../common/errors/http-error.filter';
import { JobFile, JobService } from './job.service';

/** Sends a stored file as a download, with its SHA-256 (also used for official editions). */
export function sendFile(response: Response, file: JobFile): void {
  response
    .status(200)
    .set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.length),
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-SHA256': file.sha256,
    })
    .end(file.content);
}

/** Downloads of finished jobs' files: the person who asked, or an admin. */
@Controller('jobs')
@UseFilters(HttpErrorFilter)
export class JobController {
  constructor(private readonly jobService: JobService) {}

  /** GET /jobs/:id/file: the file of a finished job (JOB_NOT_FINISHED while it runs; a failed job gives its error). */
  @Get(':id/file')
  async file(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    sendFile(response, await this.jobService.file(user, id));
  }
}

import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { HttpErrorFilter } from '../../common/errors/http-error.filter';
import { DomainError } from '../../common/errors/domain-error';
import { EvidenceUploadQuery } from './dto/evidence-upload.query';
import { receiveOneFile } from './evidence-upload-receiver';
import { EvidenceFileModel } from './evidence.model';
import { EvidenceService } from './evidence.service';

/** The older binary Office files are detected as one container type: their name tells Word from Excel. */
const CONTAINER_TYPES: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

/** What the page previews in place: images and PDFs (detected from their content). */
const PREVIEWED = new Set(['application/pdf', 'image/png', 'image/jpeg']);

function contentTypeOf(file: EvidenceFileModel): string {
  if (file.mime !== 'application/x-cfb') return file.mime;
  return CONTAINER_TYPES[file.name.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';
}

/** Content-Disposition with the name as ASCII (others replaced) and exactly (RFC 5987 filename*). */
function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Evidence files over HTTP: the upload (multipart, one file, streamed; cross-site requests refused first by
 * CrossSiteRequestGuard) and the download (signed in; always an attachment, never sniffed, sandboxed).
 */
@Controller('evidence')
@UseFilters(HttpErrorFilter)
export class EvidenceController {
  constructor(private readonly evidenceService: EvidenceService) {}

  @Post('actions/:ref')
  @HttpCode(201)
  async upload(
    @Param('ref') ref: string,
    @Query() query: EvidenceUploadQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const entries = query.entries();
    if (entries.length > 1) throw new DomainError('BAD_USER_INPUT', 'A file goes with one entry at most: a status update, a comment or an indicator value.');
    const target = await this.evidenceService.uploadTarget(user, ref, entries[0] ?? null);
    const file = await receiveOneFile(request, (name, contents) => this.evidenceService.store(user, target, name, contents));
    response.status(201).json({ id: file.id, name: file.name, mime: file.mime, sizeBytes: file.sizeBytes, sha256: file.sha256, downloadUrl: file.downloadUrl });
  }

  /**
   * The file, as an attachment. `?inline=1` (the page's preview) shows a PDF or an image in place — other types stay
   * attachments — under a CSP that allows no script, no request and no plugin other than the browser's PDF viewer.
   */
  @Get('files/:id')
  async download(@Param('id', ParseIntPipe) id: number, @Query('inline') inline: string | undefined, @Res() response: Response): Promise<void> {
    const { file, contents } = await this.evidenceService.download(id);
    const preview = inline === '1' && PREVIEWED.has(file.mime);
    response.status(200).set({
      'Content-Type': contentTypeOf(file),
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': preview ? 'inline' : attachment(file.name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': preview ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" : "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    try {
      for await (const piece of contents) if (!response.write(piece)) await once(response, 'drain');
      response.end();
    } catch {
      response.destroy(); // headers are sent: a cut connection, never a truncated file taken for whole
    }
  }
}

import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-error';
import { codeOfHttpStatus, HTTP_STATUS_OF } from './error-status';
import { isDatabaseUnavailable } from './graphql-error.filter';

/**
 * The file routes' counterpart of GraphqlErrorFilter: a failure becomes JSON `{ code, message, ...details }`
 * with the HTTP status of its code (error-status.ts), never a stack trace or a half-written download.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const send = (status: number, body: Record<string, unknown>) => response.status(status).json(body);
    if (exception instanceof DomainError) {
      send(HTTP_STATUS_OF[exception.code], { code: exception.code, message: exception.message, ...exception.details });
    } else if (exception instanceof BadRequestException) {
      const body = exception.getResponse() as { message?: string | string[] };
      const problems = Array.isArray(body.message) ? body.message : [body.message ?? exception.message];
      send(HttpStatus.BAD_REQUEST, { code: 'BAD_USER_INPUT', message: `Invalid input: ${problems.join('; ')}`, problems });
    } else if (exception instanceof HttpException && exception.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
      send(HttpStatus.PAYLOAD_TOO_LARGE, { code: 'FILE_TOO_LARGE', message: 'The file is larger than the 5 MB an import accepts.' });
    } else if (exception instanceof HttpException) {
      send(exception.getStatus(), { code: codeOfHttpStatus(exception.getStatus()), message: exception.message });
    } else if (isDatabaseUnavailable(exception)) {
      send(HTTP_STATUS_OF.DATABASE_UNAVAILABLE, {
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database cannot be reached right now; nothing was changed. Try again in a moment.',
      });
    } else {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      send(HttpStatus.INTERNAL_SERVER_ERROR, { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on the server; the error was logged.' });
    }
  }
}

import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode } from '@pnq/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { codeOfHttpStatus } from './error-status';

const DATABASE_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
const DATABASE_UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection error/i,
  /Connection is not established/i,
];

/** Whether a failure means the database cannot be reached (down, restarting, network), not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, hops = 0;
    current && hops < 4;
    hops++
  ) {
    if (typeof current.code === 'string' && DATABASE_UNAVAILABLE_CODES.has(current.code)) return true;
    if (typeof current.message === 'string' && DATABASE_UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(current!.message as string))) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}

/**
 * Last touch on every error sent. Apollo gives every error of the validation phase the code
 * GRAPHQL_VALIDATION_FAILED; a rule of ours that refuses there carries its own code in `extensions.errorCode` —
 * the query limits (QUERY_TOO_DEEP, TOO_MANY_ALIASES, QUERY_TOO_LARGE, QUERY_TOO_COSTLY), a scalar refusing an
 * inline literal (BAD_USER_INPUT) — and that code is what the client gets. An exception thrown by a resolve-field
 * (fast field resolvers run without Nest's exception filters) gets the code the filter would have given it.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const original = error === undefined ? undefined : unwrapResolverError(error);
  if (original !== undefined && original !== error && !(original instanceof GraphQLError)) {
    const coded = graphqlErrorOf(original);
    return { ...formatted, message: coded.message, extensions: { ...coded.extensions } };
  }
  const { errorCode, ...extensions } = formatted.extensions ?? {};
  if (!isErrorCode(errorCode)) return formatted;
  return { ...formatted, extensions: { ...extensions, code: errorCode } };
}

/** The one place where failures become GraphQL errors with `extensions.code`. */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      throw exception;
    }
    GqlArgumentsHost.create(host);
    return graphqlErrorOf(exception);
  }
}

const logger = new Logger('GraphqlErrorFilter');

/** A failure as the GraphQL error sent: its code in `extensions.code`, and a message a person can act on. */
function graphqlErrorOf(exception: unknown): GraphQLError {
  if (exception instanceof DomainError) {
    return new GraphQLError(exception.message, { extensions: { code: exception.code, ...exception.details } });
  }
  if (exception instanceof BadRequestException) {
    const response = exception.getResponse() as { message?: string | string[] };
    const problems = Array.isArray(response.message) ? response.message : [response.message ?? exception.message];
    return new GraphQLError(`Invalid input: ${problems.join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', problems },
    });
  }
  if (exception instanceof HttpException) {
    return new GraphQLError(exception.message, { extensions: { code: codeOfHttpStatus(exception.getStatus()) } });
  }
  if (exception instanceof GraphQLError) {
    return exception;
  }
  if (isDatabaseUnavailable(exception)) {
    logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    return new GraphQLError('The database cannot be reached right now; nothing was changed. Try again in a moment.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  }
  logger.error(exception instanceof Error ? exception.stack : String(exception));
  return new GraphQLError('Something went wrong on the server; the error was logged.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

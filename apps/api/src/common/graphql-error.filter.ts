import { ArgumentsHost, BadRequestException, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';

/** The one place where failures become GraphQL errors with `extensions.code`. */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphqlErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') {
      throw exception;
    }
    GqlArgumentsHost.create(host);
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
      return new GraphQLError(exception.message, { extensions: { code: `HTTP_${exception.getStatus()}` } });
    }
    if (exception instanceof GraphQLError) {
      return exception;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError('Something went wrong on the server; the error was logged.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}

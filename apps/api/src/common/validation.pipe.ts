import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { findUnstorableText } from '@pnq/domain';

/** GraphQL resolver parameters that are not inputs (Nest's GqlParamtype ROOT, CONTEXT, INFO): the parent object, the context, the info. */
const NOT_INPUT = new Set<ArgumentMetadata['type'] | number>([0, 1, 2]);

/**
 * The input rule for text (libs/domain `unstorableTextProblem`) on every parameter a route or resolver receives —
 * the file routes' query strings and bodies, GraphQL arguments — before the class-validator rules: a NUL, a
 * control character or a lone surrogate is BAD_USER_INPUT naming the parameter, never a database error.
 * (GraphQL requests are also checked whole, before anything runs, by storable-text.plugin.ts.)
 * Inputs only: a resolve-field's parent is the API's own output; validating (and, with `transform`, copying) it on
 * every field of every row was a tenth of a list's CPU.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (NOT_INPUT.has(metadata.type)) return value;
    if (metadata.type !== 'custom') {
      const found = findUnstorableText(value, metadata.type === 'body' || metadata.type === 'query' ? '' : (metadata.data ?? ''));
      if (found) throw new BadRequestException([`${found.path} ${found.problem}`]);
    }
    return super.transform(value, metadata);
  }
}

/** Rejects unknown input fields and text that cannot be stored, and coerces nothing silently. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
  });
}

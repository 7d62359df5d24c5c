import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { findUnstorableText } from '@pnq/domain';

/**
 * The input rule for text (libs/domain `unstorableTextProblem`) on every parameter a route or resolver receives —
 * the file routes' query strings and bodies, GraphQL arguments — before the class-validator rules: a NUL, a
 * control character or a lone surrogate is BAD_USER_INPUT naming the parameter, never a database error.
 * (GraphQL requests are also checked whole, before anything runs, by storable-text.plugin.ts.)
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
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

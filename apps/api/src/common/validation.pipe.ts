import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';

/** GraphQL resolver parameters that are not inputs (Nest's GqlParamtype ROOT, CONTEXT, INFO): the parent object, the context, the info. */
const NOT_INPUT = new Set<ArgumentMetadata['type'] | number>([0, 1, 2]);

/**
 * Validates inputs only: arguments, bodies, queries, route parameters. A resolve-field's parent is the API's own
 * output; validating (and, with `transform`, copying) it on every field of every row was a tenth of a list's CPU.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return !NOT_INPUT.has(metadata.type) && super.toValidate(metadata);
  }
}

/** Rejects unknown input fields and coerces nothing silently. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
  });
}

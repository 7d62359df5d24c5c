import { ValidationPipe } from '@nestjs/common';

/** Rejects unknown input fields and coerces nothing silently. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
  });
}

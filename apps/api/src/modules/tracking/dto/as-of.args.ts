import { Type } from '@nestjs/common';
import { Args, ArgsType, Field, TypeMetadataStorage } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

const AS_OF_DESCRIPTION = 'The date to compute for; default today in Africa/Casablanca.';

@ArgsType()
export class AsOfArgs {
  @Field(() => CalendarDateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
  @IsOptional()
  asOf?: string;
}

/** What a resolve-field with the optional `asOf` argument receives as its arguments (validated by the CalendarDate scalar). */
export interface AsOfFieldArgs {
  asOf?: string | null;
}

/** The same optional `asOf` argument on a resolve-field with parameter decorators, as a plain scalar parameter. */
export const AsOfArg = () => Args('asOf', { type: () => CalendarDateScalar, nullable: true, description: AS_OF_DESCRIPTION });

/**
 * Declares the optional `asOf: CalendarDate` argument of a fast resolve-field (written without parameter
 * decorators, see FieldResolverArgs): the schema gets the argument exactly as `@Args('asOf', …)` declares it,
 * and the method still receives GraphQL's (parent, args, context) untouched. For the per-row fields of long
 * lists (status, progress, health on a date); `schema-contract` checks the schema is unchanged.
 */
export function WithAsOfArgument(): MethodDecorator {
  return (prototype, methodName) => {
    const target = prototype.constructor as Type<unknown>;
    TypeMetadataStorage.addMethodParamMetadata({
      kind: 'arg',
      name: 'asOf',
      description: AS_OF_DESCRIPTION,
      target,
      methodName: String(methodName),
      typeFn: () => CalendarDateScalar,
      options: { nullable: true },
      index: 1,
    });
  };
}

import { planDateProblem } from '@pnq/domain';
import { ValidateBy } from 'class-validator';

/** A date of the plan, by the rule of libs/domain (planDateProblem): a real calendar date from 2023-01-01 to 2035-12-31. */
export function IsPlanDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isPlanDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && planDateProblem(value) === null,
      defaultMessage: (args) => `${args?.property ?? 'the date'}: ${typeof args?.value === 'string' ? planDateProblem(args.value) : 'is not a date'}`,
    },
  });
}

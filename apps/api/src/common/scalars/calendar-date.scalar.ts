import { isCalendarDate, unstorableTextProblem } from '@pnq/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** BAD_USER_INPUT, also for an inline literal (refused while validating: see formatGraphqlError). */
const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', errorCode: 'BAD_USER_INPUT' } });

function parse(value: unknown): string {
  const unstorable = typeof value === 'string' ? unstorableTextProblem(value) : null;
  if (unstorable) throw badInput(`The calendar date ${unstorable}.`);
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badInput(`"${String(value)}" is not a calendar date: write it YYYY-MM-DD (e.g. 2025-12-31).`);
  }
  return value;
}

/** A calendar date, YYYY-MM-DD, with no time and no time zone. */
export const CalendarDateScalar = new GraphQLScalarType({
  name: 'CalendarDate',
  description: 'A calendar date, YYYY-MM-DD (no time, no time zone). "Today" is the date in Africa/Casablanca.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('A calendar date is written as a string, YYYY-MM-DD.');
    return parse(ast.value);
  },
});

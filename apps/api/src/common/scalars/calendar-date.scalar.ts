import { isCalendarDate } from '@pnq/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError(`"${String(value)}" is not a calendar date: write it YYYY-MM-DD (e.g. 2025-12-31).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
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
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A calendar date is written as a string, YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});

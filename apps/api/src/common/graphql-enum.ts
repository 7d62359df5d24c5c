import { registerEnumType } from '@nestjs/graphql';

/** Registers a GraphQL enum from a list of string values (the domain's `as const` arrays). */
export function graphqlEnum<V extends string>(values: readonly V[], name: string, description?: string): Record<V, V> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<V, V>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

import { registerEnumType } from 'type-graphql';

/** Every enum value documented: `{ VALUE: { description } }` for each value of the port's union. */
export type DescribedValues<T extends string> = Record<T, { description: string }>;

/**
 * Registers a GraphQL enum whose values are exactly the port's string union, each with a
 * description for the explorer. Returns the enum object type-graphql needs in `@Field(() => E)`.
 */
export function describedEnum<T extends string>(name: string, description: string, values: DescribedValues<T>) {
  const enumObject = Object.fromEntries(Object.keys(values).map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description, valuesConfig: values });
  return enumObject;
}

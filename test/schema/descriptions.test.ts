/**
 * Dashboard developers learn the schema in the explorer: every type, field, argument and enum
 * value they can see must say what it is.
 */
import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';

async function apiSchema(): Promise<GraphQLSchema> {
  const sdl = await readFile(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
  return Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
}

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    // Root operation types are entry lists, not things; their fields carry the descriptions.
    if (type !== schema.getQueryType() && type !== schema.getMutationType()) need(`type ${type.name}`, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('the public schema', () => {
  it('describes every type, field, argument and enum value', async () => {
    expect(undocumented(await apiSchema())).toEqual([]);
  });
});

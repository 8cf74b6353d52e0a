/**
 * type-graphql classes -> an Apollo Federation 2 subgraph schema.
 *
 * type-graphql builds a plain schema whose SDL keeps the federation directives written with
 * `@Directive(...)`; we print it with those directives, add the Federation 2 `@link`, and hand
 * it to `buildSubgraphSchema`, which adds `_entities`/`_service` and wires `__resolveReference`.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7",
  import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver that must still be in the schema. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `{ TypeName: { __resolveReference } }` for each entity this subgraph resolves. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // A subgraph may have no Query of its own; federation validates the result instead.
    skipCheck: true,
    validate: false,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = mergeResolverMaps(
    createResolversMap(schema) as GraphQLResolverMap<unknown>,
    options.referenceResolvers ?? {},
  );
  return buildSubgraphSchema({ typeDefs, resolvers });
}

/** Two-level merge: type name -> field name -> resolver. */
function mergeResolverMaps(
  base: GraphQLResolverMap<unknown>,
  extra: GraphQLResolverMap<unknown>,
): GraphQLResolverMap<unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(base[typeName] as object | undefined), ...(fields as object) };
  }
  return merged as GraphQLResolverMap<unknown>;
}

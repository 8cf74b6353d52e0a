/**
 * The gateway's connection to one subgraph. When the subgraph (or the agency system behind it)
 * cannot be reached, its part of the answer is null and the error names the agency with a
 * documented code, while every other agency's data still arrives.
 */
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

/** A subgraph did not answer (connection refused, reset, timed out, not JSON). */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export class AgencyDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly subgraphName: string,
    url: string,
  ) {
    super({ url });
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    throw new GraphQLError(`The ${this.subgraphName} subgraph is unavailable; its part of this answer is missing.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph: this.subgraphName },
      originalError: error,
    });
  }
}

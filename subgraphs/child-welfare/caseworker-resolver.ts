import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { CaseRecord, Caseworker } from '../../adapters/child-welfare/port.js';
import { loadRecord } from '../shared/load-record.js';
import type { ChildWelfareContext, ChildWelfareRequestContext } from './context.js';
import { authorizedCaseload } from './authorized-caseload.js';
import { CaseType, CaseworkerType } from './types.js';

export const MAX_CASEWORKER_PAGE = 100;

@Resolver(() => CaseworkerType)
export class CaseworkerResolver {
  @Query(() => CaseworkerType, {
    nullable: true,
    description: "A caseworker by id: the entry point for a caseworker's caseload dashboard.",
  })
  async caseworker(
    @Arg('id', () => ID, { description: "The caseworker's id in the child welfare system." }) id: string,
    @Ctx() ctx: ChildWelfareContext,
  ): Promise<Caseworker | null> {
    return loadRecord(ctx.system, ctx.loaders.caseworker.load(id));
  }

  @Query(() => [CaseworkerType], { description: 'Caseworkers ordered by id, a page at a time.' })
  async caseworkers(
    @Ctx() ctx: ChildWelfareContext,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, at most ${MAX_CASEWORKER_PAGE}.` })
    first: number,
    @Arg('after', () => ID, { nullable: true, description: 'Return caseworkers after this id.' })
    after?: string | null,
  ): Promise<Caseworker[]> {
    return ctx.adapter.listCaseworkers({ first: Math.min(Math.max(first, 0), MAX_CASEWORKER_PAGE), after });
  }

  @FieldResolver(() => [CaseType], { description: "The caseworker's open cases, one per child." })
  async caseload(@Root() worker: Caseworker, @Ctx() ctx: ChildWelfareRequestContext): Promise<CaseRecord[]> {
    return authorizedCaseload(ctx, worker, (await loadRecord(ctx.system, ctx.loaders.caseload.load(worker.caseworkerId))) ?? []);
  }

  @FieldResolver(() => Int, { description: 'How many open cases the caseworker carries.' })
  async caseloadSize(@Root() worker: Caseworker, @Ctx() ctx: ChildWelfareRequestContext): Promise<number> {
    return (await this.caseload(worker, ctx)).length;
  }
}

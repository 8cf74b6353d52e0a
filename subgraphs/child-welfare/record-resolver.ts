import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CaseRecord } from '../../adapters/child-welfare/port.js';
import { loadRecord } from '../shared/load-record.js';
import type { ChildWelfareContext } from './context.js';
import { currentPlacementOf } from './placements.js';
import { CaseType, ChildWelfareRecordType, PlacementType } from './types.js';

@Resolver(() => ChildWelfareRecordType)
export class ChildWelfareRecordResolver {
  @FieldResolver(() => [CaseType], { description: "All of the child's cases, newest first." })
  async cases(@Root() record: ChildWelfareRecordType, @Ctx() ctx: ChildWelfareContext): Promise<CaseRecord[]> {
    return (await loadRecord(ctx.system, ctx.loaders.casesByChild.load(record.localId))) ?? [];
  }

  @FieldResolver(() => CaseType, { nullable: true, description: "The child's open case, if any." })
  async openCase(@Root() record: ChildWelfareRecordType, @Ctx() ctx: ChildWelfareContext): Promise<CaseRecord | null> {
    const cases = await this.cases(record, ctx);
    return cases.find((c) => c.status === 'OPEN') ?? null;
  }

  @FieldResolver(() => PlacementType, {
    nullable: true,
    description: "Where the child lives now: the open case's current placement, or null when not in care.",
  })
  async currentPlacement(@Root() record: ChildWelfareRecordType, @Ctx() ctx: ChildWelfareContext) {
    const open = await this.openCase(record, ctx);
    return open ? currentPlacementOf(open) : null;
  }
}

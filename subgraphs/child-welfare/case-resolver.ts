import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CaseRecord, Caseworker, Placement } from '../../adapters/child-welfare/port.js';
import { LocalRecordRef } from '../shared/federation-refs.js';
import { loadRecord } from '../shared/load-record.js';
import type { ChildWelfareContext } from './context.js';
import { currentPlacementOf } from './placements.js';
import { CaseType, CaseworkerType, PlacementType } from './types.js';

@Resolver(() => CaseType)
export class CaseResolver {
  @FieldResolver(() => LocalRecordRef, {
    description:
      "The child on this case, as child welfare's local record; follow `person` to the hub person and every other agency's view.",
  })
  child(@Root() record: CaseRecord, @Ctx() ctx: ChildWelfareContext): LocalRecordRef {
    return { system: ctx.system, localId: record.childLocalId };
  }

  @FieldResolver(() => CaseworkerType, { nullable: true, description: 'The caseworker assigned to the case.' })
  async caseworker(@Root() record: CaseRecord, @Ctx() ctx: ChildWelfareContext): Promise<Caseworker | null> {
    return loadRecord(ctx.system, ctx.loaders.caseworker.load(record.caseworkerId));
  }

  @FieldResolver(() => PlacementType, {
    nullable: true,
    description: 'The placement the child is in now on this case; null when not in placement.',
  })
  currentPlacement(@Root() record: CaseRecord): Placement | null {
    return currentPlacementOf(record);
  }
}

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { loadRecord } from '../shared/load-record.js';
import type { IdentityContext } from './context.js';
import { mayShowLink } from './protected-links.js';
import { LocalRecordType, PersonType } from './types.js';

@Resolver(() => LocalRecordType)
export class LocalRecordResolver {
  @Query(() => LocalRecordType, {
    description: 'Look up an agency record by its system and local id, then follow `person` to the hub person.',
  })
  localRecord(
    @Arg('system', () => String, { description: 'The agency system, e.g. `schools`.' }) system: string,
    @Arg('localId', () => ID, { description: 'The id in that agency system.' }) localId: string,
  ): LocalRecordType {
    return { system, localId };
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'The hub person this agency record is linked to, or null when it is linked to none.',
  })
  async person(@Root() record: LocalRecordType, @Ctx() ctx: IdentityContext): Promise<PersonType | null> {
    // A protected system's record is not looked up for outsiders: "no such link" and "a DV
    // client" must read the same.
    if (!mayShowLink(record.system, ctx.request?.caller)) return null;
    const key = { system: record.system, localId: record.localId };
    const personId = await loadRecord('identity', ctx.loaders.personIdByLocalRecord.load(key));
    return personId ? { id: personId } : null;
  }
}

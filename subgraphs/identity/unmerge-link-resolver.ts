/** Unmerge: undo a wrong link, keeping it in the history (link-store/sql-link-store.ts). */
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from './context.js';
import { isProtectedSystem } from './link-store/review-field-policy.js';
import { actorOf, checkedNote, reviewerStore } from './reviewer-access.js';
import { LocalRecordType } from './types.js';

@Resolver()
export class UnmergeLinkResolver {
  @Mutation(() => LocalRecordType, {
    description:
      "Integration specialists only: undo an agency record's current link. The record goes back to the person its previous link named, or to a new person of its own; the undone link stays in the history, and the change is audited. Follow `person` for where it is now.",
  })
  async unmergeLink(
    @Ctx() ctx: IdentityContext,
    @Arg('system', () => String, { description: 'The agency system holding the record.' }) system: string,
    @Arg('localId', () => ID, { description: "The record's id in that system." }) localId: string,
    @Arg('note', () => String, { description: 'Why the link was wrong (kept with the change and in the audit trail).' }) note: string,
  ): Promise<LocalRecordType> {
    const store = reviewerStore(ctx, 'unmergeLink');
    const reason = checkedNote(note);
    // A DV record's link is not the reviewers' to see (protected-links.ts): it reads as no link at all.
    const current = isProtectedSystem(system) ? null : (await store.activeLinksOf([{ system, localId }]))[0];
    if (!current) throw new GraphQLError(`${system} ${localId} has no active link to unmerge`, { extensions: { code: 'NOT_FOUND' } });
    await store.unmerge({ system, localId }, actorOf(ctx), reason);
    return { system, localId };
  }
}

/**
 * The linkage review queue: a query for the pending pairs and two mutations for the decision.
 * Every shown record is audited as a disclosure; every decision is written to the identity audit
 * chain by the link store in the same transaction as the change.
 */
import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from './context.js';
import { ReviewCandidateError } from './link-store/link-store.js';
import { reviewFieldsOf } from './link-store/review-field-policy.js';
import type { ReviewCandidate } from './link-store/types.js';
import { actorOf, badInput, checkedNote, reviewerStore } from './reviewer-access.js';
import { LinkReviewCandidateType, LinkReviewQueueType } from './review-types.js';

const MAX_PAGE = 100;
const REVIEW_FIELDS = ['firstName', 'middleName', 'lastName', 'suffix', 'birthYear', 'sex', 'zip', 'ssnLast4'].map((f) => `LinkReviewRecord.${f}`);
const REVIEW_BASIS = 'Linkage review (HOPERAT, 45 CFR 164.501), fields masked per review-field-policy';

@Resolver()
export class ReviewQueueResolver {
  @Query(() => LinkReviewQueueType, {
    description:
      'Integration specialists only: pairs of agency records the linker could not decide, side by side with masked fields (names, birth year, sex, ZIP3, SSN last 4), oldest first. Others get ACCESS_DENIED.',
  })
  async linkageReviewQueue(
    @Ctx() ctx: IdentityContext,
    @Arg('first', () => Int, { defaultValue: 20, description: `Candidates per page (1 to ${MAX_PAGE}).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after?: string | null,
  ): Promise<LinkReviewQueueType> {
    const store = reviewerStore(ctx, 'linkageReviewQueue');
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first must be an integer from 1 to ${MAX_PAGE}, got ${first}`);
    const cursor = after == null ? null : parseId(after, 'after');
    const { candidates, total } = await store.pendingCandidates(first + 1, cursor);
    const page = candidates.slice(0, first);
    for (const c of page) {
      for (const side of [c.a, c.b]) {
        ctx.audit?.recordPermit({ personId: null, system: side.system, localId: side.localId, labels: [], fields: REVIEW_FIELDS, legalBasis: REVIEW_BASIS });
      }
    }
    return {
      candidates: page.map(toGraphQL),
      totalCount: total,
      endCursor: page.length ? String(page[page.length - 1].candidateId) : null,
      hasNextPage: candidates.length > first,
    };
  }

  @Mutation(() => LinkReviewCandidateType, {
    description:
      'Integration specialists only: the two records are one person. Links them under one hub person with a CLERICAL_REVIEW link confirmed by you; recorded with your note and audited.',
  })
  acceptLinkCandidate(
    @Ctx() ctx: IdentityContext,
    @Arg('id', () => ID, { description: 'The candidate id.' }) id: string,
    @Arg('note', () => String, { description: 'Why: what convinced you (kept with the decision and in the audit trail).' }) note: string,
  ): Promise<LinkReviewCandidateType> {
    return decide(ctx, id, note, 'accepted', 'acceptLinkCandidate');
  }

  @Mutation(() => LinkReviewCandidateType, {
    description:
      'Integration specialists only: the two records are different people. Recorded with your note and audited; later linkage runs keep them apart.',
  })
  rejectLinkCandidate(
    @Ctx() ctx: IdentityContext,
    @Arg('id', () => ID, { description: 'The candidate id.' }) id: string,
    @Arg('note', () => String, { description: 'Why: what tells the two apart (kept with the decision and in the audit trail).' }) note: string,
  ): Promise<LinkReviewCandidateType> {
    return decide(ctx, id, note, 'rejected', 'rejectLinkCandidate');
  }
}

async function decide(ctx: IdentityContext, id: string, note: string, decision: 'accepted' | 'rejected', operation: string) {
  const store = reviewerStore(ctx, operation);
  const candidateId = parseId(id, 'id');
  const reason = checkedNote(note);
  try {
    return toGraphQL(await store.decide(candidateId, decision, actorOf(ctx), reason));
  } catch (error) {
    if (error instanceof ReviewCandidateError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
    throw error;
  }
}

function parseId(value: string, name: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw badInput(`${name} must be a candidate id (a positive integer), got ${JSON.stringify(value).slice(0, 40)}`);
  return Number(value);
}

function toGraphQL(c: ReviewCandidate): LinkReviewCandidateType {
  return {
    id: String(c.candidateId),
    a: { system: c.a.system, localId: c.a.localId, ...reviewFieldsOf(c.a.system, c.a.fields) },
    b: { system: c.b.system, localId: c.b.localId, ...reviewFieldsOf(c.b.system, c.b.fields) },
    probability: c.probability,
    weight: c.weight,
    comparisons: Object.entries(c.levels).map(([field, level]) => ({ field, level })),
    status: c.status.toUpperCase(),
    queuedAt: c.queuedAt,
    decidedBy: c.decidedBy,
    decidedAt: c.decidedAt,
    note: c.note,
  };
}

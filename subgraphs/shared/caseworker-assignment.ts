/**
 * The child welfare facts another owner's rule may need about a child: which caseworker is
 * assigned to an open case, and whether the agency has placement and care responsibility. The
 * schools subgraph needs exactly these for FERPA 34 CFR 99.31(a)(1)(i)(L) (the Uninterrupted
 * Scholars Act): a school may disclose education records to the caseworker of the agency legally
 * responsible for the child. Child welfare computes them from its own cases; the field is
 * `@inaccessible`, for the query planner only, never shown to a caller.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('CaseworkerAssignment', {
  description: 'Child welfare facts for other owners\' rules (FERPA (b)(1)(L)); not part of the public schema.',
})
@Directive('@shareable')
@Directive('@inaccessible')
export class CaseworkerAssignmentType {
  @Field(() => ID, { description: "The assigned caseworker's id (their sign-in subject)." })
  caseworkerId!: string;

  @Field(() => String, {
    description: "The child welfare agency's organization id: a subject id alone is only unique within one identity provider.",
  })
  agencyOrganization!: string;

  @Field(() => Boolean, { description: 'Whether the agency has placement and care responsibility for the child.' })
  agencyHasPlacementResponsibility!: boolean;
}

export const CASEWORKER_ASSIGNMENTS_FIELD = 'caseworkerAssignments';
export const ASSIGNMENT_SELECTION = `${CASEWORKER_ASSIGNMENTS_FIELD} { caseworkerId agencyOrganization agencyHasPlacementResponsibility }`;

export interface CaseworkerAssignment {
  caseworkerId: string;
  agencyOrganization: string;
  agencyHasPlacementResponsibility: boolean;
}

/**
 * Saved examples of the consent operations, for a DV program's staff: list a client's releases,
 * and record a new one naming the school counselor (example-operations.ts passes the showcase child). Pick "DV advocate" in the explorer's
 * identity picker first: nobody outside the DV program may run them (VAWA, 34 U.S.C. 12291(b)(2)).
 * The release's dates are taken when the gateway starts, so the example stays in force.
 */
const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const dvReleasesQuery = (personId: string) => /* GraphQL */ `# The DV program's releases for a client, with who may receive, for what,
# and until when. Only the program's advocate or privacy officer may list them:
# pick "DV advocate" in the identity picker. Anyone else gets ACCESS_DENIED.
query DvReleases($personId: ID! = "${personId}") {
  person(id: $personId) {
    dvReleases(includeInactive: true) {
      id
      state
      recipients {
        kind
        reference
        display
      }
      purposes
      period {
        start
        end
      }
      signers {
        name
        relationship
      }
      revocation {
        at
        reason
      }
    }
  }
}
`;

export function recordDvReleaseMutation(personId: string, today = new Date()): string {
  const start = isoDate(today.getTime());
  const end = isoDate(today.getTime() + 59 * DAY);
  return /* GraphQL */ `# A DV advocate records the child's written release naming the school
# counselor (pick "DV advocate" first). On the very next request the counselor
# sees the child's dvServices; revokeDvRelease(id, reason) stops it again.
# A release without a recipient, longer than 90 days or signed by the person
# flagged as the abuser is refused with BAD_USER_INPUT listing every problem.
mutation RecordDvRelease(
  $input: VawaReleaseInput! = {
    personId: "${personId}"
    subjectStanding: MINOR
    signers: [
      { name: "Child (name as signed)", relationship: MINOR_SELF }
      { name: "Non-abusive parent (name as signed)", relationship: PARENT }
    ]
    recipients: [
      {
        kind: ROLE
        reference: "school-counselor"
        organization: "unified-school-district"
        display: "School counselor, Unified School District"
      }
    ]
    purposes: [COC]
    dataClasses: [SDV]
    period: { start: "${start}", end: "${end}" }
    signedOn: "${start}"
    signedForm: { reference: "DocumentReference/release-example" }
  }
) {
  recordDvRelease(input: $input) {
    id
    state
    recipients {
      display
    }
    period {
      start
      end
    }
    recordedBy {
      name
    }
  }
}
`;
}

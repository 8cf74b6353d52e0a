/**
 * The saved example operations: the two entry points dashboards are built on, and the DV
 * program's release operations (consent-examples.ts). The explorer
 * opens with them as tabs, the README quotes them, and tests run them through the gateway.
 * The ids are the generator's showcase person and caseworker for the default seed (a test
 * fails if the generator changes and these go stale). They are the variables' default values,
 * so each example runs as it stands and shows the id it is about.
 */
import { dvReleasesQuery, recordDvReleaseMutation } from './consent-examples.js';
import type { DemoIdentityKey } from '../auth/demo-identities.js';

export const SHOWCASE_PERSON_ID = 'P-000110';
export const SHOWCASE_CASEWORKER_ID = 'CW-W-0002';

export interface ExampleOperation {
  title: string;
  query: string;
  /** The demo identity the operation is for; the explorer shows it only to that identity. Default: everyone. */
  actingAs?: DemoIdentityKey;
}

export const CASELOAD_QUERY = /* GraphQL */ `# A caseworker's caseload: each child's placement from child welfare, and from
# the other agencies attendance and IEP status, an open behavioral-health episode,
# a crisis plan on file, and DV shelter involvement. One query, one batched call
# per agency, whatever the caseload size.
query Caseload($caseworkerId: ID! = "${SHOWCASE_CASEWORKER_ID}") {
  caseworker(id: $caseworkerId) {
    caseworkerId
    firstName
    lastName
    unit
    caseloadSize
    caseload {
      caseId
      permanencyGoal
      currentPlacement {
        setting
        beginDate
      }
      child {
        person {
          id
          childWelfare {
            firstName
            lastName
            birthDate
          }
          education {
            currentEnrollment {
              school {
                name
              }
              gradeLevel
            }
            attendance {
              rate
              chronicallyAbsent
            }
            hasActiveIep
          }
          behavioralHealth {
            openEpisode {
              status
              managingOrganization {
                display
              }
            }
            crisisPlanOnFile
          }
          dvServices {
            currentlyInShelter
          }
        }
      }
    }
  }
}
`;

export const PERSON_QUERY = /* GraphQL */ `# The unified view of one common client: every agency's view of the person,
# each answered by that agency's own subgraph from its own system.
query PersonView($personId: ID! = "${SHOWCASE_PERSON_ID}") {
  person(id: $personId) {
    id
    links {
      system
      localId
      method
      score
    }
    childWelfare {
      firstName
      lastName
      birthDate
      openCase {
        caseId
        permanencyGoal
        court {
          name
        }
        caseworker {
          firstName
          lastName
        }
      }
      currentPlacement {
        setting
        beginDate
        providerName
      }
      provenance {
        sourceSystem
        lastUpdated
      }
    }
    education {
      currentEnrollment {
        school {
          name
        }
        gradeLevel
      }
      attendance {
        rate
        daysAbsent
        chronicallyAbsent
      }
      activeIep {
        iepBeginDate
        disabilities
      }
    }
    behavioralHealth {
      openEpisode {
        status
        type
        periodStart
        managingOrganization {
          display
        }
      }
      crisisPlanOnFile
    }
    dvServices {
      currentlyInShelter
      safetyPlanOnFile
      enrollments {
        entryDate
        exitDate
      }
    }
  }
}
`;

export const ACCOUNTING_QUERY = /* GraphQL */ `# The behavioral health provider's accounting of disclosures about one person
# (HIPAA 45 CFR 164.528, 42 CFR 2.24): who received or was refused the person's
# data, when, why and on what basis, from the provider's own audit. Only its
# privacy officer reads it: act as "Privacy officer — Grace Mbeki (Juniper Family
# Counseling)" (?as=bh-privacy-officer). Each agency answers for itself:
# childWelfareDisclosures, dvShelterDisclosures, schoolDisclosures.
query AccountingOfDisclosures($personId: ID! = "${SHOWCASE_PERSON_ID}", $from: DateTimeISO) {
  person(id: $personId) {
    id
    behavioralHealthDisclosures(from: $from) {
      recordedAt
      decision
      recipient {
        name
        organization
        roles
      }
      purposeOfUse
      labels
      fields
      legalBasis
      breakGlass {
        reason
        expiresAt
      }
      requestId
    }
  }
}
`;

export const BREAK_GLASS_REVIEW_QUERY = /* GraphQL */ `# Every request the behavioral health provider decided under a declared emergency
# (break-the-glass), released or refused, for its privacy officer to review.
# Act as the bh-privacy-officer. Declare an emergency first as another identity
# with the Acting-as bar's break-glass box to see one appear here.
query BreakGlassReview($since: DateTimeISO! = "2026-01-01T00:00:00Z") {
  behavioralHealthBreakGlassReview(since: $since) {
    recordedAt
    decision
    personId
    recipient {
      name
      organization
    }
    purposeOfUse
    breakGlass {
      reason
      expiresAt
    }
    fields
    legalBasis
  }
}
`;

export const REVIEW_QUEUE_QUERY = /* GraphQL */ `# The linkage review queue, for integration specialists ("Acting as: Integration
# specialist"). Pairs of agency records the linker could not decide, side by side:
# names, birth year, first three ZIP digits and SSN last 4 only, and how each field
# compared. Filled by \`npm run linkage:run\`; empty until it has run.
query ReviewQueue($first: Int = 10, $after: String) {
  linkageReviewQueue(first: $first, after: $after) {
    totalCount
    hasNextPage
    endCursor
    candidates {
      id
      probability
      a { system localId firstName middleName lastName suffix birthYear sex zip ssnLast4 }
      b { system localId firstName middleName lastName suffix birthYear sex zip ssnLast4 }
      comparisons { field level }
    }
  }
}
`;

export const ACCEPT_CANDIDATE_MUTATION = /* GraphQL */ `# Accept a review candidate: the two records are one person. Put an id from
# "Review queue" in $id and say why in $note. The pair is linked under one hub person
# with a CLERICAL_REVIEW link confirmed by you; the decision is audited.
# (rejectLinkCandidate takes the same arguments and keeps the two apart.)
mutation AcceptCandidate($id: ID! = "1", $note: String! = "Same given name and birth year; nickname; same ZIP3") {
  acceptLinkCandidate(id: $id, note: $note) {
    id
    status
    decidedBy
    decidedAt
    note
    a { system localId }
    b { system localId }
  }
}
`;

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  { title: 'Caseload', query: CASELOAD_QUERY },
  { title: 'Person', query: PERSON_QUERY },
  { title: 'DV releases (as the DV advocate)', query: dvReleasesQuery(SHOWCASE_PERSON_ID), actingAs: 'dv-advocate' },
  { title: 'Record a VAWA release (as the DV advocate)', query: recordDvReleaseMutation(SHOWCASE_PERSON_ID), actingAs: 'dv-advocate' },
  { title: 'Accounting of disclosures', query: ACCOUNTING_QUERY, actingAs: 'bh-privacy-officer' },
  { title: 'Break-glass review', query: BREAK_GLASS_REVIEW_QUERY, actingAs: 'bh-privacy-officer' },
  { title: 'Review queue', query: REVIEW_QUEUE_QUERY, actingAs: 'integration-specialist' },
  { title: 'Accept a candidate', query: ACCEPT_CANDIDATE_MUTATION, actingAs: 'integration-specialist' },
];

/** The tabs the explorer opens for a demo identity (every operation when nobody is picked). */
export function exampleOperationsFor(as?: DemoIdentityKey): ExampleOperation[] {
  return as ? EXAMPLE_OPERATIONS.filter((op) => !op.actingAs || op.actingAs === as) : EXAMPLE_OPERATIONS;
}

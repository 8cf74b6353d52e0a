/**
 * The matrix: every role × organization × consent state × purpose × label, minus the
 * combinations that cannot exist, each pruned by a named reason so the count stays honest.
 */
import type { Role } from '../../../subgraphs/shared/security/caller.js';
import {
  CONSENT_STATES,
  LABEL_SETTINGS,
  MATRIX_LABELS,
  MATRIX_PURPOSES,
  MATRIX_ROLES,
  ORG_KINDS,
  UNRELATED_ORG,
  type ConsentStateUnderTest,
  type MatrixLabel,
  type MatrixPurpose,
  type OrgKind,
} from './dimensions.js';
import { readOwnerPolicyData } from './owner-policy-data.js';

export interface MatrixCase {
  /** e.g. `SDV/caseworker/recipient/COC/revoked`. */
  id: string;
  role: Role;
  orgKind: OrgKind;
  organization: string;
  purpose: MatrixPurpose;
  label: MatrixLabel;
  consentState: ConsentStateUnderTest;
}

export interface GeneratedMatrix {
  cases: MatrixCase[];
  /** The full cartesian product's size, before pruning. */
  product: number;
  /** Why combinations were left out, and how many each reason removed. */
  pruned: Record<string, number>;
}

/** Why a combination cannot exist, or undefined when it can. */
function impossible(label: MatrixLabel, state: ConsentStateUnderTest): string | undefined {
  if (state !== 'none' && LABEL_SETTINGS[label].consentKind === null) {
    return `${label}: its owner keeps no consent of any kind, so only "none" exists`;
  }
  if ((state === 'abuser-signed' || state === 'minor-without-parent') && label !== 'SDV') {
    // The abuser flag and the minor-plus-non-abusive-parent signature are VAWA's
    // (34 U.S.C. 12291(b)(2)); the other owners' forms carry neither.
    return `${state}: a VAWA release concept, SDV only`;
  }
  return undefined;
}

export function organizationOf(label: MatrixLabel, kind: OrgKind): string {
  if (kind === 'own') return readOwnerPolicyData(LABEL_SETTINGS[label].owner).organization;
  return kind === 'recipient' ? LABEL_SETTINGS[label].recipient : UNRELATED_ORG;
}

export function generateCases(): GeneratedMatrix {
  const cases: MatrixCase[] = [];
  const pruned: Record<string, number> = {};
  let product = 0;
  for (const label of MATRIX_LABELS) {
    for (const consentState of CONSENT_STATES) {
      for (const role of MATRIX_ROLES) {
        for (const orgKind of ORG_KINDS) {
          for (const purpose of MATRIX_PURPOSES) {
            product += 1;
            const reason = impossible(label, consentState);
            if (reason) {
              pruned[reason] = (pruned[reason] ?? 0) + 1;
              continue;
            }
            const id = `${label}/${role}/${orgKind}/${purpose}/${consentState}`;
            cases.push({ id, role, orgKind, organization: organizationOf(label, orgKind), purpose, label, consentState });
          }
        }
      }
    }
  }
  return { cases, product, pruned };
}

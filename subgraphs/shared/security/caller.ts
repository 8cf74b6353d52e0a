/**
 * Who is asking, and why: the caller as every data-owning subgraph sees it. The gateway
 * authenticates the dashboard's bearer token and forwards these claims in a short-lived token
 * it signs; each subgraph verifies that token itself and builds this object from it.
 */

/** HL7 v3 PurposeOfUse codes (v3-ActReason) the hub accepts. */
export const PURPOSES_OF_USE = [
  'TREAT', // treatment
  'ETREAT', // emergency treatment
  'COC', // coordination of care / case management
  'CAREMGT', // care management
  'HOPERAT', // health care operations
  'HPAYMT', // payment
  'PUBHLTH', // public health
  'HRESCH', // research
  'PATRQT', // requested by the patient
  'HLEGAL', // legal
  'BTG', // break-the-glass override
] as const;
export type PurposeOfUse = (typeof PURPOSES_OF_USE)[number];

/** The hub's roles. Minimum necessary (45 CFR 164.502(b)) is decided per role. */
export const ROLES = [
  'caseworker',
  'supervisor',
  'bh-clinician',
  'school-counselor',
  'dv-advocate',
  'privacy-officer',
  'integration-specialist',
] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Stable id of the person calling (the token's `sub`). */
  subject: string;
  /** Display name, for audit readers. */
  name: string;
  /** The caller's organization id, e.g. `county-child-welfare`. */
  organization: string;
  roles: Role[];
  purposeOfUse: PurposeOfUse;
  /** Set when the caller invoked an emergency override (time-boxed, audited, reviewed). */
  breakGlass?: { reason: string; expiresAt: string };
}

/** Per-request facts every audit entry and policy decision carries. */
export interface RequestFacts {
  caller: Caller;
  /** One id for the whole federated request, from the gateway, for tying audit entries together. */
  requestId: string;
}

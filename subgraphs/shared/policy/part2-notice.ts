/**
 * The notice that must accompany each disclosure of Part 2 records (42 CFR 2.32, 2024 rule,
 * statement 1), with a reference to the consent it rests on. A subgraph collects notices per
 * request; `useDisclosureNotices` puts them in the response's `extensions.disclosureNotices`, and
 * the gateway passes them on to the caller.
 */
import type { AccessDecision } from './access-request.js';

export const PART2_NOTICE =
  'This record, whose disclosure you received, is protected by federal confidentiality rules (42 CFR part 2). ' +
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
  'in it, in any civil, criminal, administrative, or legislative proceedings against the patient, unless ' +
  'authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a ' +
  'court in accordance with 42 CFR 2.64 or 2.65. In addition, the federal rules prohibit you from making any ' +
  'other use or disclosure of this record unless at least one of the following applies: further use or ' +
  'disclosure is expressly permitted by the written consent of the individual whose information is being ' +
  'disclosed in this record or as otherwise permitted by 42 CFR part 2. A general authorization for the release ' +
  'of medical or other information is NOT sufficient for this purpose (see 42 CFR 2.31).';

export interface DisclosureNotice {
  /** The regulation the notice is given under. */
  regulation: '42 CFR 2.32';
  statement: string;
  /** The consent the disclosure rests on, e.g. `Consent/17 (42 CFR Part 2 consent)`. */
  consent: string;
  /** The data owner that disclosed. */
  owner: string;
}

/** One request's notices, deduplicated by consent. */
export class NoticeCollector {
  private readonly byConsent = new Map<string, DisclosureNotice>();

  /** Adds the notice when a permitted decision carries the PART2_NOTICE obligation. */
  addFor(owner: string, decision: AccessDecision): void {
    if (decision.permit && decision.obligations?.includes('PART2_NOTICE')) this.addPart2(owner, decision.basis);
  }

  addPart2(owner: string, consent: string): void {
    this.byConsent.set(consent, { regulation: '42 CFR 2.32', statement: PART2_NOTICE, consent, owner });
  }

  get notices(): DisclosureNotice[] {
    return [...this.byConsent.values()];
  }
}

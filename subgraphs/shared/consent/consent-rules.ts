/**
 * The settings a data owner may tune, and what every validation rule receives. Defaults are the
 * conservative reading: WA's coalition guidance lets an undated DV release run 90 days at most, and
 * best practice is one recipient per release (techsafety.org "Releases" FAQ; 28 CFR 90.4(b)).
 */
export interface ConsentRules {
  /** Longest period a VAWA release may cover, in days ("reasonably time-limited", 34 U.S.C. 12291(b)(2)). */
  vawaMaxDays: number;
  /** Refuse a VAWA release that names more than one recipient. */
  vawaOneRecipientPerRelease: boolean;
}

export const DEFAULT_CONSENT_RULES: ConsentRules = {
  vawaMaxDays: 90,
  vawaOneRecipientPerRelease: true,
};

export interface ValidationContext {
  rules: ConsentRules;
  /** When the consent is being recorded: a consent already expired then is refused (42 CFR 2.31(b)). */
  now: Date;
}

/** A rule answers with human-readable problems; an empty list means valid. */
export type ConsentRule<T> = (consent: T, context: ValidationContext) => string[];

/** Errors the registry throws, each carrying what a person needs to put it right. */

/** The consent was not recorded (or not revoked): `problems` lists why, one sentence each. */
export class ConsentRefusedError extends Error {
  readonly code = 'CONSENT_REFUSED';
  constructor(readonly problems: string[]) {
    super(`Consent refused: ${problems.join(' ')}`);
    this.name = 'ConsentRefusedError';
  }
}

export class ConsentNotFoundError extends Error {
  readonly code = 'CONSENT_NOT_FOUND';
  constructor(readonly id: string) {
    super(`No consent ${id} in this registry.`);
    this.name = 'ConsentNotFoundError';
  }
}

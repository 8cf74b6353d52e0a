/** Names that go into SQL as identifiers (schemas, databases): plain ones only, never quoted input. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function checkIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new RangeError(`Not a plain SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

/** A fresh name for a test schema or database, unique per process and run. */
export function uniqueIdentifier(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return checkIdentifier(`${prefix}_${process.pid}_${Date.now().toString(36)}_${random}`);
}

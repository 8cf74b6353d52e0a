/**
 * Sends the matrix through the gateway: cases grouped by caller (one token each), 13 persons
 * per request plus the two probing controls, a few requests in flight at once.
 */
import type { GraphQLResponse, InProcessHub } from '../in-process-hub.js';
import type { MatrixCase } from './cases.js';
import { callerKey, callerOf, mintCallerToken, type MatrixCaller } from './callers.js';
import { personsQuery, type AliasedPerson } from './matrix-query.js';
import type { MatrixPeople } from './persons.js';

const CASES_PER_REQUEST = 13; // + 2 controls = the gateway's alias limit of 15
const IN_FLIGHT = 3;
const UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export type ResponseBody = GraphQLResponse<Record<string, any>>['body'];
export type ResponseError = NonNullable<ResponseBody['errors']>[number];

export interface AliasAnswer {
  alias: string;
  /** The aliased person as answered (undefined when the response has no data at all). */
  data: Record<string, any> | null | undefined;
  /** The errors whose path starts at this alias. */
  errors: ResponseError[];
}

export interface CaseAnswer extends AliasAnswer {
  caller: MatrixCaller;
  requestId: string;
  status: number;
  /** The whole response, for "nothing of this person anywhere in it". */
  body: ResponseBody;
  controls: { noDv: AliasAnswer; noSud: AliasAnswer };
}

export interface MatrixRun {
  answers: Map<string, CaseAnswer>;
  requests: number;
  /**
   * Requests sent again because a subgraph could not be reached (SUBGRAPH_UNAVAILABLE: on a
   * loaded machine the gateway sometimes reuses a keep-alive socket the subgraph has just
   * closed). Availability, not policy: a second failure stays in the answer and fails the checks.
   */
  retried: number;
}

const answerFor = (body: ResponseBody, alias: string): AliasAnswer => ({
  alias,
  data: body.data?.[alias],
  errors: (body.errors ?? []).filter((e) => e.path?.[0] === alias),
});

export async function runMatrix(hub: InProcessHub, cases: readonly MatrixCase[], people: MatrixPeople): Promise<MatrixRun> {
  const byCaller = new Map<string, MatrixCase[]>();
  for (const c of cases) byCaller.set(callerKey(callerOf(c)), [...(byCaller.get(callerKey(callerOf(c))) ?? []), c]);
  const batches: MatrixCase[][] = [];
  for (const group of byCaller.values()) {
    for (let i = 0; i < group.length; i += CASES_PER_REQUEST) batches.push(group.slice(i, i + CASES_PER_REQUEST));
  }
  const answers = new Map<string, CaseAnswer>();
  let retried = 0;
  const tokens = new Map<string, Promise<string>>();
  const send = async (batch: MatrixCase[]) => {
    const caller = callerOf(batch[0]);
    const key = callerKey(caller);
    if (!tokens.has(key)) tokens.set(key, mintCallerToken(hub.keys.demoIssuer.privateKey, caller));
    const persons: AliasedPerson[] = [
      ...batch.map((c, i) => ({ alias: `c${i}`, personId: people.byCase.get(c.id)!.personId, label: c.label })),
      { alias: 'noDv', personId: people.noDvControl.personId, label: 'SDV' },
      { alias: 'noSud', personId: people.noSudControl.personId, label: 'SUD' },
    ];
    const ask = async () => hub.query(personsQuery(persons), {}, { authorization: `Bearer ${await tokens.get(key)}` });
    let res = await ask();
    if (res.body.errors?.some((e) => e.extensions?.code === UNAVAILABLE)) {
      retried += 1;
      res = await ask();
    }
    const requestId = res.headers.get('x-request-id') ?? '';
    const controls = { noDv: answerFor(res.body, 'noDv'), noSud: answerFor(res.body, 'noSud') };
    batch.forEach((c, i) => answers.set(c.id, { ...answerFor(res.body, `c${i}`), caller, requestId, status: res.status, body: res.body, controls }));
  };
  const queue = [...batches];
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) await send(batch);
  }));
  return { answers, requests: batches.length, retried };
}

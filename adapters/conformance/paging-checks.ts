/**
 * Child welfare's `listCaseworkers`: "a page of caseworkers ordered by id". Ordered means binary
 * (code-unit) order, the one order that does not depend on a database's locale, and the one the
 * `after` cursor must agree with: walking pages must visit every caseworker exactly once.
 */
import type { Caseworker, ChildWelfareAdapter } from '../child-welfare/port.js';
import type { ChildWelfareDataset } from '../synthetic/population.js';
import type { AdapterCheck, AdapterCheckContext } from './check.js';
import { binaryOrder, firstDifference } from './compare.js';
import { show, violation } from './violation.js';

type Page = { first: number; after?: string | null };

async function list(ctx: AdapterCheckContext, page: Page): Promise<Caseworker[]> {
  let result: unknown;
  try {
    result = await (ctx.adapter as ChildWelfareAdapter).listCaseworkers(page);
  } catch (error) {
    violation(`listCaseworkers(${show(page)}) rejected with ${show(error)}`);
  }
  if (!Array.isArray(result)) {
    violation(`listCaseworkers(${show(page)}) must resolve to an array, got ${show(result)}`);
  }
  return result as Caseworker[];
}

/** The fixture's caseworkers in binary id order: what any full listing must be. */
function allInOrder(ctx: AdapterCheckContext): Caseworker[] {
  return [...(ctx.data as ChildWelfareDataset).caseworkers].sort((a, b) => binaryOrder(a.caseworkerId, b.caseworkerId));
}

function expectList(what: string, got: Caseworker[], want: Caseworker[]): void {
  const diff = firstDifference(got, want);
  if (diff) {
    const ids = (list: Caseworker[]) => show(list.map((w) => w?.caseworkerId));
    violation(`${what}: expected ids ${ids(want)}, got ${ids(got)} (${diff})`);
  }
}

export async function checkDirectoryOrderedById(ctx: AdapterCheckContext): Promise<void> {
  const want = allInOrder(ctx);
  const first = want.length + 5;
  expectList(`listCaseworkers({ first: ${first} })`, await list(ctx, { first }), want);
}

/** Pages of one and of two, each following the previous page's last id, must add up to the directory. */
export async function checkAfterCursorWalksEveryone(ctx: AdapterCheckContext): Promise<void> {
  const want = allInOrder(ctx);
  for (const size of [1, 2]) {
    const seen: Caseworker[] = [];
    let after: string | null = null;
    for (let guard = 0; guard <= want.length + 1; guard++) {
      const page = await list(ctx, { first: size, after });
      if (page.length > size) {
        violation(`listCaseworkers({ first: ${size} }) returned ${page.length} caseworkers`);
      }
      if (page.length === 0) break;
      seen.push(...page);
      after = page[page.length - 1].caseworkerId;
    }
    expectList(`walking pages of ${size} with the after cursor`, seen, want);
  }
}

export async function checkPageEdges(ctx: AdapterCheckContext): Promise<void> {
  const want = allInOrder(ctx);
  expectList('listCaseworkers({ first: 0 })', await list(ctx, { first: 0 }), []);
  const last = want[want.length - 1].caseworkerId;
  expectList(`after the last id ${last}`, await list(ctx, { first: 10, after: last }), []);
  expectList('after: null (the first page)', await list(ctx, { first: 2, after: null }), want.slice(0, 2));
  // A cursor that is no caseworker's id still means "ids after this one".
  const between = `${want[0].caseworkerId}5`;
  const rest = want.filter((w) => w.caseworkerId > between);
  expectList(`after ${between} (not an id)`, await list(ctx, { first: want.length, after: between }), rest);
}

const NEEDS_DIRECTORY = 'judging a listing needs the full caseworker directory the store holds';

export const pagingAdapterChecks: AdapterCheck[] = [
  {
    group: 'paging',
    title: 'listCaseworkers lists every caseworker in binary id order',
    needsKnownAnswers: NEEDS_DIRECTORY,
    run: checkDirectoryOrderedById,
  },
  {
    group: 'paging',
    title: 'listCaseworkers pages joined by the after cursor visit everyone once',
    needsKnownAnswers: NEEDS_DIRECTORY,
    run: checkAfterCursorWalksEveryone,
  },
  {
    group: 'paging',
    title: 'listCaseworkers: first 0, after the last id, after null, after a non-id',
    needsKnownAnswers: NEEDS_DIRECTORY,
    run: checkPageEdges,
  },
];

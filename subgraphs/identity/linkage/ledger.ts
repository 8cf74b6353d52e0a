/**
 * The cluster ledger: who is in which cluster, and every merge as an operation that can be undone.
 * `unmerge(op)` restores the two clusters exactly as they were before the merge, after first
 * undoing any later merge that absorbed the result (an undo stack per cluster); merges elsewhere
 * are untouched. Clustering records its merges here, so a reviewer can unmerge an automatic one.
 */
export interface MergeOp {
  id: number;
  left: number;
  right: number;
  result: number;
  leftMembers: number[];
  rightMembers: number[];
  undone: boolean;
  reason: string;
}

export class ClusterLedger {
  private readonly members = new Map<number, number[]>();
  private readonly clusterOf: Int32Array;
  private readonly ops: MergeOp[] = [];
  private nextCluster: number;

  constructor(readonly size: number) {
    this.clusterOf = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      this.clusterOf[i] = i;
      this.members.set(i, [i]);
    }
    this.nextCluster = size;
  }

  clusterIdOf(record: number): number {
    return this.clusterOf[record];
  }

  membersOf(clusterId: number): readonly number[] {
    return this.members.get(clusterId) ?? [];
  }

  merge(a: number, b: number, reason = ''): MergeOp | null {
    const left = this.clusterOf[a];
    const right = this.clusterOf[b];
    if (left === right) return null;
    const leftMembers = this.members.get(left)!;
    const rightMembers = this.members.get(right)!;
    const result = this.nextCluster++;
    const all = leftMembers.concat(rightMembers);
    for (const r of all) this.clusterOf[r] = result;
    this.members.delete(left);
    this.members.delete(right);
    this.members.set(result, all);
    const op: MergeOp = { id: this.ops.length, left, right, result, leftMembers, rightMembers, undone: false, reason };
    this.ops.push(op);
    return op;
  }

  /** Undoes a merge; returns every op undone (later merges that absorbed it first). */
  unmerge(opId: number): MergeOp[] {
    const op = this.ops[opId];
    if (!op) throw new RangeError(`no merge op ${opId}`);
    if (op.undone) return [];
    const undone: MergeOp[] = [];
    if (!this.members.has(op.result)) {
      const later = this.ops.find((o) => !o.undone && o.id > op.id && (o.left === op.result || o.right === op.result));
      if (!later) throw new Error(`merge ${opId}: result cluster ${op.result} is gone and no later merge explains it`);
      undone.push(...this.unmerge(later.id));
    }
    this.members.delete(op.result);
    this.members.set(op.left, op.leftMembers);
    this.members.set(op.right, op.rightMembers);
    for (const r of op.leftMembers) this.clusterOf[r] = op.left;
    for (const r of op.rightMembers) this.clusterOf[r] = op.right;
    op.undone = true;
    undone.push(op);
    return undone;
  }

  history(): readonly MergeOp[] {
    return this.ops;
  }

  /** Clusters as sorted member lists, sorted: a canonical snapshot for comparisons. */
  snapshot(): number[][] {
    return [...this.members.values()].map((m) => [...m].sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
  }

  clusters(): IterableIterator<[number, number[]]> {
    return this.members.entries();
  }
}

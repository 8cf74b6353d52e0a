import { describe, it } from 'vitest';
import { runAdapterConformance } from '../conformance/index.js';
import { createEmbeddedChildWelfareAdapter } from './embedded.js';

describe('embedded child welfare adapter', () => {
  runAdapterConformance(it, { domain: 'child-welfare', createAdapter: async (data) => createEmbeddedChildWelfareAdapter(data) });
});

import { describe, it } from 'vitest';
import { runAdapterConformance } from '../conformance/index.js';
import { createEmbeddedIdentityAdapter } from './embedded.js';

describe('embedded identity adapter', () => {
  runAdapterConformance(it, { domain: 'identity', createAdapter: async (data) => createEmbeddedIdentityAdapter(data) });
});

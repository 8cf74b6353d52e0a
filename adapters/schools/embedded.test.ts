import { describe, it } from 'vitest';
import { runAdapterConformance } from '../conformance/index.js';
import { createEmbeddedSchoolsAdapter } from './embedded.js';

describe('embedded schools adapter', () => {
  runAdapterConformance(it, { domain: 'schools', createAdapter: async (data) => createEmbeddedSchoolsAdapter(data) });
});

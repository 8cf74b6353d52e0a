import { describe, it } from 'vitest';
import { runAdapterConformance } from '../conformance/index.js';
import { createEmbeddedDvShelterAdapter } from './embedded.js';

describe('embedded DV shelter adapter', () => {
  runAdapterConformance(it, { domain: 'dv-shelter', createAdapter: async (data) => createEmbeddedDvShelterAdapter(data) });
});

import { describe, it } from 'vitest';
import { runAdapterConformance } from '../conformance/index.js';
import { createEmbeddedBehavioralHealthAdapter } from './embedded.js';

describe('embedded behavioral health adapter', () => {
  runAdapterConformance(it, { domain: 'behavioral-health', createAdapter: async (data) => createEmbeddedBehavioralHealthAdapter(data) });
});

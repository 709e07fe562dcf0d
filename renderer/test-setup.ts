import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The first test of a file also pays for loading MUI and the screen in jsdom; on a busy two-core machine a
// screen's first text can take over the default second to appear. Waiting longer changes no verdict, only
// how long a real failure takes to show.
configure({ asyncUtilTimeout: 5_000 });

// The address fixed at build time (renderer/sync/api-url.ts): none by default, as in a build without one; a test that
// signs in against the sandbox stubs it (vi.stubGlobal).
(globalThis as { __CONEX_API_URL__?: string }).__CONEX_API_URL__ = '';

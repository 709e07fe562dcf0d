/** The Conex API contract shared by the app (renderer/sync) and the sandbox (tests/sandbox). */
export * from './account';
export * from './changes';
export * from './common';
export * from './consent';
export * from './evaluations';
export * from './licenses';
export * from './links';
export * from './orders';
export * from './quotes';
export * from './routes';
export * from './sync/backoff';
export * from './sync/outbox-order';
export * from './sync/quote-merge';

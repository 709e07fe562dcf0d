export * from './contacts';
export * from './profile';
export * from './tax-id';
export * from './consent';
export * from './consent-document';

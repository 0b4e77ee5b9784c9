export * from './phone';
export * from './resident-id';
export * from './credit-code';
export * from './email';
export * from './calendar';
export * from './id-documents';

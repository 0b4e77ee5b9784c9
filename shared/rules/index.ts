export * from './phone';
export { formatPhone } from './foreign-phone';
export * from './phone-region';
export * from './resident-id';
export * from './credit-code';
export * from './email';
export * from './calendar';
export * from './id-documents';

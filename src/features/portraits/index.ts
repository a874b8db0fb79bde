/** What other features may use of portraits: their models. Pure. */
export * from './domain/models';

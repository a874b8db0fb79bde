/** What other features may use of Indblik: its models. Pure. */
export * from './domain/models';

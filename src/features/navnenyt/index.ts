/** What other features may use of name news: its models. Pure. */
export * from './domain/models';

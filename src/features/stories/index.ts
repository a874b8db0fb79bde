/** What other features may use of employee stories: their models. Pure. */
export * from './domain/models';

/** HR's file could not be read as a table at all (the rows' own problems are row errors, not this). */
export class ImportFileError extends Error {
  public constructor(
    public readonly code: 'empty' | 'notXml' | 'notOpus' | 'noRows',
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

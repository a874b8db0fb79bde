/**
 * What went wrong talking to SharePoint, as a kind the interface can explain in Danish and English (loc's
 * `common.errors`). The one place errors are translated: repositories throw only DataError, components receive only
 * DataError.
 *
 * PnPjs v4 throws `HttpRequestError` (@pnp/queryable) with the answer's `status` and `response`; when its retries on
 * 429/503/504 run out it throws an HttpRequestError built from the last answer (so `status` is that answer's), or the
 * last network error (a TypeError, as fetch throws offline). The kind comes from `status`, never from the message.
 */
import type { HttpRequestError } from '@pnp/queryable';

/**
 * `declined`: not SharePoint's answer but the product's: the person's privacy choices do not allow what was to be
 * stored or published (src/features/navnenyt/domain/consentStorage.ts).
 */
export type DataErrorKind = 'throttled' | 'forbidden' | 'unauthorized' | 'notFound' | 'conflict' | 'invalid' | 'tooLarge' | 'network' | 'server' | 'declined';

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly status?: number;

  /** `message` is for the console and logs (PnPjs's text with SharePoint's answer); users see loc's text for `kind`. */
  public constructor(kind: DataErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.status = status;
  }
}

/**
 * PnPjs's HTTP error, by the flag PnPjs sets for this test (`isHttpRequestError`), so it also holds for an error made
 * by another bundle's copy of @pnp/queryable, and components that use this file do not load PnPjs.
 */
function isHttpRequestError(error: unknown): error is HttpRequestError {
  return typeof error === 'object' && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

function kindOf(status: number): DataErrorKind {
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 412 || status === 409) return 'conflict';
  if (status === 413) return 'tooLarge';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isHttpRequestError(error)) {
    const status = typeof error.status === 'number' ? error.status : 500;
    return new DataError(kindOf(status), message, status);
  }
  if (error instanceof TypeError) {
    return new DataError('network', message);
  }
  return new DataError('server', message);
}

/**
 * What went wrong talking to SharePoint, as a kind the interface can explain in Danish.
 * PnPjs throws HttpRequestError with the status and the raw body in the message; fetch throws TypeError offline.
 */

/**
 * `declined`: not SharePoint's answer but the product's: the person's privacy choices do not allow what was to be
 * stored or published (src/features/navnenyt/domain/consentStorage.ts).
 */
export type DataErrorKind = 'throttled' | 'forbidden' | 'unauthorized' | 'notFound' | 'conflict' | 'invalid' | 'tooLarge' | 'network' | 'server' | 'declined';

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly status?: number;
  /** SharePoint's own message (`odata.error.message.value`), when it sent one. */
  public readonly serverMessage?: string;

  public constructor(kind: DataErrorKind, message: string, status?: number, serverMessage?: string) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

interface IHttpLikeError {
  readonly status?: number;
  readonly message?: string;
  readonly isHttpRequestError?: boolean;
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

/** SharePoint's message from a PnPjs error text `… ::> {"odata.error":{…"message":{"value":"…"}}}`. */
export function serverMessageOf(text: string): string | undefined {
  const at = text.indexOf('::>');
  const body = at >= 0 ? text.slice(at + 3).trim() : text.trim();
  try {
    const json = JSON.parse(body) as Record<string, { message?: { value?: string } } | undefined>;
    const envelope = json['odata.error'] ?? json.error;
    return envelope?.message?.value;
  } catch {
    return undefined;
  }
}

export function toDataError(error: unknown): DataError {
  if (error instanceof DataError) return error;
  const e = (error ?? {}) as IHttpLikeError;
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (e.isHttpRequestError || typeof e.status === 'number') {
    // PnPjs gives up after its retries with "Retry count exceeded (3) for this request. 429: …".
    const retried = /Retry count exceeded \(\d+\) for this request\. (\d{3})/.exec(message);
    const status = retried ? Number(retried[1]) : (e.status ?? 500);
    return new DataError(kindOf(status), message, status, serverMessageOf(message));
  }
  if (error instanceof TypeError) {
    return new DataError('network', message);
  }
  return new DataError('server', message);
}

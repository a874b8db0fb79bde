/**
 * One translation of errors: PnPjs's HttpRequestError by its status, fetch's TypeError as offline, the product's own
 * DataError as it is; never by reading the message.
 */
import { HttpRequestError } from '@pnp/queryable';
import { DataError, toDataError } from '../../../src/shared/data/errors';

function answer(status: number, body: string = ''): Response {
  return new Response(body || null, { status, statusText: 'x' });
}

describe('toDataError', () => {
  it.each([
    [429, 'throttled'],
    [503, 'throttled'],
    [504, 'throttled'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [412, 'conflict'],
    [413, 'tooLarge'],
    [400, 'invalid'],
    [500, 'server'],
  ])('reads the kind of a %i answer from PnPjs\'s status', async (status, kind) => {
    const error = toDataError(await HttpRequestError.init(answer(status, '{"odata.error":{"message":{"value":"Nej"}}}')));
    expect(error).toBeInstanceOf(DataError);
    expect([error.kind, error.status]).toEqual([kind, status]);
  });

  it('explains PnPjs giving up after its retries by the last answer\'s status', () => {
    // What BrowserFetchWithRetry throws when the retries run out (@pnp/queryable behaviors/browser-fetch.js).
    const gaveUp = new HttpRequestError('Retry count exceeded (3) for this request. 503: Service Unavailable;', answer(503));
    expect([toDataError(gaveUp).kind, toDataError(gaveUp).status]).toEqual(['throttled', 503]);
  });

  it('never reads a kind out of a message', () => {
    const lookalike = new Error('Retry count exceeded (3) for this request. 429: Too Many Requests;');
    expect([toDataError(lookalike).kind, toDataError(lookalike).status]).toEqual(['server', undefined]);
  });

  it('takes an error from another copy of PnPjs by its flag, and fetch\'s TypeError as offline', () => {
    expect(toDataError({ isHttpRequestError: true, status: 403, message: 'Forbidden' }).kind).toBe('forbidden');
    expect(toDataError(new TypeError('Failed to fetch')).kind).toBe('network');
  });

  it('passes the product\'s own DataError through unchanged', () => {
    const declined = new DataError('declined', 'Anne said no');
    expect(toDataError(declined)).toBe(declined);
  });
});

/**
 * The one request handler: CORS (listed origins only), sign-in page, admin endpoints, body limit, fault injection,
 * identity, form digest, X-HTTP-Method, $batch and the /_api routes, with every failure turned into SharePoint's error
 * shape. It never throws: a bug answers 500 and the emulator keeps serving.
 */
import { digestValid, identify, IIdentity, loginPage } from './auth';
import { runBatch } from './batch';
import type { Core } from './core';
import { handleAdminHttp } from './adminHttp';
import { errorBody, Errors, MetadataMode, SpError } from './errors';
import { takeFault } from './faults';
import { corsHeaders } from './http/origin';
import type { ICtx } from './http/context';
import { parseSegments } from './http/segments';
import { serveRaw } from './handlers/files';
import { servePage } from './handlers/sitePages';
import { dispatch } from './handlers/web';
import { metadataMode } from './serialize';
import type { IEmuRequest, IEmuResponse } from './types';

const CORS_ALLOW_HEADERS =
  'accept, content-type, x-requestdigest, x-http-method, if-match, x-pnpjs-requestid, x-clientservice-clienttag, x-pnpjs-nodigest, x-pnp-batchnever, authorization';

export function errorResponse(err: unknown, mode: MetadataMode): IEmuResponse {
  let e: SpError;
  if (err instanceof SpError) {
    e = err;
  } else {
    // A bug in the emulator: answer like SharePoint's unexpected-error 500 and keep serving.
    // eslint-disable-next-line no-console
    console.error('[emulator] unexpected error:', err);
    e = Errors.internal();
  }
  const ct = mode === 'verbose' ? 'application/json;odata=verbose;charset=utf-8' : `application/json;odata=${mode === 'nometadata' ? 'nometadata' : 'minimalmetadata'};charset=utf-8`;
  return { status: e.status, headers: { 'content-type': ct, ...e.headers }, body: errorBody(e, mode) };
}

/** Runs one /_api request for an identified user (also used for each part of a $batch). */
export function handleApi(core: Core, req: IEmuRequest, id: IIdentity, apiPath: string, inBatch: boolean): IEmuResponse {
  const mode = metadataMode(req.headers.get('accept'));
  try {
    let method = req.method.toUpperCase();
    const override = req.headers.get('x-http-method');
    if (method === 'POST' && override) method = override.toUpperCase();
    const segs = parseSegments(apiPath, req.url.searchParams);
    if (!inBatch && id.viaCookie && req.method.toUpperCase() !== 'GET' && segs[0]?.name !== 'contextinfo') {
      if (!digestValid(core, id.user.id, req.headers.get('x-requestdigest'))) throw Errors.digest();
    }
    if (segs.length === 1 && segs[0].name === '$batch') {
      if (inBatch) throw Errors.badBatch('A $batch request cannot contain another $batch.');
      if (method !== 'POST') throw Errors.methodNotAllowed(method);
      return runBatch(req, (inner) => {
        const p = apiPathOf(core, inner.url.pathname);
        if (p === undefined) return errorResponse(Errors.badBatch(`The URL '${inner.url.href}' is not under this site.`), metadataMode(inner.headers.get('accept')));
        return handleApi(core, inner, id, p, true);
      });
    }
    const ctx: ICtx = { core, req, user: id.user, mode, method, inBatch };
    return dispatch(ctx, segs);
  } catch (err) {
    return errorResponse(err, mode);
  }
}

/** The path below `<site>/_api/`, or undefined when the URL is not an API URL of this site. */
function apiPathOf(core: Core, pathname: string): string | undefined {
  const prefix = `${core.sitePath}/_api`.toLowerCase();
  const lower = pathname.toLowerCase();
  if (lower === prefix) return '';
  if (lower.startsWith(`${prefix}/`)) return pathname.slice(prefix.length + 1);
  if (lower === '/_api' || lower.startsWith('/_api/')) return pathname.slice(5).replace(/^\//, '');
  return undefined;
}

export function handleRequest(core: Core, req: IEmuRequest): IEmuResponse {
  // Absolute URLs in the answer (odata.nextLink, odata.metadata, Location, WebFullUrl) use the origin the client
  // called, e.g. 127.0.0.1 rather than the configured localhost. Requests are handled one at a time, synchronously.
  const configured = core.origin;
  core.origin = req.url.origin;
  try {
    const res = handleInner(core, req);
    return { ...res, headers: { ...res.headers, ...corsHeaders(core.corsOrigins, req) } };
  } finally {
    core.origin = configured;
  }
}

function handleInner(core: Core, req: IEmuRequest): IEmuResponse {
  const mode = metadataMode(req.headers.get('accept'));
  try {
    const method = req.method.toUpperCase();
    if (method === 'OPTIONS') {
      const listed = Object.keys(corsHeaders(core.corsOrigins, req)).length > 0;
      const preflight = { 'access-control-allow-methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS', 'access-control-allow-headers': CORS_ALLOW_HEADERS, 'access-control-max-age': '600' };
      return { status: 200, headers: listed ? preflight : {}, body: '' };
    }
    if (req.body.length > core.maxBodyBytes) throw Errors.tooLarge(core.maxBodyBytes);
    const path = req.url.pathname;
    const lower = path.toLowerCase();
    if (lower === '/_login' || lower === '/_logout') return loginPage(core, req);
    if (lower.startsWith('/_emulator/') || lower === '/_emulator') return handleAdminHttp(core, req);
    const apiPath = apiPathOf(core, path);
    if (apiPath !== undefined) {
      const fault = takeFault(core, req);
      if (fault) throw fault;
      return handleApi(core, req, identify(core, req), apiPath, false);
    }
    if (lower === '/' || lower === core.sitePath.toLowerCase() || lower === `${core.sitePath.toLowerCase()}/`) {
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `Local SharePoint emulator. Site: ${core.siteUrl()}\nREST API: ${core.apiBase()}\nSign in: ${core.origin}/_login\n` };
    }
    if (lower.startsWith(`${core.sitePath.toLowerCase()}/`) && method === 'GET') {
      const page = servePage(core, req);
      if (page) return page;
      const id = identify(core, req);
      const ctx: ICtx = { core, req, user: id.user, mode, method: 'GET', inBatch: false };
      const raw = serveRaw(ctx, path);
      if (raw) return raw;
    }
    throw Errors.notFoundPage();
  } catch (err) {
    return errorResponse(err, mode);
  }
}

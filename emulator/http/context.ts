/**
 * The per-request context handed to route handlers, and helpers to build responses.
 */
import type { Core } from '../core';
import { Errors, MetadataMode } from '../errors';
import type { IListDef } from '../model';
import { collectionDoc, contentTypeFor, entityDoc, entityProps, IEntityMeta, Json, selectProps } from '../serialize';
import type { Perm, IUserRow } from '../store/principals';
import type { IEmuRequest, IEmuResponse } from '../types';

export interface ICtx {
  core: Core;
  req: IEmuRequest;
  user: IUserRow;
  mode: MetadataMode;
  /** The verb after X-HTTP-Method is applied (GET, POST, MERGE, PATCH, PUT, DELETE). */
  method: string;
  /** True inside a $batch part. */
  inBatch: boolean;
}

export const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  302: 'Found',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function json(ctx: ICtx, body: Json, status = 200, headers: Record<string, string> = {}): IEmuResponse {
  return { status, headers: { 'content-type': contentTypeFor(ctx.mode), ...headers }, body: JSON.stringify(body) };
}

/** The request's `$select`, or null. */
export function selectOf(ctx: ICtx): string | null {
  return ctx.req.method.toUpperCase() === 'GET' ? ctx.req.url.searchParams.get('$select') : null;
}

/** A single entity (web, user, group, field, folder, file…), trimmed by the request's `$select`. */
export function entityJson(ctx: ICtx, meta: IEntityMeta, props: Json, status = 200, headers: Record<string, string> = {}): IEmuResponse {
  return json(ctx, entityDoc(ctx.core, ctx.mode, meta, selectProps(props, selectOf(ctx))), status, headers);
}

/** A collection of entities, each trimmed by the request's `$select`. */
export function collectionJson(ctx: ICtx, metadata: string, entries: { meta: IEntityMeta; props: Json }[]): IEmuResponse {
  const sel = selectOf(ctx);
  return json(ctx, collectionDoc(ctx.core, ctx.mode, metadata, entries.map((e) => entityProps(ctx.core, ctx.mode, e.meta, selectProps(e.props, sel)))));
}

export function noContent(headers: Record<string, string> = {}): IEmuResponse {
  return { status: 204, headers, body: null };
}

/** Types a browser may show inline from the intranet's origin: plain raster images, nothing that can run script. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/**
 * A stored file or attachment: plain raster images inline, everything else (HTML, SVG, PDF, …) as a download, and
 * never sniffed into another type (as SharePoint serves files with a strict browser file handling).
 */
export function fileResponse(bytes: Buffer, contentType: string, name: string): IEmuResponse {
  const headers: Record<string, string> = { 'content-type': contentType, 'x-content-type-options': 'nosniff' };
  if (!INLINE_TYPES.has(contentType.split(';')[0].trim().toLowerCase())) {
    headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
  }
  return { status: 200, headers, body: bytes };
}

export function parseJsonBody(ctx: ICtx): Record<string, unknown> {
  const text = ctx.req.body.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw Errors.badJson(e instanceof Error ? e.message : 'The body could not be read.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw Errors.badJson('A JSON object was expected.');
  }
  return parsed as Record<string, unknown>;
}

export function isVerboseBody(ctx: ICtx): boolean {
  return (ctx.req.headers.get('content-type') ?? '').toLowerCase().includes('odata=verbose');
}

export function requirePerm(ctx: ICtx, perm: Perm, list?: IListDef): void {
  if (!ctx.core.principals.perms(ctx.user.id, list).has(perm)) throw Errors.accessDenied();
}

export function hasPerm(ctx: ICtx, perm: Perm, list?: IListDef): boolean {
  return ctx.core.principals.perms(ctx.user.id, list).has(perm);
}

export function requireMethod(ctx: ICtx, ...allowed: string[]): void {
  if (!allowed.includes(ctx.method)) throw Errors.methodNotAllowed(ctx.method);
}

/**
 * The one way files and folders reach an item (`ListItemAllFields`, attachment URLs) without importing the item
 * handler, which itself reaches files and folders (`items(n)/file`): the dispatcher registers handleItem here.
 */
import type { ICtx } from '../http/context';
import type { ISegment } from '../http/segments';
import type { IListDef } from '../model';
import type { IEmuResponse } from '../types';

export type ItemHandler = (ctx: ICtx, list: IListDef, id: number | undefined, rest: ISegment[]) => IEmuResponse;

let impl: ItemHandler | undefined;

export function registerItemHandler(h: ItemHandler): void {
  impl = h;
}

export function handleListItem(ctx: ICtx, list: IListDef, id: number | undefined, rest: ISegment[]): IEmuResponse {
  if (!impl) throw new Error('emulator: the item handler is not registered');
  return impl(ctx, list, id, rest);
}

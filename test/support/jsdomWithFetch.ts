/**
 * jsdom, plus Node's own fetch classes (jsdom has no Request, Response or Headers), so a component test can render
 * against the real repositories and the local SharePoint in-process: `@jest-environment ./test/support/jsdomWithFetch.ts`.
 */
import { TestEnvironment } from 'jest-environment-jsdom';

const FROM_NODE = ['fetch', 'Request', 'Response', 'Headers', 'FormData', 'Blob', 'ReadableStream', 'TextEncoder', 'TextDecoder', 'structuredClone'] as const;

export default class JsdomWithFetch extends TestEnvironment {
  public constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    const target = this.global as unknown as Record<string, unknown>;
    const source = globalThis as unknown as Record<string, unknown>;
    for (const name of FROM_NODE) target[name] = source[name];
  }
}

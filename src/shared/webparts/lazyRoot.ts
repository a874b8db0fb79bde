/**
 * A web part root that arrives in its own chunk (`import()`) when the web part first renders, so the bundle's first
 * chunk, which every web part of the bundle loads, stays small: the root's components and the Fluent UI they use come
 * with the chunk. Until it has arrived an empty, busy placeholder stands in (no Fluent UI, so none in the first chunk).
 * Used by the editors' web parts; the readers all render on the front page, where splitting would only add requests.
 */
import * as React from 'react';

/** The component `load` resolves to, loaded once, on first render. */
export function lazyRoot<P extends object>(load: () => Promise<React.ComponentType<P>>): React.FunctionComponent<P> {
  // React.lazy's props type (PropsWithRef) cannot be related to a generic P: the loaded root takes exactly P.
  const Loaded = React.lazy(() => load().then((component) => ({ default: component as React.ComponentType<object> })));
  const fallback = React.createElement('div', { 'aria-busy': true });
  const LazyRoot: React.FunctionComponent<P> = (props) =>
    React.createElement(React.Suspense, { fallback }, React.createElement(Loaded, props));
  return LazyRoot;
}

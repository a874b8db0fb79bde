/**
 * A web part root that arrives in its own chunk (`import()`) when the web part first renders, so the bundle's first
 * chunk, which every web part of the bundle loads, stays small: the root's components and the Fluent UI they use come
 * with the chunk. Until it has arrived an empty, busy placeholder stands in (no Fluent UI, so none in the first chunk).
 * Used by the editors' web parts; the readers all render on the front page, where splitting would only add requests.
 *
 * A chunk that cannot be fetched (the connection dropped, the CDN answered with an error) leaves a Danish message
 * with *Prøv igen*, which fetches it again, instead of a blank web part: React.lazy keeps a failed import for good,
 * so a retry starts a new one.
 */
import * as React from 'react';
import type { ICommonStrings } from '../loc/strings';
import { styles } from '../components/common/styles';

interface IRootProps {
  readonly strings: ICommonStrings;
}

type Loaded = React.ComponentType<object>;

/** The component `load` resolves to, loaded once, on first render; again after a failure when the user asks. */
export function lazyRoot<P extends IRootProps>(load: () => Promise<React.ComponentType<P>>): React.ComponentType<P> {
  // React.lazy's props type (PropsWithRef) cannot be related to a generic P: the loaded root takes exactly P.
  const lazy = (): React.LazyExoticComponent<Loaded> => React.lazy(() => load().then((component) => ({ default: component as Loaded })));
  let Root = lazy();
  const fallback = React.createElement('div', { 'aria-busy': true });

  class LazyRoot extends React.Component<P, { failed: boolean; attempt: number }> {
    public state = { failed: false, attempt: 0 };

    public static getDerivedStateFromError(): { failed: boolean } {
      return { failed: true };
    }

    public componentDidCatch(error: unknown): void {
      console.error('Medarbejdernyt: a web part could not be loaded', error);
    }

    private readonly retry = (): void => {
      Root = lazy();
      this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
    };

    public render(): React.ReactNode {
      const { common } = this.props.strings;
      if (this.state.failed) {
        return React.createElement(
          'div',
          { role: 'alert' },
          React.createElement('p', null, React.createElement('strong', null, `${common.errorHeading}. `), common.errors.network),
          React.createElement('button', { type: 'button', className: styles.disclosure, onClick: this.retry }, common.retry),
        );
      }
      return React.createElement(React.Suspense, { key: this.state.attempt, fallback }, React.createElement(Root, this.props));
    }
  }
  return LazyRoot;
}

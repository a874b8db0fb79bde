/**
 * The few Fluent UI icons the page uses, as inline SVG: the Office icon font lives on a CDN this page must not depend on.
 */
import * as React from 'react';
import { registerIcons } from '@fluentui/react/lib/Styling';

function svg(d: string): React.ReactElement {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

const chevronDown = 'M1.6 5.1 8 11.5l6.4-6.4.7.7L8 12.9.9 5.8z';
const chevronUp = 'M14.4 10.9 8 4.5l-6.4 6.4-.7-.7L8 3.1l7.1 7.1z';
const cross = 'M3.4 2.7 8 7.3l4.6-4.6.7.7L8.7 8l4.6 4.6-.7.7L8 8.7l-4.6 4.6-.7-.7L7.3 8 2.7 3.4z';
const info = 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1a6 6 0 1 0 0 12A6 6 0 0 0 8 2zm-.5 5h1v5h-1zm.5-2.5a.75.75 0 1 1 0 1.5.75.75 0 0 1 0-1.5z';
const error = 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm-.5 3v5h1V4zm.5 6.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5z';
const check = 'M13.6 3.6 6 11.2 2.4 7.6l-.7.7L6 12.6l8.3-8.3z';

export function registerPageIcons(): void {
  registerIcons({
    icons: {
      ChevronDown: svg(chevronDown),
      ChevronDownSmall: svg(chevronDown),
      ChevronUpSmall: svg(chevronUp),
      Clear: svg(cross),
      Cancel: svg(cross),
      Info: svg(info),
      ErrorBadge: svg(error),
      Blocked2: svg(error),
      Warning: svg(error),
      Completed: svg(check),
      CheckMark: svg(check),
    },
  });
}

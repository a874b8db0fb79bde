/** @jest-environment jsdom */
/**
 * Data follows the settings: when the editor changes *Websted med listerne*, the host builds the web part's
 * repositories for the new site, and the web part reads from them at once (before, it kept the old site's data until
 * the page was reloaded, because useAsync's cache key left out the repository).
 */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { PortraitsRoot } from '../../../src/features/portraits/components/portraits/PortraitsRoot';
import type { IPortrait } from '../../../src/features/portraits/domain/models';
import { useAsync } from '../../../src/shared/components/common/useAsync';
import { getCommonStrings } from '../../../src/shared/loc/strings';
import { portraitsStrings } from '../../../src/features/portraits/loc/portraitsStrings';
import { choicesOf, FakePortraitRepository, matrix } from '../../support/fakes';

function portrait(id: number, name: string): IPortrait {
  return {
    id,
    name,
    employee: { id, name },
    profession: 'Pædagog',
    workplace: 'Børnehuset Ørum',
    quote: 'Ingen dage er ens',
    photo: { url: `/foto-${id}.svg`, alt: '' },
    channels: { linkedIn: { status: 'notShared' }, facebook: { status: 'notShared' } },
    jobAdvertUrl: 'https://www.norddjurs.dk/job',
  };
}

function site(id: number, name: string): FakePortraitRepository {
  return new FakePortraitRepository([portrait(id, name)], [choicesOf(id, name, matrix(true))]);
}

describe('a web part whose data site changes', () => {
  it('shows the new site\'s data without a reload', async () => {
    const strings = portraitsStrings(getCommonStrings('da'));
    const intranet = site(1, 'Mette Aagaard');
    const hr = site(2, 'Jens-Ole Bæk');
    const { rerender } = render(<PortraitsRoot repository={intranet} strings={strings} maxItems={6} />);
    await act(async () => undefined);
    expect(screen.getByRole('heading', { name: 'Mette Aagaard' })).toBeTruthy();

    rerender(<PortraitsRoot repository={hr} strings={strings} maxItems={6} />);
    await act(async () => undefined);
    expect(screen.getByRole('heading', { name: 'Jens-Ole Bæk' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Mette Aagaard' })).toBeNull();
  });
});

describe('useAsync', () => {
  function Probe(props: { load: (n: number) => Promise<string>; n: number }): React.ReactElement {
    const { load, n } = props;
    const state = useAsync(() => load(n), [load, n]);
    return <p>{state.loading ? 'loading' : (state.data ?? state.error?.kind)}</p>;
  }

  it('loads again when a dependency changes, and keeps only the newest answer', async () => {
    const pending: ((v: string) => void)[] = [];
    const load = (n: number): Promise<string> => new Promise((resolve) => pending.push(() => resolve(`svar ${n}`)));
    const { rerender, container } = render(<Probe load={load} n={1} />);
    rerender(<Probe load={load} n={2} />);
    expect(pending).toHaveLength(2);
    await act(async () => pending[1](''));
    expect(container.textContent).toBe('svar 2');
    await act(async () => pending[0](''));
    expect(container.textContent).toBe('svar 2');
  });

  it('does not load again when the parent renders with the same dependencies', async () => {
    let calls = 0;
    const load = (n: number): Promise<string> => {
      calls++;
      return Promise.resolve(`svar ${n}`);
    };
    const { rerender, container } = render(<Probe load={load} n={1} />);
    await act(async () => undefined);
    rerender(<Probe load={load} n={1} />);
    await act(async () => undefined);
    expect(calls).toBe(1);
    expect(container.textContent).toBe('svar 1');
  });
});

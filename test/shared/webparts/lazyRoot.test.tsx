/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { lazyRoot } from '../../../src/shared/webparts/lazyRoot';
import { getCommonStrings } from '../../../src/shared/loc/strings';
import type { ICommonStrings } from '../../../src/shared/loc/strings';

interface IProps {
  readonly strings: ICommonStrings;
  readonly name: string;
}

const Hello = (props: IProps): React.ReactElement => <p>Hej {props.name}</p>;

describe('an editor web part whose root comes in its own chunk', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React reports the caught failure on the console; the product's own line is asserted below.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('shows a busy placeholder, then the root with its props', async () => {
    const Root = lazyRoot(() => Promise.resolve(Hello));
    const { container } = render(<Root strings={getCommonStrings('da')} name="Mette" />);
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(await screen.findByText('Hej Mette')).toBeTruthy();
  });

  it('says in Danish that the connection failed when the chunk cannot be fetched, and fetches it again on "Prøv igen"', async () => {
    const load = jest.fn<Promise<React.ComponentType<IProps>>, []>()
      .mockRejectedValueOnce(new Error('Loading chunk indsend-navnenyt failed.'))
      .mockResolvedValueOnce(Hello);
    const Root = lazyRoot(load);
    render(<Root strings={getCommonStrings('da')} name="Lars" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Der er ingen forbindelse til SharePoint');
    expect(consoleError.mock.calls.some((c) => String(c[0]).startsWith('Medarbejdernyt: a web part could not be loaded'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('Hej Lars')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('speaks English on an English page', async () => {
    const Root = lazyRoot<IProps>(() => Promise.reject(new Error('offline')));
    render(<Root strings={getCommonStrings('en')} name="Lars" />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/connection/i);
    expect(screen.getByRole('button', { name: /try again/i })).toBeTruthy();
  });
});

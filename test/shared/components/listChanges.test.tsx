/** @jest-environment jsdom */
/**
 * Web parts on one page follow each other's changes to a list: what announces a change to Medarbejdere makes those
 * that read it count up (and load again), and a change to another list leaves them alone.
 */
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { announceListChanged, useListChanges } from '../../../src/shared/components/common/listChanges';

function Reader(props: { list: string }): React.ReactElement {
  return <p>{`${props.list}: ${useListChanges(props.list)}`}</p>;
}

describe('changes to a list, announced on the page', () => {
  it('reach the web parts that read that list, and only them', () => {
    const { unmount } = render(
      <>
        <Reader list="Medarbejdere" />
        <Reader list="Navnenyt" />
      </>,
    );
    act(() => announceListChanged('Medarbejdere'));
    act(() => announceListChanged('Medarbejdere'));
    expect(screen.getByText('Medarbejdere: 2')).toBeTruthy();
    expect(screen.getByText('Navnenyt: 0')).toBeTruthy();
    unmount();
    // Gone from the page: an announcement reaches nothing (no update on an unmounted component).
    expect(() => announceListChanged('Medarbejdere')).not.toThrow();
  });
});

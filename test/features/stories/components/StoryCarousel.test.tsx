/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { StoryCarousel } from '../../../../src/features/stories/components/stories/StoryCarousel';
import { storyTexts } from '../../../../src/features/stories/loc/storyTexts';
import type { IStory } from '../../../../src/features/stories/domain/models';

const stories: IStory[] = [1, 2, 3].map((id) => ({ id, title: `Historie ${id}`, teaser: 'Manchet', featured: true, people: [] }));

function reducedMotion(on: boolean): void {
  Object.defineProperty(window, 'matchMedia', { configurable: true, value: (q: string) => ({ matches: on && q.includes('reduce'), media: q }) });
}

function visibleSlide(): string {
  const group = screen.getAllByRole('group', { hidden: true }).find((g) => !g.hidden);
  return group?.getAttribute('aria-label') ?? '';
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('the featured stories carousel', () => {
  it('rotates with a polite live region off, pauses on hover, and stops for good when focus enters', () => {
    reducedMotion(false);
    render(<StoryCarousel stories={stories} texts={storyTexts('da')} locale="da" interval={1000} />);
    const region = screen.getByRole('region', { name: 'Udvalgte historier' });
    expect(region.getAttribute('aria-roledescription')).toBe('karrusel');
    // The stop button comes first in the tab order.
    expect(region.querySelector('button')?.textContent).toBe('Stop automatisk visning');
    expect(region.querySelector('[aria-live]')?.getAttribute('aria-live')).toBe('off');
    act(() => void jest.advanceTimersByTime(1000));
    expect(visibleSlide()).toBe('2 af 3');
    fireEvent.mouseEnter(region);
    act(() => void jest.advanceTimersByTime(3000));
    expect(visibleSlide()).toBe('2 af 3');
    fireEvent.mouseLeave(region);
    act(() => void jest.advanceTimersByTime(1000));
    expect(visibleSlide()).toBe('3 af 3');
    fireEvent.focus(screen.getByRole('button', { name: 'Næste historie' }));
    fireEvent.blur(screen.getByRole('button', { name: 'Næste historie' }));
    act(() => void jest.advanceTimersByTime(5000));
    expect(visibleSlide()).toBe('3 af 3');
    expect(screen.getByRole('button', { name: 'Start automatisk visning' })).toBeTruthy();
    expect(region.querySelector('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: 'Næste historie' }));
    expect(visibleSlide()).toBe('1 af 3');
    fireEvent.click(screen.getByRole('button', { name: 'Vis historie 3: Historie 3' }));
    expect(visibleSlide()).toBe('3 af 3');
    expect(screen.getByRole('button', { name: 'Vis historie 3: Historie 3' }).getAttribute('aria-current')).toBe('true');
  });

  it('starts paused when the user prefers reduced motion, and swipes on touch', () => {
    reducedMotion(true);
    render(<StoryCarousel stories={stories} texts={storyTexts('da')} locale="da" interval={1000} />);
    expect(screen.getByRole('button', { name: 'Start automatisk visning' })).toBeTruthy();
    act(() => void jest.advanceTimersByTime(5000));
    expect(visibleSlide()).toBe('1 af 3');
    const region = screen.getByRole('region', { name: 'Udvalgte historier' });
    fireEvent.touchStart(region, { touches: [{ clientX: 300 }] });
    fireEvent.touchEnd(region, { changedTouches: [{ clientX: 100 }] });
    expect(visibleSlide()).toBe('2 af 3');
    fireEvent.touchStart(region, { touches: [{ clientX: 100 }] });
    fireEvent.touchEnd(region, { changedTouches: [{ clientX: 300 }] });
    expect(visibleSlide()).toBe('1 af 3');
  });
});

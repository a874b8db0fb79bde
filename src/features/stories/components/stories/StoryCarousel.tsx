/**
 * Featured stories as a carousel after the WAI-ARIA Authoring Practices' carousel pattern (WCAG 2.2.2): a visible
 * stop/start button first in the tab order; no automatic rotation when the user prefers reduced motion; rotation
 * stops for good when keyboard focus enters (until the user starts it again) and pauses while the pointer hovers;
 * previous/next and a slide picker that do not move focus; the slides' live region is polite only while not rotating;
 * swipe on touch screens. Fluent UI 8 has no carousel.
 */
import * as React from 'react';
import { useIdScope } from '../../../../shared/components/common/ids';
import { formatNumericDate } from '../../../../shared/domain/dates';
import type { UiLocale } from '../../../../shared/loc/strings';
import type { IStory } from '../../domain/models';
import { fill } from '../../../../shared/components/common/format';
import type { IStoryTexts } from '../../loc/storyTexts';
import { useLinkTarget } from '../../../../shared/components/common/hostFeatures';
import { storyStyles as s } from './storiesStyles';

export interface IStoryCarouselProps {
  readonly stories: readonly IStory[];
  readonly texts: IStoryTexts;
  readonly locale: UiLocale;
  /** Milliseconds per slide while rotating. */
  readonly interval?: number;
}

const SWIPE_PX = 40;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function StoryCarousel(props: IStoryCarouselProps): React.ReactElement | null {
  const { stories, texts, locale } = props;
  const linkTarget = useLinkTarget();
  const t = texts.carousel;
  const id = `${useIdScope()}-karrusel`;
  const [current, setCurrent] = React.useState(0);
  const [rotating, setRotating] = React.useState(() => !prefersReducedMotion());
  const [hovering, setHovering] = React.useState(false);
  const touchX = React.useRef<number | undefined>(undefined);
  const count = stories.length;
  const running = rotating && !hovering && count > 1;

  React.useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => setCurrent((c) => (c + 1) % count), props.interval ?? 7000);
    return () => window.clearInterval(timer);
  }, [running, count, props.interval]);

  if (count === 0) return null;
  const index = current % count;
  const go = (next: number): void => setCurrent(((next % count) + count) % count);

  return (
    <section
      className={s.carousel}
      aria-roledescription={t.roleDescription}
      aria-label={t.label}
      id={id}
      // Keyboard focus entering stops rotation until the user starts it again; hover only pauses it.
      onFocus={() => setRotating(false)}
      onMouseEnter={() => setHovering(true)}
      onMouseLeave={() => setHovering(false)}
      onTouchStart={(e) => {
        touchX.current = e.touches[0]?.clientX;
      }}
      onTouchEnd={(e) => {
        const start = touchX.current;
        const end = e.changedTouches[0]?.clientX;
        touchX.current = undefined;
        if (start === undefined || end === undefined || Math.abs(end - start) < SWIPE_PX) return;
        setRotating(false);
        go(index + (end < start ? 1 : -1));
      }}
    >
      <div className={s.controls}>
        <button type="button" className={s.button} onClick={() => setRotating(!rotating)}>
          {rotating ? t.stop : t.start}
        </button>
        {count > 1 && (
          <>
            <button type="button" className={s.button} aria-controls={`${id}-slides`} onClick={() => go(index - 1)}>
              <span aria-hidden="true">‹ </span>
              {t.previous}
            </button>
            <button type="button" className={s.button} aria-controls={`${id}-slides`} onClick={() => go(index + 1)}>
              {t.next}
              <span aria-hidden="true"> ›</span>
            </button>
            <ul className={s.picker} aria-label={t.pickerLabel}>
              {stories.map((story, i) => (
                <li key={story.id}>
                  <button
                    type="button"
                    className={i === index ? `${s.dot} ${s.dotCurrent}` : s.dot}
                    aria-label={fill(t.showSlide, i + 1, story.title)}
                    aria-current={i === index ? 'true' : undefined}
                    aria-controls={`${id}-slides`}
                    onClick={() => go(i)}
                  >
                    {i + 1}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div id={`${id}-slides`} aria-live={running ? 'off' : 'polite'} aria-atomic="false">
        {stories.map((story, i) => (
          <div
            key={story.id}
            role="group"
            aria-roledescription={t.slideRole}
            aria-label={fill(t.slideOf, i + 1, count)}
            hidden={i !== index}
            className={s.slide}
          >
            {story.heroImage && <img className={s.banner} src={story.heroImage.url} alt={story.heroImage.alt} width={1200} height={600} loading="lazy" />}
            <div className={s.slideBody}>
              <h3 className={s.slideTitle} lang="da">
                {story.url ? (
                  <a href={story.url} style={{ color: 'inherit' }} {...linkTarget}>
                    {story.title}
                  </a>
                ) : (
                  story.title
                )}
              </h3>
              <p lang="da">{story.teaser}</p>
              <p>
                {[story.theme, story.place, story.publishDate ? formatNumericDate(story.publishDate, locale) : undefined].filter(Boolean).join(' · ')}
              </p>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}

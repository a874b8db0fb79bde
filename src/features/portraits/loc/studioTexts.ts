/**
 * The portrait studio's texts, in Danish (first) and English; loaded with the studio's chunk. Typed: the compiler checks
 * both languages have every key. Templates name their parts: "{name} har ikke sagt ja til {items} på {channel}."
 */
import type { UiLocale } from '../../../shared/loc/strings';
import type { LixBand } from '../../stories';
import type { CropFormat } from '../domain/crops';
import type { DraftField, DraftProblem } from '../domain/portraitDraft';
import type { ConsentItem } from '../domain/posts';
import type { PortraitChannel, ShareStatus } from '../domain/models';
import type { StatusAction, StatusProblem } from '../domain/shareStatus';
import { da } from './studioTextsDa';
import { en } from './studioTextsEn';

export interface IStudioTexts {
  readonly loading: string;
  readonly empty: string;
  readonly newPortrait: string;
  readonly listHeading: string;
  readonly columns: { readonly name: string; readonly profession: string; readonly actions: string };
  readonly edit: string;
  readonly editButton: string;
  readonly share: string;
  readonly shareButton: string;
  readonly back: string;
  readonly channels: Readonly<Record<PortraitChannel | 'intranet', string>>;
  readonly statuses: Readonly<Record<ShareStatus, string>>;
  readonly withdrawals: {
    readonly heading: string;
    readonly intro: string;
    readonly item: string;
    readonly openPost: string;
    readonly howTo: string;
    readonly openPortrait: string;
  };
  /** Photos whose portrait is taken down everywhere and whose person allows no photo on the intranet (photoRetention.ts). */
  readonly photoRetention: {
    readonly heading: string;
    readonly intro: string;
    /** {count} */
    readonly due: string;
    readonly deleteAll: string;
    readonly confirm: string;
    readonly confirmYes: string;
    readonly cancel: string;
    /** {count} */
    readonly done: string;
    /** {done}, {failed} */
    readonly partly: string;
  };
  readonly form: {
    readonly newTitle: string;
    readonly editTitle: string;
    readonly fields: Readonly<Record<DraftField | 'jobTitle' | 'area', string>>;
    readonly hints: {
      readonly employee: string;
      readonly jobTitle: string;
      readonly jobAdvertUrl: string;
      readonly photo: string;
      readonly photoAlt: string;
    };
    readonly searching: string;
    readonly noMatches: string;
    readonly choose: string;
    readonly chosen: string;
    readonly change: string;
    readonly professionNone: string;
    readonly priorityGroup: string;
    readonly otherGroup: string;
    readonly currentPhoto: string;
    readonly focus: string;
    readonly focusHelp: string;
    readonly focusValue: string;
    readonly save: string;
    readonly saving: string;
    readonly cancel: string;
    readonly saved: string;
    readonly summary: string;
    readonly problems: Readonly<Record<DraftProblem, string>>;
    readonly photoUnreadable: string;
  };
  readonly consent: {
    readonly heading: string;
    readonly readAt: string;
    readonly refresh: string;
    readonly items: Readonly<Record<ConsentItem, string>>;
    readonly and: string;
    readonly yes: string;
    readonly no: string;
    readonly missing: string;
    readonly changed: string;
    readonly ask: string;
    readonly noEmail: string;
  };
  readonly composer: {
    readonly heading: string;
    readonly tone: Readonly<Record<PortraitChannel, string>>;
    readonly text: string;
    readonly chars: string;
    readonly over: string;
    readonly fold: string;
    readonly linkAfterFold: string;
    readonly lix: string;
    readonly lixNone: string;
    readonly bands: Readonly<Record<LixBand, string>>;
    readonly hashtags: string;
    readonly hashtagsHint: string;
    readonly link: string;
    readonly restart: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly images: string;
    readonly open: Readonly<Record<PortraitChannel, string>>;
    readonly newWindow: string;
  };
  readonly status: {
    readonly current: string;
    readonly actions: Readonly<Record<StatusAction, string>>;
    readonly postUrl: string;
    readonly postUrlHint: string;
    readonly date: string;
    readonly changed: string;
    readonly problems: Readonly<Record<StatusProblem, string>>;
    readonly sharedOn: string;
    readonly removedOn: string;
    readonly post: string;
    readonly history: string;
    readonly historyEmpty: string;
    readonly historyItem: string;
    readonly historyFirst: string;
  };
  readonly crops: {
    readonly heading: string;
    readonly intro: string;
    readonly make: string;
    readonly making: string;
    readonly noPhoto: string;
    readonly formats: Readonly<Record<CropFormat, string>>;
    readonly size: string;
    readonly tooSmall: string;
    readonly sides: { readonly width: string; readonly height: string };
    readonly download: string;
    readonly downloadAll: string;
    readonly failed: string;
    readonly preview: string;
    readonly noConsent: string;
  };
}

export function studioTexts(locale: UiLocale): IStudioTexts {
  return locale === 'en' ? en : da;
}

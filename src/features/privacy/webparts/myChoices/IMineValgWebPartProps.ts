export interface IMineValgWebPartProps {
  /** The municipality's privacy notice (purpose, basis, recipients incl. LinkedIn, retention). */
  privacyNoticeUrl: string;
}

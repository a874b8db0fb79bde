export interface IIndsendNavnenytWebPartProps {
  /** 'editor' lets the form also create memorials (communications' own page). */
  role: 'hr' | 'editor';
}

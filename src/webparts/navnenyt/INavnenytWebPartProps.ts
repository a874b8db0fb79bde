export interface INavnenytWebPartProps {
  title: string;
  daysBack: number;
  daysAhead: number;
  maxItems: number;
  area: string;
}

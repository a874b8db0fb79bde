export interface IMedarbejderhistorierWebPartProps {
  title: string;
  maxItems: number;
  theme: string;
  area: string;
}

export interface IMedarbejderportraetterWebPartProps {
  title: string;
  maxItems: number;
  profession: string;
}

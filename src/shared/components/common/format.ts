/** Fills `{0}`, `{1}`… in an interface text. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const value = values[Number(i)];
    return value === undefined ? whole : String(value);
  });
}

/** Fills `{0}`, `{1}`… in an interface text. */
export function fill(template: string, ...values: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => values[Number(i)] ?? whole);
}

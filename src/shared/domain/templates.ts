/** Texts with named parts, as loc writes them: "Jubilæet markeres {when}, fordi jubilæumsdagen er {reason}." */

/** Fills a template's {names}; a name without a value stays as it is (a mistake in loc shows instead of vanishing). */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

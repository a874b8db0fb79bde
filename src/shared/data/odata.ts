/** OData literals for $filter, escaped in one place. */

/** A string literal: single quotes doubled, as SharePoint's OData grammar requires. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A date/time literal for a DateTime column, from an ISO instant (`2026-11-26T23:00:00Z`). */
export function odataDateTime(isoInstant: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(isoInstant)) {
    throw new Error(`Ugyldigt tidspunkt til filter: ${isoInstant}`);
  }
  return `datetime'${isoInstant}'`;
}

export function odataNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new Error(`Ugyldigt tal til filter: ${value}`);
  }
  return String(value);
}

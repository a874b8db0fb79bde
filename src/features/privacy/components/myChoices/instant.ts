/** An instant (ISO) as Copenhagen date and time, short: "27.11.2026 10.30" in Danish. */
export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

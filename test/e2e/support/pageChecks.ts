/** Checks run on the front page in the browser: axe-core (WCAG 2.1 AA), console errors, keyboard focus walk. */
import type { Page } from 'playwright-core';

const AXE = require.resolve('axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface IAxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface IAxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: IAxeNode[];
}

export async function axeViolations(page: Page): Promise<IAxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: IAxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })) }));
  }, WCAG_TAGS);
}

/** Violations as readable text, one block per rule with its elements. */
export function formatViolations(violations: readonly IAxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Collects console errors, uncaught page errors and failed responses from the moment it is called. */
export function watchErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // A request still running when the page navigates (a reload, a sign-in) is cancelled by the browser: not a failure.
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${reason})`);
  });
  return () => errors.slice();
}

export interface IFocusStop {
  readonly tag: string;
  readonly id: string;
  readonly role: string;
  readonly name: string;
  /** The web part the element belongs to (data-webpart), or ''. */
  readonly webPart: string;
  /** True when the focused element (or its ::before/::after, or its field group's) draws an outline, ring or shadow. */
  readonly indicator: boolean;
}

/** Presses Tab until focus leaves the page or returns to an element seen before; returns every stop. */
export async function tabThrough(page: Page, max = 400): Promise<IFocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: IFocusStop[] = [];
  const seen = new Set<unknown>();
  let last = '';
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const key = el.getAttribute('data-e2e-key') ?? String(Math.random());
      el.setAttribute('data-e2e-key', key);
      const visible = (s: CSSStyleDeclaration): boolean =>
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
        (s.boxShadow !== 'none' && s.boxShadow !== '') ||
        (s.content !== 'none' && s.content !== '' && s.borderStyle !== 'none' && parseFloat(s.borderTopWidth) > 0);
      // Fluent UI draws a text field's focus ring on its field group (the input's parent) as an ::after border.
      const ring = (e: Element | null): boolean => !!e && (visible(getComputedStyle(e, '::after')) || visible(getComputedStyle(e, '::before')));
      const indicator = visible(getComputedStyle(el)) || ring(el) || ring(el.parentElement) || ring(el.parentElement?.parentElement ?? null);
      const labelled = el.getAttribute('aria-labelledby');
      const name = (el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled.split(' ')[0])?.textContent : null) ?? el.textContent ?? '').trim();
      return {
        key,
        tag: el.tagName.toLowerCase(),
        id: el.id,
        role: el.getAttribute('role') ?? '',
        name: name.slice(0, 80),
        webPart: el.closest('[data-webpart]')?.getAttribute('data-webpart') ?? '',
        indicator,
      };
    });
    if (!stop) break;
    // A date input keeps focus for its day, month and year parts: several Tabs, one stop.
    if (stop.key === last) continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    last = stop.key;
    stops.push({ tag: stop.tag, id: stop.id, role: stop.role, name: stop.name, webPart: stop.webPart, indicator: stop.indicator });
  }
  return stops;
}

/** Tabbable, rendered elements the focus walk never reached (call after tabThrough). */
export async function unreachedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = Array.from(
      document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]'),
    );
    const out: string[] = [];
    for (const el of candidates) {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [aria-hidden="true"]')) continue;
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name) {
        const group = document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
        if (Array.from(group).some((r) => r.checked)) continue;
      }
      if (el.hasAttribute('data-e2e-key')) continue;
      const where = el.closest('[data-webpart]')?.getAttribute('data-webpart') ?? 'page';
      out.push(`${where}: ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}"`);
    }
    return out;
  });
}

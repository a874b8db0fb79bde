/**
 * Generated images (SVG text), never photos of real people: friendly abstract avatars with initials, and
 * landscape illustrations for stories (sea, fields, town). Colours are picked deterministically; initials are
 * white on a background that meets WCAG AA (at least 4.5:1).
 */
import { initialsOf } from './names';
import { createRandom, hashString, IRandom } from './prng';

export interface ISeedImage {
  /** File name in the picture library, ASCII. */
  readonly fileName: string;
  /** The SVG document. */
  readonly content: string;
  /** Danish alternative text. */
  readonly alt: string;
}

/** Avatar backgrounds; every one has at least 4.5:1 contrast with white text (checked by the tests). */
export const AVATAR_BACKGROUNDS: readonly string[] = [
  '#1F4E79', '#0B6E4F', '#6B2C91', '#A4262C', '#005B70', '#8A4B08', '#3B3A8F', '#5C4A14', '#00607A', '#7A1F5C', '#2F5D1E', '#4A4A4A',
];

/** Lighter decorative accents (no text is drawn on them). */
const ACCENTS: readonly string[] = ['#F2C14E', '#F78154', '#9BC1BC', '#B8D8BA', '#FAD4C0', '#A9D6E5', '#E2C2FF', '#FFE8A3'];

export const AVATAR_TEXT_COLOUR = '#FFFFFF';

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #RRGGBB colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A square avatar: coloured background, two soft decorative shapes in the corners, white initials in the middle. */
export function avatarSvg(displayName: string): string {
  const random = createRandom(hashString(displayName.normalize('NFC')));
  const bg = random.pick(AVATAR_BACKGROUNDS);
  const accent = random.pick(ACCENTS);
  const accent2 = random.pick(ACCENTS);
  const initials = escapeXml(initialsOf(displayName));
  const r1 = random.int(70, 110);
  const r2 = random.int(50, 90);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400" role="img"',
    ` aria-label="${escapeXml(`Illustration med initialerne ${initialsOf(displayName)}`)}">`,
    `<rect width="400" height="400" fill="${bg}"/>`,
    `<circle cx="${400 - r1 / 3}" cy="${r1 / 3}" r="${r1}" fill="${accent}" opacity="0.55"/>`,
    `<circle cx="${r2 / 3}" cy="${400 - r2 / 3}" r="${r2}" fill="${accent2}" opacity="0.45"/>`,
    `<text x="200" y="200" dy="0.35em" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="150"`,
    ` font-weight="600" fill="${AVATAR_TEXT_COLOUR}">${initials}</text>`,
    '</svg>',
  ].join('');
}

export type HeroMotif = 'sea' | 'fields' | 'town' | 'wind' | 'harbour' | 'road' | 'forest' | 'school' | 'homes';

const SKIES: readonly (readonly [string, string])[] = [
  ['#CDE7F0', '#FDF3E1'], ['#B9D9EB', '#EAF4F4'], ['#FCE3C8', '#FFF7EC'], ['#D7E3FC', '#F4F1FF'], ['#C8E6D0', '#F5FBEF'],
];

function hills(random: IRandom, y: number, colour: string): string {
  const a = y + random.int(-30, 30);
  const b = y + random.int(-40, 20);
  return `<path d="M0 ${a} C 300 ${b - 60}, 700 ${b + 40}, 1200 ${y + random.int(-30, 10)} L1200 600 L0 600 Z" fill="${colour}"/>`;
}

function sea(random: IRandom, y: number): string {
  const waves: string[] = [`<rect x="0" y="${y}" width="1200" height="${600 - y}" fill="#2E7DA6"/>`];
  for (let i = 0; i < 6; i++) {
    const wy = y + 20 + i * 22;
    const x = random.int(0, 200);
    waves.push(`<path d="M${x} ${wy} q 40 -10 80 0 t 80 0 t 80 0" stroke="#A9D6E5" stroke-width="4" fill="none" opacity="0.7"/>`);
  }
  return waves.join('');
}

function town(random: IRandom, baseY: number, colour: string): string {
  const parts: string[] = [];
  let x = random.int(380, 520);
  for (let i = 0; i < 7; i++) {
    const w = random.int(50, 90);
    const h = random.int(50, 110);
    parts.push(`<rect x="${x}" y="${baseY - h}" width="${w}" height="${h}" fill="${colour}"/>`);
    parts.push(`<path d="M${x - 6} ${baseY - h} L${x + w / 2} ${baseY - h - 35} L${x + w + 6} ${baseY - h} Z" fill="#A4262C" opacity="0.85"/>`);
    if (i === 3) {
      parts.push(`<rect x="${x + w / 2 - 14}" y="${baseY - h - 120}" width="28" height="90" fill="#F4F1EA"/>`);
      parts.push(`<path d="M${x + w / 2 - 20} ${baseY - h - 120} L${x + w / 2} ${baseY - h - 175} L${x + w / 2 + 20} ${baseY - h - 120} Z" fill="#3B3A8F"/>`);
    }
    x += w + random.int(6, 20);
  }
  return parts.join('');
}

function windTurbines(random: IRandom, baseY: number): string {
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    const x = 150 + i * 260 + random.int(-40, 40);
    const top = baseY - random.int(180, 260);
    const angle = random.int(0, 119);
    parts.push(`<rect x="${x - 3}" y="${top}" width="6" height="${baseY - top}" fill="#F4F4F4"/>`);
    parts.push(`<g transform="rotate(${angle} ${x} ${top})" fill="#FFFFFF">`);
    for (const r of [0, 120, 240]) parts.push(`<rect x="${x - 3}" y="${top - 90}" width="6" height="90" transform="rotate(${r} ${x} ${top})"/>`);
    parts.push('</g>');
  }
  return parts.join('');
}

function fieldStripes(random: IRandom, y: number): string {
  const colours = ['#C9B458', '#8DB360', '#E2CF7D', '#6E9B47'];
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) {
    const top = y + i * 40;
    parts.push(`<path d="M0 ${top + random.int(0, 15)} L1200 ${top - random.int(0, 25)} L1200 ${top + 45} L0 ${top + 55} Z" fill="${colours[(i + random.int(0, 3)) % colours.length]}"/>`);
  }
  return parts.join('');
}

/** A wide landscape illustration (1200×600) for a story, built from its motif. */
export function heroSvg(key: string, motif: HeroMotif): string {
  const random = createRandom(hashString(key));
  const [skyTop, skyBottom] = random.pick(SKIES);
  const gradientId = `sky${hashString(key).toString(36)}`;
  const parts: string[] = [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 600" width="1200" height="600">',
    `<defs><linearGradient id="${gradientId}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient></defs>`,
    `<rect width="1200" height="600" fill="url(#${gradientId})"/>`,
    `<circle cx="${random.int(120, 1080)}" cy="${random.int(70, 160)}" r="${random.int(40, 70)}" fill="#F7C548" opacity="0.9"/>`,
  ];
  switch (motif) {
    case 'sea':
    case 'harbour':
      parts.push(hills(random, 330, '#B8D8BA'), sea(random, 380));
      if (motif === 'harbour') {
        parts.push(town(random, 380, '#5C6B73'));
        parts.push('<path d="M880 380 L880 200 L1040 200" stroke="#F78154" stroke-width="12" fill="none"/>');
      }
      break;
    case 'fields':
    case 'forest':
      parts.push(hills(random, 300, '#9BC1BC'), fieldStripes(random, 380));
      if (motif === 'forest') {
        for (let i = 0; i < 14; i++) {
          const x = random.int(0, 1200);
          parts.push(`<path d="M${x} 300 L${x + 30} 390 L${x - 30} 390 Z" fill="#2F5D1E"/>`);
        }
      }
      break;
    case 'wind':
      parts.push(hills(random, 360, '#8DB360'), windTurbines(random, 400), fieldStripes(random, 420));
      break;
    case 'road':
      parts.push(hills(random, 330, '#8DB360'));
      parts.push('<path d="M520 600 L640 330 L660 330 L860 600 Z" fill="#4A4A4A"/>');
      parts.push('<path d="M688 600 L650 330" stroke="#FFFFFF" stroke-width="6" stroke-dasharray="30 24"/>');
      break;
    case 'town':
    case 'school':
    case 'homes':
      parts.push(hills(random, 360, '#B8D8BA'), town(random, 430, motif === 'school' ? '#F2C14E' : '#E7D8C9'));
      parts.push(`<rect x="0" y="430" width="1200" height="170" fill="${motif === 'homes' ? '#8DB360' : '#6E9B47'}"/>`);
      break;
  }
  parts.push('</svg>');
  return parts.join('');
}

export const MOTIF_ALT: Readonly<Record<HeroMotif, string>> = {
  sea: 'Tegnet illustration: Kattegat med bølger og grønne skrænter i solskin',
  harbour: 'Tegnet illustration: havnen med kran, huse og hav',
  fields: 'Tegnet illustration: bølgende marker i gule og grønne striber under en lys himmel',
  forest: 'Tegnet illustration: granskov og marker på Djursland',
  wind: 'Tegnet illustration: vindmøller på en bakke over marker',
  road: 'Tegnet illustration: en landevej der snor sig gennem grønt landskab',
  town: 'Tegnet illustration: en lille by med røde tage og et hvidt kirketårn',
  school: 'Tegnet illustration: en skolebygning i en lille by med kirketårn',
  homes: 'Tegnet illustration: nye huse med røde tage og grønne plæner',
};

export function avatarImage(fileStem: string, displayName: string): ISeedImage {
  return { fileName: `avatar-${fileStem}.svg`, content: avatarSvg(displayName), alt: `Tegnet avatar med initialerne ${initialsOf(displayName)}` };
}

export function heroImage(fileStem: string, motif: HeroMotif): ISeedImage {
  return { fileName: `historie-${fileStem}.svg`, content: heroSvg(fileStem, motif), alt: MOTIF_ALT[motif] };
}

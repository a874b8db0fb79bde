import { workplacePreposition } from '../../src/shared/domain/texts';

export const TOWNS: readonly string[] = [
  'Grenaa', 'Auning', 'Allingåbro', 'Ørsted', 'Glesborg', 'Ørum', 'Trustrup', 'Vivild', 'Bønnerup', 'Fjellerup',
];

export const AREAS = {
  sso: 'Social, Sundhed og Omsorg',
  bs: 'Børn og Skole',
  tm: 'Teknik og Miljø',
  kb: 'Kultur og Borgerservice',
  op: 'Økonomi og Personale',
  ja: 'Job og Arbejdsmarked',
} as const;

export type AreaKey = keyof typeof AREAS;
export type AreaName = (typeof AREAS)[AreaKey];
export const AREA_NAMES: readonly AreaName[] = Object.values(AREAS);

export type WorkplaceKind =
  | 'homecare' | 'nursinghome' | 'nursing' | 'rehab' | 'social' | 'authority'
  | 'school' | 'daycare' | 'family' | 'roads' | 'planning' | 'citizen' | 'library' | 'admin' | 'it' | 'cleaning' | 'job';

export interface IWorkplace {
  readonly name: string;
  readonly town: string;
  readonly area: AreaName;
  readonly kind: WorkplaceKind;
  /** Relative number of employees. */
  readonly size: number;
}

const wp = (name: string, town: string, area: AreaName, kind: WorkplaceKind, size: number): IWorkplace => ({ name, town, area, kind, size });

export const WORKPLACES: readonly IWorkplace[] = [
  wp('Hjemmeplejen Syd', 'Allingåbro', AREAS.sso, 'homecare', 80),
  wp('Hjemmeplejen Nord', 'Glesborg', AREAS.sso, 'homecare', 70),
  wp('Hjemmeplejen Grenaa', 'Grenaa', AREAS.sso, 'homecare', 95),
  wp('Hjemmeplejen Vest', 'Auning', AREAS.sso, 'homecare', 70),
  wp('Plejecenter Møllevangen', 'Grenaa', AREAS.sso, 'nursinghome', 85),
  wp('Plejecenter Solbakken', 'Auning', AREAS.sso, 'nursinghome', 70),
  wp('Plejecenter Kildevang', 'Ørum', AREAS.sso, 'nursinghome', 55),
  wp('Plejecenter Rosengården', 'Allingåbro', AREAS.sso, 'nursinghome', 55),
  wp('Plejecenter Fjordparken', 'Ørsted', AREAS.sso, 'nursinghome', 55),
  wp('Plejecenter Bakkegården', 'Vivild', AREAS.sso, 'nursinghome', 45),
  wp('Sygeplejen Norddjurs', 'Grenaa', AREAS.sso, 'nursing', 60),
  wp('Træningscenter Norddjurs', 'Grenaa', AREAS.sso, 'rehab', 40),
  wp('Bofællesskabet Lyngbo', 'Trustrup', AREAS.sso, 'social', 35),
  wp('Botilbuddet Kystvejen', 'Fjellerup', AREAS.sso, 'social', 30),
  wp('Myndighed Sundhed og Ældre', 'Grenaa', AREAS.sso, 'authority', 30),
  wp('Auning Skole', 'Auning', AREAS.bs, 'school', 75),
  wp('Allingåbro Skole', 'Allingåbro', AREAS.bs, 'school', 55),
  wp('Ørsted Skole', 'Ørsted', AREAS.bs, 'school', 45),
  wp('Glesborg Skole', 'Glesborg', AREAS.bs, 'school', 40),
  wp('Vivild Skole', 'Vivild', AREAS.bs, 'school', 30),
  wp('Ørum Skole', 'Ørum', AREAS.bs, 'school', 30),
  wp('Grenaa Søndre Skole', 'Grenaa', AREAS.bs, 'school', 80),
  wp('Grenaa Nordre Skole', 'Grenaa', AREAS.bs, 'school', 75),
  wp('Børnehuset Ørum', 'Ørum', AREAS.bs, 'daycare', 25),
  wp('Børnehuset Solsikken', 'Grenaa', AREAS.bs, 'daycare', 35),
  wp('Børnehaven Skovtrolden', 'Auning', AREAS.bs, 'daycare', 30),
  wp('Vuggestuen Mælkebøtten', 'Grenaa', AREAS.bs, 'daycare', 25),
  wp('Børnehuset Bønnerup', 'Bønnerup', AREAS.bs, 'daycare', 15),
  wp('Børnehuset Fjellerup', 'Fjellerup', AREAS.bs, 'daycare', 15),
  wp('Dagtilbud Allingåbro', 'Allingåbro', AREAS.bs, 'daycare', 30),
  wp('Børnehuset Trustrup', 'Trustrup', AREAS.bs, 'daycare', 20),
  wp('Familieafdelingen', 'Grenaa', AREAS.bs, 'family', 45),
  wp('Vej og Park', 'Ørum', AREAS.tm, 'roads', 55),
  wp('Vej og Park Nord', 'Glesborg', AREAS.tm, 'roads', 25),
  wp('Byg, Natur og Miljø', 'Grenaa', AREAS.tm, 'planning', 45),
  wp('Borgerservice Grenaa', 'Grenaa', AREAS.kb, 'citizen', 35),
  wp('Borgerservice Auning', 'Auning', AREAS.kb, 'citizen', 15),
  wp('Biblioteket i Grenaa', 'Grenaa', AREAS.kb, 'library', 25),
  wp('Biblioteket i Auning', 'Auning', AREAS.kb, 'library', 12),
  wp('Kultur og Fritid', 'Grenaa', AREAS.kb, 'admin', 15),
  wp('Økonomi og Analyse', 'Grenaa', AREAS.op, 'admin', 35),
  wp('HR og Løn', 'Grenaa', AREAS.op, 'admin', 30),
  wp('Digitalisering og IT', 'Grenaa', AREAS.op, 'it', 30),
  wp('Rengøringsenheden', 'Grenaa', AREAS.op, 'cleaning', 60),
  wp('Jobcenter Norddjurs', 'Grenaa', AREAS.ja, 'job', 110),
  wp('Ydelsescenter Norddjurs', 'Grenaa', AREAS.ja, 'job', 40),
  wp('Integration og Sprogcenter', 'Grenaa', AREAS.ja, 'job', 25),
  wp('Ungeenheden Norddjurs', 'Auning', AREAS.ja, 'job', 25),
];

/** Job titles per workplace kind, with relative weights. Titles are lower case as Danes write them mid-sentence. */
export const JOB_TITLES: Readonly<Record<WorkplaceKind, readonly (readonly [string, number])[]>> = {
  homecare: [['social- og sundhedshjælper', 40], ['social- og sundhedsassistent', 35], ['sygeplejerske', 6], ['teamleder', 3], ['planlægger', 3], ['elev, social- og sundhedsassistent', 5]],
  nursinghome: [['social- og sundhedsassistent', 40], ['social- og sundhedshjælper', 30], ['sygeplejerske', 6], ['køkkenassistent', 5], ['ernæringsassistent', 3], ['aktivitetsmedarbejder', 3], ['leder', 1], ['elev, social- og sundhedsassistent', 4]],
  nursing: [['sygeplejerske', 40], ['social- og sundhedsassistent', 8], ['sygeplejefaglig koordinator', 2], ['leder', 1]],
  rehab: [['fysioterapeut', 40], ['ergoterapeut', 35], ['træningsassistent', 8], ['leder', 1]],
  social: [['pædagog', 35], ['social- og sundhedsassistent', 15], ['pædagogmedhjælper', 10], ['socialpædagog', 15], ['leder', 1]],
  authority: [['visitator', 20], ['sagsbehandler', 15], ['ergoterapeut', 8], ['sygeplejerske', 5], ['administrativ medarbejder', 6]],
  school: [['lærer', 70], ['pædagog', 15], ['skolepædagog', 6], ['pædagogmedhjælper', 5], ['skolesekretær', 3], ['pedel', 2], ['skoleleder', 1], ['viceskoleleder', 1]],
  daycare: [['pædagog', 55], ['pædagogmedhjælper', 35], ['pædagogisk assistent', 8], ['dagtilbudsleder', 1], ['køkkenmedarbejder', 2]],
  family: [['socialrådgiver', 60], ['familiebehandler', 15], ['sagsbehandler', 8], ['psykolog', 6], ['administrativ medarbejder', 4], ['afdelingsleder', 1]],
  roads: [['vejmand', 45], ['anlægsgartner', 25], ['maskinfører', 12], ['værkfører', 4], ['mekaniker', 4]],
  planning: [['byggesagsbehandler', 25], ['miljømedarbejder', 15], ['biolog', 8], ['planlægger', 10], ['ingeniør', 10], ['landinspektør', 3]],
  citizen: [['borgerservicemedarbejder', 60], ['sagsbehandler', 20], ['administrativ medarbejder', 8]],
  library: [['bibliotekar', 50], ['biblioteksassistent', 30], ['kulturformidler', 10]],
  admin: [['økonomikonsulent', 25], ['HR-konsulent', 20], ['lønkonsulent', 15], ['administrativ medarbejder', 20], ['kommunikationskonsulent', 6], ['jurist', 6], ['controller', 6]],
  it: [['IT-konsulent', 45], ['IT-supporter', 30], ['systemadministrator', 10], ['digitaliseringskonsulent', 15]],
  cleaning: [['rengøringsassistent', 85], ['serviceleder', 5], ['servicemedarbejder', 10]],
  job: [['sagsbehandler', 35], ['jobkonsulent', 25], ['socialrådgiver', 20], ['virksomhedskonsulent', 10], ['mentor', 6], ['administrativ medarbejder', 6]],
};

/** The profession (portrait category) a job title belongs to, if it is a welfare profession. */
export const PROFESSION_OF_TITLE: Readonly<Record<string, string>> = {
  'social- og sundhedsassistent': 'Social- og sundhedsassistent',
  'social- og sundhedshjælper': 'Social- og sundhedshjælper',
  pædagog: 'Pædagog',
  socialpædagog: 'Pædagog',
  skolepædagog: 'Pædagog',
  pædagogmedhjælper: 'Pædagogmedhjælper',
  lærer: 'Lærer',
  socialrådgiver: 'Socialrådgiver',
  sygeplejerske: 'Sygeplejerske',
  ergoterapeut: 'Ergoterapeut',
  fysioterapeut: 'Fysioterapeut',
};

/** The workplace with its Danish preposition: "på Auning Skole", "i Hjemmeplejen Syd". */
/** "på Grenaa Skole" / "i Hjemmeplejen Syd": the product's own rule (src/domain/texts.ts). */
export function atWorkplace(name: string): string {
  return `${workplacePreposition(name)} ${name}`;
}

import { WorkplaceKind } from './places';
import { Profession } from '../../src/features/portraits/domain/models';

export interface IPortraitText {
  readonly profession: Profession;
  /** The kind of workplace the text describes, when it matters. */
  readonly kind?: WorkplaceKind;
  readonly quote: string;
  /** Paragraphs of plain text. */
  readonly story: readonly string[];
  /** The path of a job advert on norddjurs.dk. */
  readonly advertSlug: string;
}

export const PORTRAIT_TEXTS: readonly IPortraitText[] = [
  {
    profession: 'Social- og sundhedsassistent',
    kind: 'homecare',
    quote: 'Jeg kører ud til mennesker, der har brug for mig – og jeg kører hjem med en følelse af at have gjort en forskel.',
    story: [
      '{fornavn} startede dagen kl. 7 med morgenmøde i {arbejdssted}. Derefter går turen ud på landevejene omkring {by}, hvor borgerne venter.',
      'Det bedste ved jobbet er tilliden. Borgerne lukker {fornavn} ind i deres hjem og deres hverdag, og det er ikke noget, der tages let på.',
      'Som social- og sundhedsassistent har {fornavn} ansvaret for medicin, sårpleje og for at opdage, når noget er ved at ændre sig. Det kræver faglighed – og et godt øje for mennesker.',
    ],
    advertSlug: 'social-og-sundhedsassistent-til-hjemmeplejen',
  },
  {
    profession: 'Social- og sundhedsassistent',
    kind: 'nursinghome',
    quote: 'Der er altid en kollega at sparre med. Vi står sammen, også på de travle dage.',
    story: [
      'I {arbejdssted} er {fornavn} kendt for sit gode overblik og for altid at have et smil klar til både borgere og pårørende.',
      '{fornavn} tog uddannelsen som voksen efter mange år i detailhandlen. Beslutningen har {fornavn} aldrig fortrudt: arbejdet giver mening hver eneste dag.',
      'Hos os får nye social- og sundhedsassistenter en fast kontaktperson, og der er tid til at lære. Det var afgørende for {fornavn}, da valget faldt på Norddjurs.',
    ],
    advertSlug: 'social-og-sundhedsassistenter-plejecentre',
  },
  {
    profession: 'Social- og sundhedsassistent',
    quote: 'Det er de små øjeblikke, jeg husker: et grin over kaffen, en hånd, der bliver holdt.',
    story: [
      'Aftenvagterne i {arbejdssted} er {fornavn}s foretrukne. Der er ro, og der er tid til den gode samtale, når dagen lakker mod enden.',
      '{fornavn} er også praktikvejleder og hjælper eleverne godt på vej. Det giver noget at se dem vokse med opgaverne.',
    ],
    advertSlug: 'social-og-sundhedsassistent-aftenvagt',
  },
  {
    profession: 'Social- og sundhedshjælper',
    kind: 'homecare',
    quote: 'Jeg elsker, at ingen dage er ens. Man ved aldrig helt, hvad dagen bringer – men man ved, at den betyder noget.',
    story: [
      '{fornavn} har arbejdet i {arbejdssted} i flere år og kender de fleste veje mellem {by} og kysten udenad.',
      'Hverdagen byder på praktisk hjælp, personlig pleje og mange gode snakke. For nogle borgere er {fornavn} dagens eneste besøg, og det ansvar tager {fornavn} alvorligt.',
      'Fleksible vagter gør, at familielivet hænger sammen – og det er en stor del af grunden til, at {fornavn} bliver.',
    ],
    advertSlug: 'social-og-sundhedshjaelper-hjemmeplejen',
  },
  {
    profession: 'Social- og sundhedshjælper',
    kind: 'nursinghome',
    quote: 'Et godt team gør de tunge dage lettere og de gode dage endnu bedre.',
    story: [
      'På {arbejdssted} arbejder {fornavn} tæt sammen med sygeplejersker, terapeuter og køkkenet. Det tværfaglige samarbejde er noget af det, {fornavn} sætter allermest pris på.',
      '{fornavn} drømmer om at læse videre til social- og sundhedsassistent – og kommunen støtter op med uddannelse på fuld løn.',
    ],
    advertSlug: 'social-og-sundhedshjaelpere-weekend',
  },
  {
    profession: 'Pædagog',
    kind: 'daycare',
    quote: 'Børn mærker med det samme, om man er nærværende. Det er dér, det hele starter.',
    story: [
      'I {arbejdssted} går {fornavn} hver dag på opdagelse sammen med børnene – i sandkassen, i skoven og i de store spørgsmål.',
      'Naturen omkring {by} er en del af pædagogikken. Der er kort til stranden og skoven, og det udnytter {fornavn} og kollegerne året rundt.',
      'Som pædagog i Norddjurs får {fornavn} lov til at præge hverdagen. Ideer bliver taget godt imod, og der er plads til at prøve nyt.',
    ],
    advertSlug: 'paedagog-til-boernehus',
  },
  {
    profession: 'Pædagog',
    kind: 'daycare',
    quote: 'Jeg går hjem hver dag med en lille historie fra børnene, som jeg bare må fortælle videre.',
    story: [
      '{fornavn} er pædagog i {arbejdssted} og har særligt fokus på sprog og leg. Det er i legen, børnene lærer allermest.',
      'Samarbejdet med forældrene er vigtigt for {fornavn}. En god snak ved afhentning kan gøre en stor forskel for et barn.',
    ],
    advertSlug: 'paedagoger-dagtilbud-norddjurs',
  },
  {
    profession: 'Pædagog',
    kind: 'social',
    quote: 'At være en tryg voksen for et menneske, der har brug for det – det er et fag, man kan være stolt af.',
    story: [
      'På {arbejdssted} arbejder {fornavn} med voksne borgere, der har brug for støtte i hverdagen. Ingen dage er ens, og det passer {fornavn} fint.',
      'Faglig sparring og supervision er en fast del af arbejdet. Det giver ro til at stå i de svære situationer.',
      'Uden for arbejdet bor {fornavn} tæt på vandet og nyder, at der er kort fra hverdag til havudsigt.',
    ],
    advertSlug: 'socialpaedagog-botilbud',
  },
  {
    profession: 'Pædagogmedhjælper',
    kind: 'daycare',
    quote: 'Jeg startede som vikar og blev hængende. Her er en stemning, man ikke har lyst til at forlade.',
    story: [
      '{fornavn} kom til {arbejdssted} som vikar og fik hurtigt fast arbejde. I dag er {fornavn} en fast del af holdet på stuen.',
      'Kollegerne har taget imod med åbne arme, og {fornavn} overvejer nu at tage pædagoguddannelsen – med støtte fra arbejdspladsen.',
    ],
    advertSlug: 'paedagogmedhjaelper-vuggestue',
  },
  {
    profession: 'Pædagogmedhjælper',
    kind: 'daycare',
    quote: 'Det er ikke altid det store, der gør en forskel. Nogle gange er det bare at sidde på gulvet og være der.',
    story: [
      'I {arbejdssted} er {fornavn} kendt som den, der altid har en sang klar og et plaster i lommen.',
      '{fornavn} bor i {by} og cykler på arbejde. Det er en af fordelene ved at arbejde tæt på, hvor man bor.',
    ],
    advertSlug: 'paedagogmedhjaelper-boernehave',
  },
  {
    profession: 'Lærer',
    kind: 'school',
    quote: 'Når en elev endelig knækker koden, og øjnene lyser op – det er derfor, jeg blev lærer.',
    story: [
      '{fornavn} underviser i dansk og historie på {arbejdssted}. Klasserne er ikke større, end at der er tid til den enkelte elev.',
      'Lærerteamet planlægger sammen, og der er kort fra idé til handling. Sidste år tog {fornavn}s klasse på lejrskole ved Kattegatkysten.',
      'Som ny lærer i Norddjurs får man en mentor det første år. Det gjorde overgangen fra studiet tryg for {fornavn}.',
    ],
    advertSlug: 'laerer-til-udskolingen',
  },
  {
    profession: 'Lærer',
    kind: 'school',
    quote: 'Skolen er byens hjerte. Her kender vi eleverne, deres familier og byen, de vokser op i.',
    story: [
      'På {arbejdssted} underviser {fornavn} i matematik og natur/teknologi. Undervisningen flytter gerne ud i naturen omkring {by}.',
      '{fornavn} flyttede til Djursland fra Aarhus og har ikke set sig tilbage. Huspriserne, naturen og det tætte fællesskab gjorde udslaget.',
    ],
    advertSlug: 'laerer-matematik-natur-teknologi',
  },
  {
    profession: 'Lærer',
    kind: 'school',
    quote: 'Jeg får lov at være nysgerrig sammen med mine elever hver dag. Det bliver man aldrig træt af.',
    story: [
      '{fornavn} er lærer på {arbejdssted} og har været med til at bygge skolens makerspace op fra bunden.',
      'Samarbejdet med de lokale virksomheder giver eleverne et kig ind i de job, der findes lige uden for skoleporten.',
    ],
    advertSlug: 'laerer-indskolingen',
  },
  {
    profession: 'Socialrådgiver',
    kind: 'family',
    quote: 'Jeg møder familier, når det er svært. At være med til at vende en udvikling er det største i mit arbejde.',
    story: [
      '{fornavn} er socialrådgiver i {arbejdssted} og arbejder med børn og unge, der har brug for ekstra støtte.',
      'Sagstallet er til at overskue, og der er tid til faglig sparring i teamet hver uge. Det var afgørende, da {fornavn} søgte job i Norddjurs.',
      'Kollegerne er {fornavn}s faste holdepunkt: Her deler man både de svære sager og kagen om fredagen.',
    ],
    advertSlug: 'socialraadgiver-boern-og-unge',
  },
  {
    profession: 'Socialrådgiver',
    kind: 'job',
    quote: 'Når en borger kommer i job efter lang tids ledighed, er det en sejr for os begge.',
    story: [
      'I {arbejdssted} hjælper {fornavn} borgere tilbage på arbejdsmarkedet i tæt samarbejde med lokale virksomheder.',
      '{fornavn} sætter pris på det korte beslutningsled: Her kan man ringe direkte til en kollega i en anden afdeling og finde en løsning samme dag.',
    ],
    advertSlug: 'socialraadgiver-jobcenter',
  },
  {
    profession: 'Socialrådgiver',
    kind: 'job',
    quote: 'Min opgave er at se hele mennesket – ikke kun sagen.',
    story: [
      '{fornavn} arbejder som socialrådgiver i {arbejdssted} og har specialiseret sig i unge, der skal finde vej til uddannelse.',
      'Fleksibel arbejdstid og mulighed for hjemmearbejde gør hverdagen med børn og fritidsliv til at få op at stå.',
    ],
    advertSlug: 'socialraadgiver-ungeindsats',
  },
  {
    profession: 'Sygeplejerske',
    kind: 'nursing',
    quote: 'Vi har stor faglig frihed, og jeg får lov at bruge alt det, jeg har lært – og lære nyt hver dag.',
    story: [
      '{fornavn} er sygeplejerske i {arbejdssted} og kører ud til borgere i hele den nordlige del af kommunen.',
      'Det nære sundhedsvæsen stiller store krav, og {fornavn} sætter pris på, at der er tid og penge til efteruddannelse.',
      'Teamet mødes hver morgen, og ingen står alene med de svære beslutninger.',
    ],
    advertSlug: 'sygeplejerske-kommunal-sygepleje',
  },
  {
    profession: 'Sygeplejerske',
    kind: 'nursinghome',
    quote: 'Jeg kom for jobbet og blev for kollegerne – og for udsigten over Kattegat.',
    story: [
      '{fornavn} skiftede hospitalet ud med kommunal sygepleje og har ikke fortrudt. Her følger man borgerne over tid.',
      'I {arbejdssted} er {fornavn} ressourceperson for palliation og hjælper kolleger, når livet nærmer sig sin afslutning.',
    ],
    advertSlug: 'sygeplejerske-plejecenter',
  },
  {
    profession: 'Ergoterapeut',
    kind: 'rehab',
    quote: 'Det handler om, at borgeren selv kan – at kunne tage sin egen kaffe igen er kæmpestort.',
    story: [
      '{fornavn} er ergoterapeut i {arbejdssted} og arbejder med rehabilitering i borgernes eget hjem.',
      'Målet er altid, at borgeren kan klare mest muligt selv. Det kræver kreativitet, tålmodighed og et godt samarbejde med hjemmeplejen.',
    ],
    advertSlug: 'ergoterapeut-rehabilitering',
  },
  {
    profession: 'Ergoterapeut',
    kind: 'authority',
    quote: 'Jeg får lov at tænke i løsninger, der passer til det enkelte menneske. Ingen hjælpemidler er ens.',
    story: [
      'I {arbejdssted} vurderer {fornavn} behov for hjælpemidler og boligændringer – og ser, hvor meget de betyder for hverdagen.',
      '{fornavn} bor i {by} og nyder, at der er kort fra arbejde til strand og skov.',
    ],
    advertSlug: 'ergoterapeut-hjaelpemidler',
  },
  {
    profession: 'Fysioterapeut',
    kind: 'rehab',
    quote: 'At se en borger gå de første skridt efter en operation – det giver mig energi til hele ugen.',
    story: [
      '{fornavn} er fysioterapeut i {arbejdssted} og træner med borgere efter sygdom og operationer.',
      'Holdtræningen er fyldt med grin og god stemning, og mange borgere bliver ved med at træne sammen, når forløbet er slut.',
      '{fornavn} værdsætter, at der er plads til at udvikle nye tilbud – senest et træningshold for borgere med KOL.',
    ],
    advertSlug: 'fysioterapeut-traeningscenter',
  },
  {
    profession: 'Fysioterapeut',
    kind: 'rehab',
    quote: 'Her er kort fra idé til handling. Hvis vi kan se, at noget virker, så gør vi det.',
    story: [
      'I {arbejdssted} arbejder {fornavn} med forebyggende træning for ældre borgere i lokalområdet omkring {by}.',
      'Samarbejdet med de lokale idrætsforeninger betyder, at træningen kan fortsætte i borgerens egen by.',
    ],
    advertSlug: 'fysioterapeut-forebyggelse',
  },
];

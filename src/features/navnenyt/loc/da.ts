import type { INavnenytTexts } from './INavnenytTexts';

export const da: INavnenytTexts = {
  types: { birthday: 'Fødselsdag', jubilee: 'Jubilæum', newColleague: 'Ny medarbejder', retirement: 'Pension', farewell: 'Fratrædelse', memorial: 'Mindeord' },
  groups: { today: 'I dag', thisWeek: 'Denne uge', upcoming: 'Kommende', recent: 'For nylig' },
  words: {
    locale: 'da',
    sentences: {
      birthdayAge: ['{who}fylder {age} år {date}.', '{who}fyldte {age} år {date}.'],
      birthday: ['{who}har fødselsdag {date}.', '{who}havde fødselsdag {date}.'],
      jubileeYears: ['{who}har {years} års jubilæum {date}.', '{who}havde {years} års jubilæum {date}.'],
      jubilee: ['{who}har jubilæum {date}.', '{who}havde jubilæum {date}.'],
      newColleague: ['Vi siger velkommen til {contact}, som starter {date}.', 'Vi siger velkommen til {contact}, som startede {date}.'],
      retirement: ['{who}går på pension {date}.', '{who}gik på pension {date}.'],
      farewell: ['{who}fratræder sin stilling {date}.', '{who}fratrådte sin stilling {date}.'],
      memorial: ['Det er med sorg, at vi har modtaget meddelelsen om, at {who}er død {date}.', 'Det er med sorg, at vi har modtaget meddelelsen om, at {who}er død {date}.'],
    },
    receptionNote: 'Jubilæet markeres {when}, fordi jubilæumsdagen er {reason}.',
    closedDay: { saturday: 'en lørdag', sunday: 'en søndag', other: 'en lukkedag' },
    holidayName: (holiday) => holiday.name,
    greetings: {
      birthdayAge: 'Tillykke med de {age} år, {first}!',
      birthday: 'Tillykke med fødselsdagen, {first}!',
      jubileeYears: 'Tillykke med dit {years} års jubilæum, {first}!',
      jubilee: 'Tillykke med jubilæet, {first}!',
      newColleague: 'Velkommen til {organisation}, {first}!',
      retirement: 'Tillykke med pensionen, {first}, og tak for indsatsen!',
      farewell: 'Tak for samarbejdet, {first}, og held og lykke fremover!',
    },
    mailSubjects: { birthday: 'Tillykke med fødselsdagen', jubilee: 'Tillykke med jubilæet', newColleague: 'Velkommen til', retirement: 'Tillykke med pensionen', farewell: 'Tak for samarbejdet' },
    signOff: 'Mange hilsner',
    ordinal: (n) => `${n}.`,
  },
};

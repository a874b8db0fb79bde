import type { INavnenytTexts } from './INavnenytTexts';

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function ordinal(n: number): string {
  const rest100 = n % 100;
  const suffix = rest100 >= 11 && rest100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const en: INavnenytTexts = {
  types: { birthday: 'Birthday', jubilee: 'Work anniversary', newColleague: 'New colleague', retirement: 'Retirement', farewell: 'Farewell', memorial: 'In memoriam' },
  groups: { today: 'Today', thisWeek: 'This week', upcoming: 'Coming up', recent: 'Recently' },
  words: {
    locale: 'en',
    sentences: {
      birthdayAge: ['{who}turns {age} on {date}.', '{who}turned {age} on {date}.'],
      birthday: ['{who}has a birthday on {date}.', '{who}had a birthday on {date}.'],
      jubileeYears: ['{who}celebrates {years} years of service on {date}.', '{who}celebrated {years} years of service on {date}.'],
      jubilee: ['{who}celebrates a work anniversary on {date}.', '{who}celebrated a work anniversary on {date}.'],
      newColleague: ['We welcome {contact}, who starts on {date}.', 'We welcome {contact}, who started on {date}.'],
      retirement: ['{who}retires on {date}.', '{who}retired on {date}.'],
      farewell: ['{who}leaves their position on {date}.', '{who}left their position on {date}.'],
      memorial: ['It is with sadness that we have received the news that {who}died on {date}.', 'It is with sadness that we have received the news that {who}died on {date}.'],
    },
    receptionNote: 'The anniversary is marked on {when}, because the day itself is {reason}.',
    closedDay: { saturday: 'a Saturday', sunday: 'a Sunday', other: 'a closed day' },
    holidayName: (holiday) => holiday.nameEn,
    greetings: {
      birthdayAge: 'Happy {ordinal} birthday, {first}!',
      birthday: 'Happy birthday, {first}!',
      jubileeYears: 'Congratulations on your {ordinal} work anniversary, {first}!',
      jubilee: 'Congratulations on your work anniversary, {first}!',
      newColleague: 'Welcome to {organisation}, {first}!',
      retirement: 'Congratulations on your retirement, {first}, and thank you for all your work!',
      farewell: 'Thank you for working with us, {first}, and best of luck!',
    },
    mailSubjects: { birthday: 'Happy birthday', jubilee: 'Congratulations on your work anniversary', newColleague: 'Welcome', retirement: 'Congratulations on your retirement', farewell: 'Thank you' },
    signOff: 'Best wishes',
    ordinal,
  },
};

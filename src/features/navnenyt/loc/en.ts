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
  changedFields: {
    name: 'name',
    type: 'event',
    eventDate: 'date',
    years: 'years',
    jobTitle: 'job title',
    workplace: 'workplace',
    area: 'area',
    message: 'message',
    photo: 'photo',
    showFrom: 'show from',
    showUntil: 'show until',
    consentConfirmed: 'consent confirmation',
    approval: 'approval status',
  },
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
  validation: {
    locale: 'en',
    decimalSeparator: '.',
    or: 'or',
    employeeMissing: 'Choose the employee. Type a name or e-mail address in the field and pick the person from the list.',
    typeMissing: 'Choose the kind of name news, e.g. Work anniversary or New colleague.',
    typeEditorOnly: 'Only the communications team creates memorials, by agreement with the relatives. Please contact them.',
    dateMissing: 'Enter the date of the event, e.g. 27/11/2026.',
    dateInvalid: 'That date does not exist. Write it as day/month/year, e.g. 27/11/2026.',
    dateTooOld: 'The date {date} is more than a year ago. Check the year.',
    dateTooFar: 'The date {date} is more than two years ahead. Check the year.',
    jubileeYears: 'Choose the number of years: {allowed}.',
    birthdayAge: 'Enter the round age the employee turns: {allowed}.',
    messageTooLong: 'The message is {length} characters. It can be at most {max} – remove {remove} characters.',
    photoType: 'The photo must be a JPEG or PNG file. Save it in one of those formats and choose it again.',
    photoEmpty: 'The photo file is empty. Choose the photo again.',
    photoTooLarge: 'The photo is {size}. It can be at most 5 MB – choose a smaller photo.',
    showFromInvalid: 'The "Show from" date does not exist. Write it as e.g. 20/11/2026.',
    showUntilInvalid: 'The "Show until" date does not exist. Write it as e.g. 04/12/2026.',
    showUntilBeforeFrom: '"Show until" is before "Show from". Choose a "Show until" date on or after "Show from".',
    showUntilTooLate: 'Name news shows at most {days} days after the event. Choose {last} or earlier.',
    consentMemorial: 'Confirm that the relatives agreed to the memorial. It cannot be sent without this confirmation.',
    consentMention: 'Confirm that the employee agreed to the mention. It cannot be sent without this confirmation.',
  },
  employeeWithoutEmail: 'The employee has no e-mail in the payroll extract. Ask payroll to add it.',
};

/**
 * Names common in Denmark, as data. Frequencies are rough: the first entries of each list are drawn more often.
 * Includes æ, ø, å, Aa-, é, ü and apostrophes on purpose: the product must handle them everywhere.
 */

export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Anne', 'Kirsten', 'Mette', 'Hanne', 'Helle', 'Anna', 'Susanne', 'Lene', 'Maria', 'Marianne',
  'Lone', 'Camilla', 'Pia', 'Louise', 'Charlotte', 'Tina', 'Gitte', 'Inge', 'Bente', 'Karen',
  'Jette', 'Ida', 'Emma', 'Sofie', 'Julie', 'Laura', 'Mathilde', 'Freja', 'Signe', 'Birgitte',
  'Dorthe', 'Trine', 'Rikke', 'Malene', 'Line', 'Stine', 'Maja', 'Karina', 'Heidi', 'Christina',
  'Birthe', 'Ulla', 'Tove', 'Bodil', 'Grethe', 'Kristine', 'Ellen', 'Astrid', 'Clara', 'Agnes',
  'Josefine', 'Nanna', 'Cecilie', 'Katrine', 'Mie', 'Lærke', 'Sørine', 'Solvej', 'Bjørg', 'Åse',
  'Aase', 'Søs', 'Jørgine', 'Ragnhild', 'Vibeke', 'Winnie', 'Merete', 'Annette', 'Pernille', 'Janne',
  'Lise', 'Hjørdis', 'Gudrun', 'Kamilla', 'Sara', 'Sarah', 'Amalie', 'Caroline', 'Nikoline', 'Frida',
  'Renée', 'Zoë', 'Chloé', 'Fatima', 'Aylin', 'Agnieszka', 'Britt', 'Margrethe', 'Dagmar', 'Asta',
];

export const MALE_FIRST_NAMES: readonly string[] = [
  'Peter', 'Jens', 'Lars', 'Michael', 'Henrik', 'Søren', 'Thomas', 'Jan', 'Niels', 'Anders',
  'Morten', 'Jesper', 'Mads', 'Rasmus', 'Per', 'Jørgen', 'Hans', 'Martin', 'Christian', 'Ole',
  'Poul', 'Kim', 'Torben', 'Kasper', 'Frederik', 'Mikkel', 'Jakob', 'Bent', 'Erik', 'Steen',
  'Carsten', 'Flemming', 'Kenneth', 'Brian', 'René', 'Bjørn', 'Jørn', 'Knud', 'Aage', 'Åge',
  'Svend', 'Preben', 'Finn', 'Kåre', 'Kjeld', 'Oluf', 'Asger', 'Troels', 'Esben', 'Bo',
  'Emil', 'Noah', 'Oliver', 'William', 'Lucas', 'Magnus', 'Victor', 'Malthe', 'Oskar', 'Alfred',
  'Carl', 'Tobias', 'Sebastian', 'Mathias', 'Jonas', 'Nikolaj', 'Simon', 'Philip', 'André', 'Jürgen',
  'Sune', 'Ebbe', 'Thorbjørn', 'Øjvind', 'Palle', 'Villy', 'Leif', 'Arne', 'Gunnar', 'Holger',
  'Mohammed', 'Ali', 'Tomasz', 'Joël', 'Aksel', 'Halfdan', 'Anker', 'Birger', 'Ejnar', 'Thøger',
];

export const SURNAMES: readonly string[] = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Jacobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Schmidt',
  'Eriksen', 'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen',
  'Vestergaard', 'Nissen', 'Lauridsen', 'Kjær', 'Jepsen', 'Mogensen', 'Søndergaard', 'Bertelsen', 'Nørgaard', 'Dam',
  'Bech', 'Gregersen', 'Damgaard', 'Kjærgaard', 'Bach', 'Overgaard', 'Bruun', 'Dahl', 'Lind', 'Skov',
  'Vinther', 'Krogh', 'Bisgaard', 'Ravn', 'Friis', 'Aagaard', 'Aaberg', 'Aakjær', 'Aastrup', 'Højgaard',
  'Sønderskov', 'Brøndum', 'Fuglsang', 'Thygesen', 'Bundgaard', 'Mølgaard', 'Kirkegaard', 'Ladefoged', 'Husted', 'Bøgh',
  'Kjeldsen', 'Fogh', 'Dalsgaard', 'Nygaard', 'Skovgaard', 'Hedegaard', 'Lyngsø', 'Søgaard', 'Stræde', 'Grønbæk',
  'Ahmed', 'Hussein', 'Yilmaz', 'Nguyen', 'Kowalski', 'Novak', "O'Neill", 'Müller', 'Schrøder', 'Lefèvre',
];

/** Family names Danes often carry as a middle name ("Anne Holm Jensen"). */
export const MIDDLE_NAMES: readonly string[] = [
  'Holm', 'Lund', 'Skov', 'Bach', 'Krogh', 'Dam', 'Bech', 'Møller', 'Kjær', 'Juul',
  'Brix', 'Hald', 'Dyhr', 'Bak', 'Vang', 'Birk', 'Mørk', 'Frost', 'Nørskov', 'Aaskov',
];

/** Transliterates a name to the ASCII used in e-mail addresses: æ→ae, ø→oe, å→aa, é→e, ü→ue, apostrophes dropped. */
export function toAscii(text: string): string {
  const map: Record<string, string> = {
    æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue', é: 'e', è: 'e', ë: 'e', ê: 'e', ï: 'i', ó: 'o', á: 'a',
  };
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æøåäöüéèëêïóá]/g, (ch) => map[ch] ?? ch)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Initials for an avatar: first letter of the first name and of the last surname part. */
export function initialsOf(displayName: string): string {
  const parts = displayName.split(/\s+/).filter((p) => p.length > 0);
  if (parts.length === 0) return '?';
  const first = parts[0].charAt(0);
  const lastPart = parts[parts.length - 1].split('-')[0].replace(/^O'/, 'O');
  const last = parts.length > 1 ? lastPart.charAt(0) : '';
  return (first + last).toLocaleUpperCase('da-DK');
}

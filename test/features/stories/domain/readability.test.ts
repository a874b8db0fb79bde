import { lix, lixBand, splitSentences, wordsOf } from '../../../../src/features/stories/domain/readability';

describe('LIX (Danish readability)', () => {
  it('does not end a sentence after bl.a., f.eks., fx., ca., kl., nr. or jf.', () => {
    const s = splitSentences([
      'Hjemmeplejen kører bl.a. til Glesborg og f.eks. til Ørum hver dag. Turen tager ca. en time, fx. når vejene er glatte.',
      'Vi mødes kl. 7.30 i bygning nr. 4, jf. aftalen med lederen.',
    ]);
    expect(s.map((x) => x.text)).toEqual([
      'Hjemmeplejen kører bl.a. til Glesborg og f.eks. til Ørum hver dag.',
      'Turen tager ca. en time, fx. når vejene er glatte.',
      'Vi mødes kl. 7.30 i bygning nr. 4, jf. aftalen med lederen.',
    ]);
  });

  it('keeps dots in numbers and dates inside the sentence, and ends at : ! ? and paragraph breaks', () => {
    const s = splitSentences(['Den 17. maj havde biblioteket 5.678 besøgende. Det er rekord!', 'Hvem kom? Mest børnefamilier: de kom om lørdagen', 'Ny overskrift uden punktum']);
    expect(s.map((x) => x.text)).toEqual([
      'Den 17. maj havde biblioteket 5.678 besøgende.',
      'Det er rekord!',
      'Hvem kom?',
      'Mest børnefamilier:',
      'de kom om lørdagen',
      'Ny overskrift uden punktum',
    ]);
  });

  it('ends a sentence after osv. or m.fl. only when a capitalised word follows, and keeps initials together', () => {
    const s = splitSentences(['Vi fejer, salter osv. Bagefter er der kaffe med H.C. Jensen og Anne m.fl. i skuret.']);
    expect(s.map((x) => x.text)).toEqual(['Vi fejer, salter osv.', 'Bagefter er der kaffe med H.C. Jensen og Anne m.fl. i skuret.']);
  });

  it('counts hyphenated words as one word and letters æ, ø and å as letters', () => {
    expect(wordsOf('Social- og sundhedsassistenten (SOSU-assistent) får løn – også på ø-dage.')).toEqual([
      'Social', 'og', 'sundhedsassistenten', 'SOSU-assistent', 'får', 'løn', 'også', 'på', 'ø-dage',
    ]);
    // "sølvbryllup" and "fødselsdag" have more than six letters; "højtid" has exactly six.
    const r = lix(['Sølvbryllup og fødselsdag er en højtid. '.repeat(6)]);
    expect(r.words).toBe(36);
    expect(r.longWords).toBe(12);
    expect(r.sentences).toBe(6);
    expect(r.score).toBe(Math.round(36 / 6 + (12 * 100) / 36));
  });

  it('gives 40 for 20 words per sentence with 20 % long words (the textbook vector)', () => {
    // 16 short words and 4 long words (more than six letters) per sentence.
    const sentence = 'Vi går en tur ad vejen og ser på de to små huse ved kommunens nærmeste sportshal hvor eleverne træner.';
    expect(wordsOf(sentence)).toHaveLength(20);
    const r = lix([sentence, sentence, sentence]);
    expect(r.words).toBe(60);
    expect(r.longWords).toBe(12);
    expect(r.score).toBe(40);
    expect(r.band).toBe('medium');
  });

  it('gives no figure for texts under 30 words, and names the longest sentences', () => {
    expect(lix(['Kort tekst. Kun få ord.']).score).toBeUndefined();
    const long =
      'Når frosten kommer om natten, kører vejmændene ud fra materielgården i Ørsted klokken fire for at salte de cirka fire hundrede kilometer vej, som kommunen har ansvaret for, inden borgerne skal på arbejde.';
    const r = lix([`Det er koldt. ${long} Så er der kaffe.`]);
    expect(r.longestSentences.map((s) => s.text)).toEqual([long]);
    expect(r.longestSentences[0].words).toBe(33);
  });

  it('uses the Danish bands', () => {
    expect([24, 25, 34, 35, 44, 45, 54, 55].map(lixBand)).toEqual(['veryEasy', 'easy', 'easy', 'medium', 'medium', 'hard', 'hard', 'veryHard']);
  });
});

import { DEFAULT_JARGON, findJargon, parseJargon } from '../../../../src/features/stories/domain/jargon';

describe('insider jargon', () => {
  it('finds abbreviations in capitals only, as whole words and as the first part of a hyphenated word', () => {
    const text = 'Vi tog det op i MED-udvalget og med AMR, og SOSU-eleverne var med. Medarbejderne i HMU sagde ja. Team Amr er noget andet.';
    expect(findJargon(text, ['MED', 'AMR', 'SOSU', 'HMU', 'KL'])).toEqual([
      { term: 'MED', count: 1 },
      { term: 'AMR', count: 1 },
      { term: 'SOSU', count: 1 },
      { term: 'HMU', count: 1 },
    ]);
  });

  it('matches other terms in any case, inflected and in compounds, with æ, ø and å, and terms ending in a dot', () => {
    const text = 'Kerneopgaven er vigtig. Vi gør det jf. loven og vedr. ældreplejen; kerneopgave nummer ét. Ældreplejens folk og sygeplejen.';
    expect(findJargon(text, ['kerneopgave', 'jf.', 'vedr.', 'ældrepleje', 'pleje'])).toEqual([
      { term: 'kerneopgave', count: 2 },
      { term: 'jf.', count: 1 },
      { term: 'vedr.', count: 1 },
      { term: 'ældrepleje', count: 2 },
    ]);
  });

  it('reads the setting as lines or commas, and ships typical municipal abbreviations', () => {
    expect(parseJargon('MED\n SOSU , BUF;MED\n\n')).toEqual(['MED', 'SOSU', 'BUF']);
    expect(DEFAULT_JARGON).toEqual(expect.arrayContaining(['MED', 'AMR', 'SOSU', 'PPR', 'APV']));
  });
});

/**
 * Units as a reader of each language writes them. Rule files give a unit in one language (the one
 * of the text they encode); a unit missing here is printed as written.
 */
const PAIRS: ReadonlyArray<readonly [en: string, ro: string]> = [
  ['days', 'zile'],
  ['calendar days', 'zile calendaristice'],
  ['weeks', 'săptămâni'],
  ['months', 'luni'],
  ['years', 'ani'],
  ['hours', 'ore'],
  ['h/day', 'ore/zi'],
  ['% of predicted', '% din valoarea prezisă'],
  ['episodes', 'episoade'],
  ['cycles', 'cicluri'],
  ['complications', 'complicații'],
  ['measurements/day', 'determinări/zi'],
  ['tests', 'teste'],
  ['tests/3 months', 'teste/3 luni'],
];

const TO = {
  ro: new Map(PAIRS.map(([en, ro]) => [en, ro])),
  en: new Map(PAIRS.map(([en, ro]) => [ro, en])),
};

/** The unit in the language of the output. */
export function localizeUnit(unit: string, lang: 'ro' | 'en'): string {
  return TO[lang].get(unit) ?? unit;
}

/** Questions the five documents answer, offered on the empty screen. */
export const exampleQuestions = [
  'Hva er målet for Norsk Helsenett innen 2011?',
  'Hvor mange tiltak skal KS og regjeringen gjennomføre sammen i digitaliseringsstrategien?',
  'Hva mener KS om finansiering av digitalisering i helse- og omsorgstjenesten?',
  'Hva skal alle elever kunne bruke innen 2008?',
] as const;

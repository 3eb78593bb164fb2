// The small words a French place name needs in a sentence (« de la Région de Peel »,
// « d’Ottawa », « dans le Nord-Est de l’Ontario »). Dates and colons are in format.ts.

// Phones are formatted with the phone rules, in lib/content/phone.ts (the error panel,
// a client component, takes frenchPhone from this small module, not the catalogue).
export { frenchPhone } from "../content/phone";

const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/i;
const FEMININE = /^(Région|Municipalité|Ville|Première Nation|Nation|Communauté|Île)(?=[\s-]|$)/;
const MASCULINE = /^(Nord|Sud|Grand|District|Comté|Canton|Territoire)(?=[\s-]|$)/;

/** "de" before a place: « de Sudbury », « d’Ottawa », « de la Région de Peel », « du Nord-Ouest de l’Ontario ». */
export function de(place: string): string {
  if (FEMININE.test(place)) return `de la ${place}`;
  if (MASCULINE.test(place)) return `du ${place}`;
  if (/^Le /.test(place)) return `du ${place.slice(3)}`;
  if (/^Les /.test(place)) return `des ${place.slice(4)}`;
  if (VOWEL.test(place)) return `d’${place}`;
  return `de ${place}`;
}

/** "in" a place: « à Toronto », « dans la Région de Peel », « dans le Nord-Est de l’Ontario ». */
export function dans(place: string): string {
  if (FEMININE.test(place)) return `dans la ${place}`;
  if (MASCULINE.test(place)) return `dans le ${place}`;
  if (/^Partout /.test(place)) return `p${place.slice(1)}`;
  if (/^Le /.test(place)) return `au ${place.slice(3)}`;
  if (/^Les /.test(place)) return `aux ${place.slice(4)}`;
  return `à ${place}`;
}

/** First letter in capitals, for a phrase that starts a heading: « Dans la Région de Peel ». */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr-CA") + text.slice(1);
}

// French formatting helpers for the interface: phone numbers as Ontario's French pages
// write them (1 833 900-1010, never broken across lines), dates (1er décembre 2026), and
// the small words a place name needs in a sentence (« de la Région de Peel », « d’Ottawa »).

const NBSP = "\u00a0";

// Phones are formatted with the phone rules, in lib/content/phone.ts.
export { frenchPhone } from "../content/phone";

const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

/** "2026-11-30" → "30 novembre 2026"; "2026-12-01" → "1er décembre 2026". */
export function formatFrenchDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.getUTCDate();
  return `${day === 1 ? "1er" : day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

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

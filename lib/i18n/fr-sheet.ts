// French referral-sheet strings: the same shape as en-sheet.ts. "Referral sheet" is
// « feuille d’orientation » throughout (« fiche » already means one entry of the directory).
import type { enSheet } from "./en-sheet";
import { plural } from "./plural";

const fiches = (n: number) => plural("fr", n, { one: `${n} fiche`, other: `${n} fiches` });

export const frSheet: typeof enSheet = {
  title: "Feuille d’orientation",
  description: "Une liste à imprimer des services choisis, avec tous les moyens de les joindre, à remettre à quelqu’un ou à garder sur papier.",
  intro: "Des services choisis sur ce site, avec tous les moyens de les joindre.",
  privacyHeading: "Rien de cette feuille n’est enregistré",
  privacy:
    "Ce site n’enregistre pas votre feuille\u00a0: aucun témoin (cookie), aucun stockage, aucun compte. Les fiches choisies se trouvent seulement dans l’adresse de cette page. Cette adresse reste dans l’historique de votre navigateur, comme toute page que vous ouvrez. Toute personne qui peut utiliser ce navigateur peut donc voir les fiches que vous avez choisies.",
  print: "Pour la garder sur papier, utilisez la commande Imprimer de votre navigateur\u00a0: la feuille s’imprime sans les menus, sans les boutons et sans le lien «\u00a0Quitter ce site\u00a0».",
  empty:
    "Cette feuille ne contient encore aucune fiche. Cochez des fiches dans une liste ou dans des résultats de recherche, puis choisissez «\u00a0Faire une feuille avec les fiches cochées\u00a0», ou ajoutez une fiche avec le formulaire «\u00a0Ajouter une fiche\u00a0».",
  count: (n: number) => `${fiches(n)} sur cette feuille`,
  notices: {
    heading: "Une partie de l’adresse a été laissée de côté",
    unknown: (n: number) =>
      plural("fr", n, {
        one: `${fiches(n)} de l’adresse n’a pas été trouvée sur ce site et a été laissée de côté.`,
        other: `${fiches(n)} de l’adresse n’ont pas été trouvées sur ce site et ont été laissées de côté.`,
      }),
    duplicates: (n: number) =>
      plural("fr", n, {
        one: `${fiches(n)} figurait deux fois et n’est affichée qu’une fois.`,
        other: `${fiches(n)} figuraient deux fois et ne sont affichées qu’une fois.`,
      }),
    overLimit: (n: number, max: number) =>
      `Une feuille contient au plus ${fiches(max)}\u00a0: ${fiches(n)} de plus ${plural("fr", n, { one: "a été laissée", other: "ont été laissées" })} de côté.`,
  },
  onSite: "Sur ce site",
  made: "Feuille préparée le",
  qrLabel: "Code QR de l’adresse de cette feuille",
  qrCaption: "Balayez ce code pour ouvrir cette feuille sur un téléphone.",
  edit: {
    legend: "Modifier cette feuille",
    keepHint: "Décochez une fiche pour la retirer.",
    add: "Ajouter une fiche",
    choose: "Choisir une fiche",
    update: "Mettre à jour la feuille",
  },
  tick: "Ajouter à une feuille d’orientation",
  tickName: (name: string) => `Ajouter à une feuille d’orientation\u00a0: ${name}`,
  tickHint:
    "Cochez les fiches voulues, puis faites-en une feuille d’orientation à imprimer. Rien n’est enregistré\u00a0: votre choix se trouve seulement dans l’adresse de la feuille.",
  makeTicked: "Faire une feuille avec les fiches cochées",
  makeResults: "Faire une feuille avec ces résultats",
  // "Results" is masculine: « les 20 premiers sur 57 ».
  firstOf: (shown: number, total: number) => plural("fr", shown, { one: `(le premier sur ${total})`, other: `(les ${shown} premiers sur ${total})` }),
  addThis: "Ajouter à une feuille d’orientation",
  addThisNote: "Commencez une feuille à imprimer avec cette fiche. Vous pourrez y ajouter d’autres fiches.",
  footerLink: "Faire une feuille d’orientation à imprimer",
};

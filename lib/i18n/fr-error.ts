// French error-page strings: the same shape as en-error.ts, in their own small module
// for the same reason (error boundaries are client components).
import type { enError } from "./en-error";

export const frError: typeof enError = {
  title: "Un problème est survenu",
  text: "Cette page ne peut pas s’afficher. Réessayez, ou allez à la page d’accueil.",
  retry: "Réessayer",
  home: "Page d’accueil",
  danger: "En danger maintenant?",
  call911: "Appelez le 911",
  hotline: "Ligne d’urgence canadienne contre la traite des personnes, 24 heures sur 24, 7 jours sur 7\u00a0:",
  exit: "Quitter ce site",
  exitName: "Quitter ce site\u00a0: sortie d’urgence vers un site météo",
  privacyLabel: "Confidentialité",
  privacy: "Ce site n’utilise aucun témoin (cookie) et ne garde aucune trace de vous. Votre navigateur peut quand même garder ce site dans son historique et sa mémoire cache.",
};

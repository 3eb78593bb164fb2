// The French accessibility statement: the same shape and the same facts as
// en-accessibility.ts. When a test is added or dropped there, change this text with it.
import type { enAccessibility } from "./en-accessibility";

export const frAccessibility: typeof enAccessibility = {
  title: "Accessibilité",
  description:
    "La norme que suit ce site (WCAG 2.2, niveau AA), comment il est testé, ce qui manque encore, et comment il fonctionne quand JavaScript est désactivé.",
  written: "Cette déclaration a été révisée pour la dernière fois le",
  // A machine-readable date (the <time> element's dateTime), not text: the same in both languages.
  writtenDate: "2026-11-30",
  sections: [
    {
      id: "standard",
      heading: "La norme que nous suivons",
      paragraphs: [
        "Ce site vise à respecter les Règles pour l’accessibilité des contenus Web (WCAG) 2.2, au niveau AA.",
        "La Loi sur l’accessibilité pour les personnes handicapées de l’Ontario (LAPHO) exige que les sites Web publics du gouvernement de l’Ontario, des organismes du secteur public et des organisations qui comptent 50 employés ou plus en Ontario respectent les WCAG 2.0, au niveau AA. Le niveau AA des WCAG 2.2 comprend toutes les exigences du niveau AA des WCAG 2.0, et en ajoute d’autres.",
      ],
    },
    {
      id: "tests",
      heading: "Ce que nous testons, et comment",
      paragraphs: [
        "Ces vérifications sont des tests automatisés de la suite de tests du site. Elles se font dans le navigateur Chromium. Celles qui dépendent de l’écran (axe, mise en page, impression) se font à la taille d’un téléphone et à celle d’un ordinateur de bureau; les autres, à la taille d’un téléphone\u00a0:",
      ],
      items: [
        "Chaque page qu’on peut atteindre par des liens à partir de la page d’accueil, en anglais et en français, fait l’objet de vérifications de base\u00a0: elle s’ouvre, elle a le lien «\u00a0Quitter ce site\u00a0», l’avis de confidentialité et la ligne d’aide, et elle indique sa langue.",
        "axe, un outil automatisé de vérification de l’accessibilité, vérifie une page de chaque type (en anglais, et en français à la taille d’un téléphone) et chaque fiche dont la mise en page diffère, par exemple une fiche que nous n’avons pas pu confirmer ou une fiche dont l’emplacement est confidentiel, selon les règles des WCAG 2.0, 2.1 et 2.2 pour les niveaux A et AA, avec JavaScript activé et désactivé. Une feuille d’orientation qui contient des fiches est aussi vérifiée.",
        "Chaque page qu’on peut atteindre à partir de la page d’accueil est vérifiée avec le validateur HTML du W3C (vnu)\u00a0: du HTML mal formé, c’est ce qui fait trébucher en premier les lecteurs d’écran et les navigateurs des téléphones plus anciens.",
        "Clavier\u00a0: le lien d’évitement et le lien «\u00a0Quitter ce site\u00a0» sont les deux premiers arrêts quand vous appuyez sur la touche Tab; appuyer trois fois sur la touche Maj fait quitter le site; on peut cocher des fiches et faire une feuille d’orientation avec le clavier seulement.",
        "Petits écrans et zoom\u00a0: une page de chaque type principal (l’accueil, une liste, une fiche, une équipe INTERE, des résultats de recherche, une page d’information) ne doit pas défiler à l’horizontale à 320 pixels CSS de large ni avec un zoom de 200\u00a0%, et le lien «\u00a0Quitter ce site\u00a0» doit y rester visible à l’écran. La feuille d’orientation et cette page sont vérifiées à 320 pixels CSS.",
        "Cibles tactiles\u00a0: sur ces pages, les boutons, les champs de formulaire, les cases à cocher et les liens d’appel mesurent au moins 44 pixels CSS sur 44.",
        "Couleurs forcées (contraste élevé de Windows)\u00a0: le lien «\u00a0Quitter ce site\u00a0» reste visible, sous la forme d’un bouton distinct.",
        "Mode sombre\u00a0: le contraste des couleurs est vérifié avec axe sur le même échantillon de pages.",
        "Animations réduites\u00a0: quand votre appareil demande moins d’animations, aucune animation ni transition ne se déclenche.",
        "Impression\u00a0: une fiche, une liste et une feuille d’orientation s’impriment avec chaque numéro de téléphone écrit au complet, et sans le lien «\u00a0Quitter ce site\u00a0».",
      ],
    },
    {
      id: "gaps",
      heading: "Lacunes connues",
      items: [
        "axe vérifie un échantillon de pages, pas chaque page\u00a0: les pages d’un même type sont faites à partir du même gabarit, alors une page de chaque type représente les autres.",
        "Navigateurs\u00a0: les vérifications automatisées se font dans Chromium. Seul le lien «\u00a0Quitter ce site\u00a0» est aussi testé dans Firefox et dans WebKitGTK, la famille de moteurs dont fait partie Safari; rien n’est testé dans Safari lui-même.",
        "Lecteurs d’écran\u00a0: le site n’a pas encore été testé avec un lecteur d’écran comme NVDA, JAWS, VoiceOver ou TalkBack.",
        "Clavier\u00a0: seules les étapes décrites dans cette déclaration sont testées automatiquement, pas tous les parcours possibles dans chaque page.",
        "Couleurs forcées\u00a0: seul le lien «\u00a0Quitter ce site\u00a0» est vérifié automatiquement.",
        "Les outils de vérification automatisés ne trouvent qu’une partie des problèmes d’accessibilité. D’autres demandent le jugement d’une personne, par exemple pour savoir si un texte est clair.",
        "Autres sites Web\u00a0: les pages officielles, les services de clavardage et les sites Web vers lesquels nous renvoyons sont gérés par d’autres. Nous ne pouvons pas garantir leur accessibilité ni leur confidentialité.",
        "Le code QR d’une feuille d’orientation est une image. Les fiches de la feuille sont écrites en toutes lettres, et à l’écran, l’adresse de la feuille peut être copiée sous forme de texte.",
        "Ce site n’offre pas encore de moyen de nous signaler un problème d’accessibilité.",
      ],
    },
    {
      id: "no-javascript",
      heading: "Quand JavaScript est désactivé",
      paragraphs: [
        "Tout sur ce site fonctionne quand JavaScript est désactivé\u00a0: chaque page est produite sur le serveur. Le lien «\u00a0Quitter ce site\u00a0» est un lien ordinaire. La recherche, les filtres et la feuille d’orientation sont des formulaires ordinaires, et chaque résultat a sa propre adresse, qu’on peut partager.",
        "Quand JavaScript est activé, quelques éléments s’ajoutent\u00a0: le lien «\u00a0Quitter ce site\u00a0» cache aussi la page tout de suite, réagit quand on appuie trois fois sur la touche Maj et remplace la page dans votre historique; les pages des fiches et les feuilles d’orientation ont un bouton pour copier leur adresse, et un bouton Partager quand le navigateur en offre un.",
      ],
    },
  ],
};

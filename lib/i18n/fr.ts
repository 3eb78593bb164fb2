// The French interface catalogue. Typed as Messages, so the compiler proves it has
// exactly the keys and function signatures of en.ts. Plain Canadian French, « vous »;
// non-breaking space (\u00a0) before « : » and inside « », none before ; ? !
// Official names come from /work/shared/sources/fr-glossary.md.

import type { Messages } from "./en";
import { frError } from "./fr-error";
import { FORMATS } from "./format";
import { capitalize, dans, de } from "./fr-format";
import { frSheet } from "./fr-sheet";
import { plural } from "./plural";

export const fr: Messages = {
  site: {
    // The site's name is kept as a proper name (it is also the name of the open data).
    name: "Ontario Trafficking Support",
    tagline: "De l’aide confidentielle pour les personnes touchées par la traite des personnes en Ontario",
    description:
      "Trouvez de l’aide confidentielle en Ontario\u00a0: la Ligne d’urgence canadienne contre la traite des personnes, ouverte 24 heures sur 24, 7 jours sur 7, des lignes d’écoute, des services, des équipes INTERE, des coalitions et du soutien juridique. Aucun témoin (cookie), aucun suivi.",
  },
  language: {
    // Le lien vers cette page dans l’autre langue, écrit dans cette langue.
    other: "English",
    otherName: "Read this page in English",
  },
  skip: { main: "Passer au contenu principal" },
  exit: {
    label: "Quitter ce site",
    skipLabel: "Quitter cette page maintenant",
    accessibleName: "Quitter ce site\u00a0: sortie d’urgence vers un site météo",
    pressesLeft: (n: number) => `Vous avez appuyé sur Maj. Appuyez encore ${n} fois pour quitter ce site.`,
    leaving: "Vous quittez ce site",
    reset: "Sortie rapide annulée.",
  },
  urgent: {
    heading: "Obtenir de l’aide maintenant",
    danger: "En danger maintenant?",
    call911: "Appelez le 911",
    hotlineLead: "Ligne d’urgence canadienne contre la traite des personnes, 24 heures sur 24, 7 jours sur 7, confidentielle\u00a0:",
    hotlineShort: "Ligne d’urgence 24 h/24, 7 j/7",
    chat: "Clavarder en ligne 24 h/24, 7 j/7",
  },
  privacy: {
    label: "Confidentialité",
    text: "Ce site n’utilise aucun témoin (cookie) et ne garde aucune trace de vous. Les mots que vous cherchez lui sont envoyés dans l’adresse de la page. Votre navigateur peut quand même garder ce site, vos recherches et ses fichiers dans son historique et sa mémoire cache.",
    link: "Comment naviguer en sécurité",
  },
  nav: {
    label: "Menu principal",
    home: "Accueil",
    regions: "Aide près de chez vous",
    learn: "S’informer",
    safety: "Naviguer en sécurité",
    kinds: "Types d’aide",
  },
  search: {
    label: "Chercher de l’aide",
    placeholder: "p. ex. ligne d’aide, logement, Toronto",
    button: "Rechercher",
    title: "Recherche",
    resultsFor: (q: string) => `Résultats pour «\u00a0${q}\u00a0»`,
    count: (n: number) => plural("fr", n, { one: `${n} résultat`, other: `${n} résultats` }),
    none: (q: string) => `Aucun résultat pour «\u00a0${q}\u00a0».`,
    noneAdvice:
      "Essayez avec moins de mots ou des mots plus simples, vérifiez l’orthographe ou retirez un filtre. Vous pouvez toujours appeler la ligne d’urgence\u00a0: on vous aidera à trouver de l’aide près de chez vous.",
    empty:
      "Écrivez ce dont vous avez besoin, avec vos mots. Par exemple\u00a0: «\u00a0un endroit où dormir\u00a0», «\u00a0avocat\u00a0» ou «\u00a0Jeunesse, J’écoute\u00a0».",
    dangerHeading: "Si vous êtes en danger maintenant",
    dangerText:
      "Appelez le 911. Pour parler à quelqu’un qui peut vous aider, appelez la Ligne d’urgence canadienne contre la traite des personnes, à toute heure, le jour comme la nuit.",
    filters: "Préciser les résultats",
    apply: "Appliquer les filtres",
    clear: "Effacer les filtres",
    anyKind: "Tous les types",
    anyRegion: "Partout",
    anyAudience: "Tout le monde",
    anyLanguage: "Toutes les langues",
    open247: "Avec une ligne ou un clavardage 24 h/24, 7 j/7 seulement",
    kind: "Type d’aide",
    near: (place: string) => `Près ${de(place)}`,
  },
  listing: {
    title: (label: string) => `${label} en Ontario`,
    filters: "Filtrer cette liste",
    region: "Région",
    audience: "Pour qui",
    apply: "Afficher les résultats",
    clear: "Tout afficher",
    count: (n: number) => plural("fr", n, { one: `${n} fiche`, other: `${n} fiches` }),
    none: "Rien dans cette liste ne correspond à ces filtres.",
    details: (name: string) => `Détails\u00a0: ${name}`,
  },
  entry: {
    metaDescription: (kind: string, description: string) => `${kind}\u00a0: ${description}`,
    reach: "Comment les joindre",
    call: "Appelez le",
    text: (keyword?: string) => (keyword ? `Textez ${keyword} au` : "Textez au"),
    tty: "ATS",
    tollFree: "sans frais",
    chat: "Clavarder en ligne",
    email: "Courriel",
    website: "Site Web",
    address: "Adresse",
    viaPartners: "Communiquez avec l’un des organismes partenaires nommés sur cette page.",
    noContact: "Nos sources ne donnent pas de numéro de téléphone direct. Utilisez le site Web, ou appelez la ligne d’urgence nationale.",
    details: "Détails",
    hours: "Heures d’ouverture",
    open247: "Ouvert 24 h/24, 7 j/7",
    line247: "Ligne 24 h/24, 7 j/7",
    chat247: "Clavardage 24 h/24, 7 j/7",
    whatsapp: "WhatsApp",
    lineOf: (name: string) => `La ligne\u00a0: ${name}`,
    languages: "Langues",
    cost: "Coût",
    audiences: "Pour qui",
    eligibility: "Qui peut y avoir accès",
    regions: "Où",
    referral: "Comment obtenir de l’aide",
    organization: "Organisme responsable",
    partners: "Partenaires",
    about: "À propos",
    verified: "Dernière vérification des renseignements auprès des sources",
    sources: "Sources",
    sourcesNote: "Les renseignements de cette page viennent de ces pages. La plupart sont des pages officielles ou celles de l’organisme lui-même; quelques-unes sont des articles de presse ou d’autres pages, comme l’indiquent leurs titres. Consultez-les pour voir s’il y a des changements.",
    caution: "Attention",
    checkHotlineFirst: "Vérifiez d’abord auprès de la Ligne d’urgence canadienne contre la traite des personnes, à toute heure\u00a0:",
    notOneTap: "Pas de bouton d’appel\u00a0: nous n’avons pas pu confirmer que cette ligne répond encore.",
    confidential:
      "L’adresse reste confidentielle, pour la sécurité des personnes qui y habitent. Joignez le service par le téléphone, le courriel ou le site Web donnés pour lui.",
    ages: "Âge",
    ageRange: (min?: number, max?: number) =>
      min !== undefined && max !== undefined
        ? `De ${min} à ${max} ans`
        : min !== undefined
          ? `${min} ans et plus`
          : max !== undefined
            ? `Jusqu’à ${max} ans`
            : undefined,
    ledBy: "Qui dirige le service",
    offers: "Services offerts",
    intake: "Comment y accéder",
    network: (region: string) => capitalize(dans(region)),
    share: "Partager ou garder cette page",
    shareNote: "Copiez cette adresse pour l’envoyer ou la garder\u00a0:",
    copy: "Copier le lien",
    copied: "Lien copié",
    shareButton: "Partager",
    print: "Imprimez cette page pour garder les numéros sur papier.",
    // Kind labels keep their capitals (« Équipes INTERE »), so no lower-casing here.
    back: (kind: string) => `${kind}\u00a0: toute la liste`,
  },
  places: {
    servesAll: "Au service de tout l’Ontario",
  },
  regionsPage: {
    title: "Aide près de chez vous",
    description:
      "Trouvez de l’aide contre la traite des personnes dans chaque région de l’Ontario\u00a0: d’abord les services locaux, puis les lignes qui servent toute la province.",
    intro: "Choisissez votre région, ou écrivez le nom de votre ville. L’aide locale vient d’abord, puis les lignes qui servent tout l’Ontario.",
    placeLabel: "Votre ville, village ou Première Nation",
    placeHint: "p. ex. Sudbury, Cambridge, Six Nations",
    listHeading: "Régions de l’Ontario",
    localCount: (n: number) => plural("fr", n, { one: `${n} service local`, other: `${n} services locaux` }),
    heading: (region: string) => `Aide ${dans(region)}`,
    regionDescription: (region: string) =>
      `Services locaux contre la traite des personnes ${dans(region)}, et lignes qui servent tout l’Ontario.`,
    covers: (places: string) => `Cette région comprend ${places}.`,
    back: "Toutes les régions",
    localHeading: (region: string) => `Aide locale ${dans(region)}`,
    noLocal: (region: string) =>
      `Nous n’avons pas encore trouvé de service local ${dans(region)}. Les lignes qui servent tout l’Ontario servent aussi cette région. La ligne d’urgence peut aussi trouver de l’aide locale pour vous.`,
    broadHeading: "Lignes qui servent tout l’Ontario",
    broadIntro: (region: string) => `Elles répondent partout en Ontario, y compris ${dans(region)}.`,
    allLink: (region: string, n: number) =>
      plural("fr", n, {
        one: `Voir le service offert ${dans(region)}, avec des filtres`,
        other: `Voir les ${n} services offerts ${dans(region)}, avec des filtres`,
      }),
  },
  networks: {
    "victim-services": {
      heading: "Organismes locaux de services aux victimes",
      intro: "Voici les organismes locaux que nous avons trouvés, par région. Notre liste n’est pas complète.",
      missing:
        "Aucun organisme pour votre région? Appelez la Ligne d’aide aux victimes ou la Ligne d’urgence canadienne contre la traite des personnes\u00a0: on vous aidera à trouver celui qui est près de chez vous.",
    },
    "community-supports": {
      heading: "Organismes présents sur ce site, par région",
      intro: "Organismes communautaires et organismes menés par des Autochtones qui aident les personnes survivantes, regroupés selon la région qu’ils servent.",
      missing:
        "Rien près de chez vous? La Ligne d’urgence canadienne contre la traite des personnes peut vous mettre en contact avec de l’aide locale, à toute heure.",
    },
  },
  learn: {
    heading: "S’informer",
    intro: "Comprendre la traite des personnes, et savoir comment aider.",
    verified: "Dernière vérification",
    sources: "Sources",
  },
  home: {
    findHelp: "Trouver de l’aide",
    nearYou: "Trouver de l’aide près de chez vous",
    nearYouText: "Écrivez le nom de votre ville, ou choisissez votre région.",
    allRegions: "Toutes les régions de l’Ontario",
    kindsIntro: "Chercher par type d’aide",
    learnHeading: "Comprendre la traite des personnes",
    safetyHeading: "Naviguer en sécurité",
    safetyText:
      "Quelqu’un pourrait regarder ce téléphone? Le bouton «\u00a0Quitter ce site\u00a0» ouvre un site météo dans cet onglet. Si JavaScript est activé, il cache aussi cette page tout de suite. Voyez ce qu’il peut faire, et ce qu’il ne peut pas faire.",
  },
  notFound: {
    title: "Page introuvable",
    text: "Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée.",
    home: "Aller à la page d’accueil",
  },
  unavailable: {
    title: "La recherche est indisponible pour le moment",
    text: "Nos serveurs ne répondent pas\u00a0: la recherche, les listes filtrées et les feuilles d’orientation ne peuvent pas s’afficher. Les lignes d’aide et les pages du répertoire restent accessibles.",
    retry: "Réessayez dans quelques minutes\u00a0: la recherche reviendra dès que les serveurs répondront.",
  },
  error: frError,
  sheet: frSheet,
  accessibility: { written: "Cette déclaration a été révisée pour la dernière fois le" },
  footer: {
    about:
      "Ce répertoire présente des services publics. Chaque renseignement vient d’une page publiée nommée avec lui\u00a0: surtout des pages officielles ou celles de l’organisme lui-même. Ce n’est pas un service d’urgence, et il ne donne pas de conseils juridiques.",
    sourcesLink: "Chaque fiche et chaque page d’information indique ses sources et la date de la dernière vérification de ses renseignements.",
    accessibility: "Déclaration d’accessibilité",
  },
  openData: {
    footerLink: "Données ouvertes",
    entryLink: "Cette fiche en données ouvertes (JSON)",
    aboutLink: "à propos des données ouvertes",
    export: {
      organizationDescription: (service: string) => `Gère «\u00a0${service}\u00a0», selon le répertoire Ontario Trafficking Support.`,
      textKeyword: (keyword: string) => `Textez le mot ${keyword}`,
      whatsapp: "WhatsApp seulement\u00a0: envoyez un message WhatsApp (pas un appel ni un texto)",
      chat: "Clavardage en ligne",
      directoryPage: "Cette fiche dans le répertoire Ontario Trafficking Support",
      partnerWebsite: (name: string) => `Site Web\u00a0: ${name}`,
      source: (title: string) => `Source\u00a0: ${title}`,
    },
  },
  kinds: {
    hotlines: {
      label: "Lignes d’aide",
      one: "Ligne d’aide",
      intro: "Des lignes à joindre maintenant, par téléphone, texto ou clavardage. Beaucoup sont ouvertes 24 heures sur 24, 7 jours sur 7.",
    },
    services: {
      label: "Services",
      one: "Service",
      intro: "Programmes communautaires, programmes menés par des Autochtones, programmes gouvernementaux, et services de police à joindre.",
    },
    "care-units": {
      label: "Équipes INTERE",
      one: "Équipe INTERE",
      intro: "Des équipes qui aident les enfants et les jeunes à risque de trafic sexuel, à Toronto et dans la Région de Durham.",
    },
    coalitions: {
      label: "Coalitions",
      one: "Coalition",
      intro: "Des réseaux régionaux d’organismes qui travaillent à la prévention et à la sensibilisation.",
    },
    "legal-supports": {
      label: "Soutien juridique",
      one: "Soutien juridique",
      intro: "Conseils juridiques gratuits, soutien au tribunal, et comment se déroulent les poursuites.",
    },
  },
  regions: {
    canada: "Partout au Canada",
    ontario: "Partout en Ontario",
    northwest: "Nord-Ouest de l’Ontario",
    northeast: "Nord-Est de l’Ontario",
    "ottawa-area": "Ottawa et environs",
    "kingston-pembroke": "Kingston, Quinte et Renfrew",
    "muskoka-kawarthas": "Muskoka, Kawarthas et Peterborough",
    toronto: "Toronto",
    durham: "Région de Durham",
    york: "Région de York",
    peel: "Région de Peel",
    halton: "Région de Halton",
    "kitchener-waterloo-barrie": "Waterloo, Wellington, Dufferin et Simcoe",
    "hamilton-niagara": "Hamilton, Niagara, Brant et Haldimand-Norfolk",
    "london-area": "London, Middlesex, Elgin et Oxford",
    "windsor-sarnia": "Windsor-Essex, Chatham-Kent et Sarnia-Lambton",
    "stratford-bruce": "Perth, Huron, Bruce et Grey",
  },
  audiences: {
    survivors: "Personnes survivantes",
    "children-youth": "Enfants et jeunes",
    women: "Femmes",
    indigenous: "Autochtones",
    "2slgbtq": "Personnes 2ELGBTQ+",
    "family-friends": "Famille et proches",
    "service-providers": "Fournisseurs de services",
    educators: "Personnel éducatif",
    "victims-of-crime": "Victimes d’actes criminels",
    inuit: "Inuits",
    metis: "Métis",
    "migrant-workers": "Travailleurs migrants et travailleurs étrangers temporaires",
    newcomers: "Personnes nouvellement arrivées, réfugiées ou sans statut",
  },
  leadership: {
    indigenous: "Mené par des Autochtones",
    inuit: "Mené par des Inuits",
    metis: "Mené par des Métis",
    survivors: "Mené par des personnes survivantes",
    francophone: "Francophone",
  },
  offers: {
    "crisis-support": "Soutien en situation de crise",
    counselling: "Counseling",
    "trauma-therapy": "Thérapie axée sur les traumatismes",
    "case-management": "Gestion de cas",
    "safety-planning": "Planification de la sécurité",
    shelter: "Refuge ou hébergement sécuritaire",
    "housing-help": "Aide pour trouver un logement",
    "health-care": "Soins de santé",
    "mental-health": "Soutien en santé mentale",
    addictions: "Soutien pour les dépendances",
    "legal-help": "Conseils et aide juridiques",
    "court-support": "Soutien au tribunal",
    "immigration-help": "Aide en matière d’immigration",
    outreach: "Intervention de proximité",
    "peer-support": "Soutien par les pairs",
    "life-skills": "Compétences de la vie quotidienne",
    employment: "Aide aux études et à l’emploi",
    "cultural-healing": "Guérison fondée sur la culture",
    "family-support": "Soutien aux familles",
    prevention: "Prévention et sensibilisation",
    training: "Formation pour les professionnels",
    referrals: "Orientation vers d’autres services",
    reporting: "Signalement à la police ou à une ligne de signalement",
    "financial-help": "Aide financière",
  },
  intakes: {
    "self-referral": "Vous pouvez communiquer avec eux vous-même",
    "referral-needed": "Il faut être orienté par un organisme",
    "self-or-referral": "Communiquez avec eux vous-même, ou faites-vous orienter par un organisme",
  },
  languages: {
    en: "Anglais",
    fr: "Français",
    "indigenous-languages": "Langues autochtones",
    interpretation: "Interprétation dans d’autres langues",
  },
  statuses: {
    active: "Actif",
    unconfirmed: "Non confirmé\u00a0: ce service pourrait ne plus exister",
    inactive: "N’existe plus",
  },
  ...FORMATS.fr,
};

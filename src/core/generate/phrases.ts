/** Planted themes in French and English, so theme clustering and intent signals have something to find. */
export const THEMES: Record<string, { fr: string[]; en: string[] }> = {
  delivery: {
    fr: [
      'Ma commande est toujours pas arrivée, ça fait 10 jours 😕',
      'Livraison super rapide, reçu en 48h !',
      'Vous livrez en Belgique ?',
      'Le colis est arrivé abîmé, comment faire ?',
    ],
    en: [
      'My order still hasnt arrived after two weeks',
      'Shipping was super fast, thanks!',
      'Do you ship to Canada?',
      'Package arrived damaged, what should I do?',
    ],
  },
  price: {
    fr: [
      'Combien coûte le coffret ?',
      'Un peu cher pour moi mais la qualité est là',
      'Il y a des soldes bientôt ? #promo',
      'lien ? je veux commander',
    ],
    en: ['How much is the gift box?', 'Bit pricey but worth it', 'Any discount code coming? #sale', 'where can I buy this?'],
  },
  quality: {
    fr: [
      'La bougie tient vraiment 60 heures, bluffant',
      'Le parfum est moins fort que l ancienne version',
      'Qualité au top comme toujours ✨',
      'la mèche a brûlé de travers sur la mienne',
    ],
    en: [
      'The candle really lasts 60 hours, impressive',
      'Scent is weaker than the old version',
      'Top quality as always ✨',
      'my wick burned unevenly',
    ],
  },
  recommendation: {
    fr: [
      'Je recommande à toutes mes amies !',
      "J'en ai offert trois à Noël, tout le monde a adoré",
      'Meilleure marque de bougies, je ne change plus 🙏',
      'Merci pour le conseil, c était parfait',
    ],
    en: [
      'I recommend it to all my friends!',
      'Gave three as Christmas gifts, everyone loved them',
      'Best candle brand, never switching 🙏',
      'Thanks for the tip, it was perfect',
    ],
  },
  scent: {
    fr: [
      'Vous allez refaire la senteur figue ?',
      'La nouvelle senteur vanille est incroyable',
      'Quelle senteur pour une chambre ?',
      'J adore l odeur du bois de santal',
    ],
    en: [
      'Will you bring back the fig scent?',
      'The new vanilla scent is amazing',
      'Which scent for a bedroom?',
      'Love the sandalwood smell',
    ],
  },
};

export const BRAND_REPLIES = {
  fr: [
    'Merci beaucoup pour votre message 💛',
    'Nous regardons ça tout de suite, pouvez-vous nous écrire en DM ?',
    'Oui, nous livrons partout en Europe !',
    'Merci pour ce retour, on transmet à l atelier.',
  ],
  en: [
    'Thank you so much for your message 💛',
    'We are looking into it, could you DM us?',
    'Yes, we ship worldwide!',
    'Thanks for the feedback, passing it on to the workshop.',
  ],
};

export const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Hugo',
  'Manon',
  'Lucas',
  'Chloé',
  'Nathan',
  'Inès',
  'Jules',
  'Sarah',
  'Emma',
  'Noah',
  'Olivia',
  'Liam',
  'Mia',
  'Ethan',
  'Zoé',
  'Louis',
  'Jade',
  'Arthur',
  'Ava',
  'Mason',
  'Alice',
  'Gabriel',
];
export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Smith',
  'Johnson',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Wilson',
];

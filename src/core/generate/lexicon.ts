/**
 * What the generated community talks about: planted themes × intents, in French and English, with
 * slots ({scent}, {product}, {city}, {country}, {days}, {hours}, {name}) filled per message. Themes
 * are known for every generated message (see the manifest), so theme clustering can be scored.
 */
export const THEME_IDS = ['delivery', 'price', 'quality', 'scent', 'gifting', 'eco', 'workshop'] as const;
export type Theme = (typeof THEME_IDS)[number];

type Bank = Partial<Record<Theme, { fr: string[]; en: string[] }>>;

export const QUESTIONS: Bank = {
  delivery: {
    fr: [
      'Vous livrez en {country} ?',
      'Ma commande est partie ? ça fait {days} jours',
      'Combien de temps pour une livraison à {city} ?',
      'Le retrait en point relais c’est possible ?',
      'Est ce que vous expédiez le samedi ?',
    ],
    en: [
      'Do you ship to {country}?',
      'How long does shipping to {city} take?',
      'Has my order shipped yet? its been {days} days',
      'Can I pick up my order in store?',
    ],
  },
  price: {
    fr: [
      'Combien coûte {product} ?',
      'Il y a un code promo en ce moment ?',
      'Les soldes commencent quand ?',
      'La livraison est offerte à partir de combien ?',
    ],
    en: [
      'How much is {product_en}?',
      'Any discount code at the moment?',
      'When do the sales start?',
      'Is shipping free above a certain amount?',
    ],
  },
  quality: {
    fr: [
      'Combien d’heures tient {product} ?',
      'C’est de la cire de soja ?',
      'La mèche est en coton ou en bois ?',
      'Il faut couper la mèche avant chaque allumage ?',
    ],
    en: ['How many hours does {product_en} burn?', 'Is it soy wax?', 'Is the wick cotton or wood?', 'Should I trim the wick every time?'],
  },
  scent: {
    fr: [
      'Quelle senteur pour un salon ?',
      'Vous allez refaire la senteur {scent} ?',
      'La senteur {scent} est forte ?',
      'Une senteur douce pour une chambre de bébé ?',
    ],
    en: [
      'Which scent for a living room?',
      'Will you bring back {scent_en}?',
      'Is {scent_en} a strong scent?',
      'Something soft for a bedroom?',
    ],
  },
  gifting: {
    fr: [
      'Vous faites des emballages cadeaux ?',
      'Une idée de coffret pour la fête des mères ?',
      'On peut ajouter un petit mot dans le colis ?',
      'Vous avez des cartes cadeaux ?',
    ],
    en: ['Do you offer gift wrapping?', 'Gift box ideas for Mothers Day?', 'Can I add a note to the parcel?', 'Do you sell gift cards?'],
  },
  eco: {
    fr: [
      'Les pots sont recyclables ?',
      'Vous reprenez les contenants vides ?',
      'Les recharges arrivent quand ?',
      'Vos emballages sont sans plastique ?',
    ],
    en: ['Are the jars recyclable?', 'Do you take back empty jars?', 'When are refills coming?', 'Is the packaging plastic free?'],
  },
  workshop: {
    fr: [
      'Le prochain atelier bougies c’est quand ?',
      'Il reste des places pour l’atelier à {city} ?',
      'L’atelier c’est adapté aux enfants ?',
      'Combien de temps dure l’atelier ?',
    ],
    en: [
      'When is the next candle workshop?',
      'Any spots left for the {city} workshop?',
      'Is the workshop ok for kids?',
      'How long is the workshop?',
    ],
  },
};

export const COMPLAINTS: Bank = {
  delivery: {
    fr: [
      'Colis arrivé abîmé, le pot est cassé 😞',
      'Toujours rien reçu après {days} jours, c’est long',
      'Le suivi du colis ne bouge plus depuis {days} jours',
      'Livré chez le voisin sans prévenir...',
    ],
    en: [
      'Parcel arrived damaged, the jar is broken',
      'Still nothing after {days} days, a bit long',
      'Tracking hasnt moved in {days} days',
      'Delivered to my neighbour without notice...',
    ],
  },
  quality: {
    fr: [
      'La mèche a brûlé de travers sur la mienne',
      'Le parfum est moins fort que l’ancienne version',
      'Ma bougie a fait un tunnel au bout de 2 allumages',
      'Le couvercle ne ferme pas bien',
    ],
    en: [
      'My wick burned unevenly',
      'Scent is weaker than the old version',
      'My candle tunneled after two burns',
      'The lid does not close properly',
    ],
  },
  price: {
    fr: ['Les frais de port sont vraiment chers', 'Prix en hausse encore une fois...', 'Le code promo ne marche pas'],
    en: ['Shipping costs are really high', 'Prices went up again...', 'The discount code does not work'],
  },
  scent: {
    fr: [
      'La senteur {scent} ne sent presque rien une fois allumée',
      'Déçue par la nouvelle senteur {scent}',
      'Odeur trop forte, ça me donne mal à la tête',
    ],
    en: ['{scent_en} barely smells once lit', 'Disappointed by the new {scent_en}', 'Scent too strong, gives me a headache'],
  },
  eco: {
    fr: ['Trop de plastique dans le colis, dommage', 'Trois cartons pour une bougie, vraiment ?'],
    en: ['Too much plastic in the parcel, shame', 'Three boxes for one candle, really?'],
  },
};

export const PRAISE: Bank = {
  quality: {
    fr: [
      'La bougie tient vraiment {hours} heures, bluffant',
      'Qualité au top comme toujours ✨',
      'Aucune fumée noire, enfin une bougie propre',
      'Combustion parfaite jusqu au bout',
    ],
    en: [
      'The candle really lasts {hours} hours, impressive',
      'Top quality as always',
      'No black smoke, finally a clean candle',
      'Burns perfectly to the end',
    ],
  },
  scent: {
    fr: [
      'La nouvelle senteur {scent} est incroyable',
      'J’adore l’odeur {scent}',
      'Toute la maison sent la {scent}, un bonheur',
      'Ma senteur préférée reste {scent}',
    ],
    en: [
      'The new {scent_en} is amazing',
      'Love the {scent_en} smell',
      'The whole house smells of {scent_en}',
      'My favourite is still {scent_en}',
    ],
  },
  delivery: {
    fr: ['Livraison super rapide, reçu en 48h !', 'Colis reçu, emballage parfait', 'Reçu ce matin, merci pour le petit mot !'],
    en: ['Super fast shipping, got it in 2 days!', 'Parcel arrived, perfectly packed', 'Arrived this morning, thanks for the little note!'],
  },
  gifting: {
    fr: ['Le coffret était magnifique, ma mère a adoré', 'Offert à ma soeur, elle est fan', 'Le papier cadeau est trop joli'],
    en: ['The gift box was beautiful, my mum loved it', 'Gave one to my sister, she is a fan', 'The gift wrap is so pretty'],
  },
  workshop: {
    fr: ['Merci pour l’atelier de samedi, trop sympa', 'Atelier génial, je repars avec 3 bougies', 'Super moment à l’atelier de {city}'],
    en: ['Thanks for Saturdays workshop, so much fun', 'Great workshop, went home with 3 candles', 'Lovely time at the {city} workshop'],
  },
  eco: {
    fr: ['Bravo pour les recharges, enfin !', 'Merci de reprendre les pots vides 👏'],
    en: ['Love the refills, finally!', 'Thanks for taking back the empty jars'],
  },
};

export const RECOMMENDATIONS = {
  fr: [
    'Je recommande à toutes mes amies !',
    'J’en ai offert trois à Noël, tout le monde a adoré',
    'Meilleure marque de bougies, je ne change plus 🙏',
    'Foncez sur la senteur {scent}, vous ne serez pas déçus',
    'Pour un cadeau c’est toujours mon choix',
  ],
  en: [
    'I recommend it to all my friends!',
    'Gave three as Christmas gifts, everyone loved them',
    'Best candle brand, never switching',
    'Go for {scent_en}, you wont regret it',
    'Always my go to gift',
  ],
};

export const PURCHASES = {
  fr: [
    'lien ? je veux commander',
    'Je viens de commander {product} 😍',
    'Où peut on acheter en boutique à {city} ?',
    'Je prends la senteur {scent} direct',
    'Dispo quand le coffret ? je le veux',
  ],
  en: [
    'where can I buy this?',
    'Just ordered {product_en}!',
    'Is there a shop in {city}?',
    'Taking {scent_en} right away',
    'When is the gift box back? I want it',
  ],
};

export const SMALL_TALK = {
  fr: [
    'Bonjour à tous !',
    'Quelqu’un a testé la nouvelle collection ?',
    'Bonne soirée tout le monde 🕯️',
    'Petite bougie allumée ce soir, ambiance parfaite',
    'Vous brûlez vos bougies combien de temps d’affilée ?',
    'Hâte de voir la collection d’hiver',
    'Coucou le club !',
    'Dimanche pluvieux = bougie + plaid',
  ],
  en: [
    'Hi everyone!',
    'Anyone tried the new collection?',
    'Candle lit tonight, perfect vibe',
    'How long do you burn your candles at a time?',
    'Cant wait for the winter collection',
    'Rainy sunday = candle + blanket',
  ],
};

export const ANSWERS: Bank = {
  delivery: {
    fr: ['Moi je l’ai reçue en 3 jours, patience !', 'Oui ils livrent en {country}, j’ai commandé le mois dernier'],
    en: ['Got mine in 3 days, hang in there!', 'Yes they ship to {country}, ordered last month'],
  },
  price: {
    fr: ['Il y a souvent -20% pour la fête des mères', 'Livraison offerte dès 60 € je crois'],
    en: ['There is usually 20% off for Mothers Day', 'Free shipping above 60 I think'],
  },
  quality: {
    fr: ['Il faut couper la mèche à 5 mm avant chaque allumage 😉', 'Laisse la brûler 2h la première fois, ça évite le tunnel'],
    en: ['Trim the wick to 5mm before each burn', 'Let it burn 2 hours the first time, no tunnel'],
  },
  scent: {
    fr: ['Je te conseille la senteur {scent}, parfaite pour un salon', 'Prends la {scent}, elle est douce'],
    en: ['Try {scent_en}, perfect for a living room', 'Go for {scent_en}, it is soft'],
  },
  gifting: {
    fr: ['Oui l’emballage cadeau est gratuit !', 'Le coffret découverte est top pour offrir'],
    en: ['Yes gift wrapping is free!', 'The discovery box is great as a gift'],
  },
  eco: {
    fr: ['Les pots se recyclent avec le verre !', 'Je ramène les miens en boutique'],
    en: ['The jars go in the glass recycling!', 'I take mine back to the shop'],
  },
  workshop: {
    fr: ['Les dates sont sur le site, rubrique ateliers', 'J’y suis allée, c’est 2h et c’est top'],
    en: ['Dates are on the website, workshops page', 'I went, it is 2 hours and great'],
  },
};

export const AGREE = {
  fr: ['+1 pareil pour moi', 'Trop d’accord !', 'Ah bon ? je savais pas', 'Pareil, j’adore', 'Mdr oui', 'Carrément', 'Idem ici'],
  en: ['+1 same here', 'Totally agree!', 'Oh really? didnt know', 'Same, love it', 'lol yes', 'Absolutely'],
};

export const THANKS = {
  fr: ['Merci pour la réponse rapide !', 'Super merci 🙏', 'Parfait, merci beaucoup', 'Ok je vous écris en DM', 'Top, merci !'],
  en: ['Thanks for the quick answer!', 'Great, thank you', 'Perfect, thanks a lot', 'Ok Ill DM you', 'Cool thanks!'],
};

export const WELCOMES = {
  fr: ['Bienvenue {name} ! 👋', 'Bienvenue dans le club {name} 🕯️', 'Salut {name}, bienvenue !'],
  en: ['Welcome {name}! 👋', 'Welcome to the club {name}', 'Hi {name}, welcome!'],
};

export const BRAND_ANSWERS: Record<Theme, { fr: string; en: string }> = {
  delivery: { fr: 'Nous livrons partout en Europe en 2 à 4 jours ouvrés.', en: 'We ship across Europe in 2 to 4 working days.' },
  price: {
    fr: 'La grande bougie est à 39 € et la livraison est offerte dès 60 €.',
    en: 'The large candle is 39 euros and shipping is free from 60 euros.',
  },
  quality: {
    fr: 'Nos bougies sont en cire de soja avec mèche en coton, environ {hours} h de combustion.',
    en: 'Our candles are soy wax with a cotton wick, about {hours} hours of burn time.',
  },
  scent: { fr: 'La senteur {scent} revient en septembre, promis !', en: '{scent_en} is back in September, promise!' },
  gifting: {
    fr: 'L’emballage cadeau est gratuit, il suffit de cocher la case à la commande.',
    en: 'Gift wrapping is free, just tick the box at checkout.',
  },
  eco: {
    fr: 'Les pots sont recyclables et nous les reprenons en boutique contre une remise.',
    en: 'The jars are recyclable and we take them back in store for a discount.',
  },
  workshop: {
    fr: 'Le prochain atelier a lieu samedi à {city}, inscriptions sur notre site.',
    en: 'The next workshop is on Saturday in {city}, book on our website.',
  },
};

export const BRAND_LINES = {
  greet: { fr: ['Bonjour {name} !', 'Hello {name},', 'Bonjour {name},'], en: ['Hi {name}!', 'Hello {name},'] },
  sorry: {
    fr: [
      'Oh non, désolés {name} 😔 Pouvez-vous nous écrire en DM avec votre numéro de commande ?',
      'Nous sommes navrés {name}, on vous renvoie un colis dès aujourd’hui.',
      'Merci pour ce retour {name}, on transmet à l’atelier et on revient vers vous.',
    ],
    en: [
      'Oh no, so sorry {name} 😔 Could you DM us your order number?',
      'We are sorry {name}, we are sending a new parcel today.',
      'Thanks for the feedback {name}, passing it on to the workshop.',
    ],
  },
  thanks: {
    fr: ['Merci beaucoup {name} 💛', 'Ça nous fait tellement plaisir, merci {name} !', 'Merci {name} ✨'],
    en: ['Thank you so much {name} 💛', 'That makes our day, thanks {name}!', 'Thanks {name} ✨'],
  },
  buy: {
    fr: ['Le lien est dans notre bio 😊', 'Vous pouvez commander sur notre site ou en boutique à {city}.'],
    en: ['Link in our bio 😊', 'You can order on our website or in our {city} shop.'],
  },
  chat: {
    fr: ['Belle soirée à vous aussi 🕯️', 'Merci pour la bonne humeur {name} !'],
    en: ['Have a lovely evening too', 'Thanks for the good vibes {name}!'],
  },
};

export const ANNOUNCEMENTS = {
  fr: [
    '🕯️ Nouvelle collection disponible ! Découvrez la senteur {scent}. #maisonlumiere',
    'Atelier bougies samedi à {city}, 12 places seulement !',
    '-20% ce week-end avec le code LUMIERE20 🎉',
    'Les recharges arrivent enfin, dites-nous ce que vous en pensez',
    'Petit sondage : votre senteur préférée de l’hiver ?',
  ],
  en: [
    'New collection is out! Meet {scent_en}. #maisonlumiere',
    'Candle workshop on Saturday in {city}, only 12 spots!',
    '20% off this weekend with code LUMIERE20',
    'Refills are finally here, tell us what you think',
    'Quick poll: your favourite winter scent?',
  ],
};

export const SLOTS: Record<string, string[]> = {
  scent: ['figue', 'vanille', 'bois de santal', 'ambre', 'fleur d’oranger', 'cèdre', 'lavande', 'feu de bois'],
  scent_en: ['fig', 'vanilla', 'sandalwood', 'amber', 'orange blossom', 'cedar', 'lavender', 'fireside'],
  product: ['la grande bougie', 'le coffret', 'le diffuseur', 'la recharge', 'la brume d’oreiller', 'la bougie de voyage'],
  product_en: ['the large candle', 'the gift box', 'the diffuser', 'the refill', 'the pillow mist', 'the travel candle'],
  city: ['Paris', 'Lyon', 'Bordeaux', 'Nantes', 'Lille', 'Bruxelles', 'Genève', 'Montréal'],
  country: ['Belgique', 'Suisse', 'Allemagne', 'Italie', 'Espagne'],
  country_en: ['Canada', 'the UK', 'Germany', 'the US', 'Ireland'],
};

export const EMOJI = ['😍', '🙏', '✨', '🕯️', '💛', '😊', '🔥', '😅', '🥰', '👍', '❤️'];
export const HASHTAGS: Record<Theme | 'any', string[]> = {
  any: ['#maisonlumiere', '#bougie', '#candle', '#homedecor'],
  delivery: ['#livraison'],
  price: ['#promo', '#soldes'],
  quality: ['#faitmain', '#handmade'],
  scent: ['#senteur', '#parfumdinterieur'],
  gifting: ['#cadeau', '#giftideas'],
  eco: ['#zerowaste', '#ecoresponsable'],
  workshop: ['#atelier', '#diy'],
};

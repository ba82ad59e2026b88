/**
 * What members say about nothing in particular (greetings, weather, weekends, laughs), their short
 * replies (+1, thanks, welcomes), the brand's generic lines and announcements: grammar templates
 * (grammar.ts) in French and English. None of it belongs to a topic.
 */
export const SMALL_TALK = {
  fr: [
    '[Bonjour|Coucou|Hello|Salut] [à tous|tout le monde|la team|les filles] [!|!!|]',
    'Bonne [soirée|nuit|journée|semaine] [tout le monde|à tous] [🕯️|✨|😘|]',
    '[Dimanche pluvieux|Soirée pluvieuse|Il pleut] = [plaid|canapé] + [série|thé] [😌|]',
    '[Quelqu’un|Qui] [regarde|a vu] [le match|la nouvelle série] ce soir ?',
    'Le lundi c’est [dur|compliqué] [😩|mdr|]',
    '[Vivement|Trop hâte] le week-end [!!|]',
    '[Trop|Tellement] [beau|froid|chaud] aujourd’hui à {city}',
    'Vous faites quoi ce week-end ?',
    '[Mdr|Ptdr|Ahah] [trop vrai|j’avoue|c’est tellement ça]',
    'Petit café et c’est parti pour la journée ☕',
    'Je suis [crevée|trop fatiguée] [aujourd’hui|cette semaine] [😴|]',
    'Qui est [là|réveillé] ? [😅|]',
    '[Bon|Allez] je vais [dormir|me coucher], à demain',
    'Il fait [nuit|noir] à 17h, [je déprime|vivement l’été]',
    'Ça fait plaisir de vous lire [ici|le soir] 🥰',
    '[Premier|Enfin le] jour de vacances [🎉|☀️|]',
    'Quelle journée [😮‍💨|pfiou|]',
    '[Joyeux|Bon] anniversaire {name} 🎂',
    'Coucou le club !',
  ],
  en: [
    '[Hi|Hey|Hello|Morning] [everyone|all|guys|lovely people] [!|!!|]',
    'Have a [good|lovely|nice] [evening|night|weekend] [everyone|all] [✨|]',
    '[Rainy sunday|Rainy night] = [blanket|sofa] + [series|tea]',
    'Anyone watching [the game|the new series] tonight?',
    'Mondays are [hard|the worst] [😩|lol|]',
    '[Cant wait|So ready] for the weekend [!!|]',
    '[So|Really] [cold|sunny|grey] today in {city}',
    'What are you all up to this weekend?',
    '[lol|haha|lmao] [so true|same|literally me]',
    'Coffee first, then the day ☕',
    '[So tired|Exhausted] [today|this week] [😴|]',
    'Who is [up|awake]? [😅|]',
    'Ok off to bed, [night all|see you tomorrow]',
    'Dark at 5pm, [not ok|bring back summer]',
    'Love reading you all [here|in the evening] 🥰',
    '[First|Finally] day of holidays [🎉|☀️|]',
    'Happy birthday {name} 🎂',
  ],
};

export const AGREE = {
  fr: [
    '+1 [pareil pour moi|]',
    'Trop d’accord [!|!!|]',
    'Ah bon ? je savais pas',
    'Pareil [!!|mdr|]',
    '[Mdr|Ptdr|Jpp] oui',
    'Carrément',
    'Idem ici',
    'Grave',
    '[Ahah|Haha] [trop vrai|c’est ça]',
    '😂😂',
    'Oui !!',
    'Clairement',
    'Même chose ici',
  ],
  en: [
    '+1 [same here|]',
    'Totally agree[!|]',
    'Oh really? didnt know',
    '[lol|haha] same',
    'lol yes',
    'Absolutely',
    'Same!!',
    'this ^',
    'So true',
    'Yesss',
    '😂😂',
    'Same tbh',
  ],
};

export const THANKS = {
  fr: [
    'Merci pour la réponse [rapide|]!',
    'Super merci 🙏',
    'Parfait, merci beaucoup',
    'Ok je vous écris en DM',
    'Top, merci !',
    'merci !!',
    'Merciii',
    'Ah merci [je savais pas|c’est noté]',
  ],
  en: [
    'Thanks for the quick answer!',
    'Great, thank you',
    'Perfect, thanks a lot',
    'Ok Ill DM you',
    'Cool thanks!',
    'thx!!',
    'Thank youuu',
    'Ah thanks [didnt know|noted]',
  ],
};

export const WELCOMES = {
  fr: ['Bienvenue {name} ! 👋', 'Bienvenue dans le club {name} 🕯️', 'Salut {name}, bienvenue !', 'Bienvenue [parmi nous|ici] {name} [😊|]'],
  en: ['Welcome {name}! 👋', 'Welcome to the club {name}', 'Hi {name}, welcome!', 'Welcome [aboard|in] {name} [😊|]'],
};

export const BRAND_LINES = {
  greet: { fr: ['Bonjour {name} !', 'Hello {name},', 'Bonjour {name},'], en: ['Hi {name}!', 'Hello {name},'] },
  sorry: {
    fr: [
      'Oh non, désolés {name} 😔 Pouvez-vous nous écrire en DM avec votre numéro de commande ?',
      'Nous sommes navrés {name}, on s’en occupe dès aujourd’hui.',
      'Merci pour ce retour {name}, on transmet à l’atelier et on revient vers vous.',
    ],
    en: [
      'Oh no, so sorry {name} 😔 Could you DM us your order number?',
      'We are sorry {name}, we are on it today.',
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
    'Notre appli fait peau neuve : vos points fidélité vous y attendent',
  ],
  en: [
    'New collection is out! Meet {scent}. #maisonlumiere',
    'Candle workshop on Saturday in {city}, only 12 spots!',
    '20% off this weekend with code LUMIERE20',
    'Refills are finally here, tell us what you think',
    'Quick poll: your favourite winter scent?',
    'Our app has a new look: your loyalty points are waiting for you',
  ],
};

/** Said before a member's message now and then. */
export const OPENERS = {
  fr: ['Bonjour', 'Bonjour !', 'Coucou', 'Coucou !', 'Hello', 'Salut', 'Bonsoir', 'Hello la team', 'Dites', 'Bon', 'Alors', 'Euh'],
  en: ['Hi', 'Hey', 'Hello', 'Hiya', 'Hey guys', 'Morning!', 'So', 'Ok so', 'Um'],
};
/** Said after it: tone, politeness, laughter (a thanks now and then, which the helped credit reads). */
export const CLOSERS = {
  fr: ['!!', 'svp', 'stp', 'mdr', 'lol', 'ahah', '😅', '😭', 'bisous', 'bonne journée', ':)', '^^', '...', 'merci', 'franchement', 'bref'],
  en: ['!!', 'pls', 'lol', 'haha', '😅', '😭', 'tbh', 'ngl', 'x', 'xx', ':)', '...', 'thanks', 'honestly', 'anyway'],
};

/** How people shorten words when they type fast (applied to some members' messages). */
export const SLANG: { fr: [RegExp, string][]; en: [RegExp, string][] } = {
  fr: [
    [/\bje (ne )?sais pas\b/g, 'jsp'],
    [/\bbeaucoup\b/g, 'bcp'],
    [/\bvraiment\b/g, 'vrmt'],
    [/\bpourquoi\b/gi, 'pk'],
    [/\bquelqu’un\b/gi, 'qqn'],
    [/\bs’il vous plaît\b/g, 'svp'],
    [/\bparce que\b/g, 'pcq'],
    [/\bje suis\b/gi, 'jsuis'],
    [/\bmaintenant\b/g, 'mtn'],
    [/\baujourd’hui\b/g, 'auj'],
    [/\bc’est\b/gi, 'c'],
    [/\bd’accord\b/gi, 'dac'],
    [/\bj’ai\b/gi, 'jai'],
  ],
  en: [
    [/\byou\b/gi, 'u'],
    [/\byour\b/gi, 'ur'],
    [/\bare\b/g, 'r'],
    [/\bplease\b/gi, 'pls'],
    [/\breally\b/gi, 'rly'],
    [/\bbecause\b/gi, 'bc'],
    [/\btomorrow\b/gi, 'tmrw'],
    [/\bthough\b/gi, 'tho'],
    [/\bI am\b/g, 'im'],
    [/\bprobably\b/gi, 'prob'],
  ],
};

export const EMOJI = ['😍', '🙏', '✨', '🕯️', '💛', '😊', '🔥', '😅', '🥰', '👍', '❤️', '😂', '🤩', '😭', '🤍', '🌿', '😍😍', '🔥🔥'];

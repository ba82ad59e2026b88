import type { TopicBank } from './topics';

/**
 * French grammar of each topic (grammar.ts: `[a|b]` alternatives, `{slot}` values from slots.ts).
 * Questions mostly end with « ? », complaints and praise mostly carry a word the intent rules read
 * (abîmé, déçue, remboursé…; adore, parfait, au top…), as real messages do most of the time, not always.
 */
export const TOPICS_FR: TopicBank = {
  delivery: {
    q: [
      'Vous livrez en {country} ?',
      '[Ma|La] commande {order} est partie ? [ça fait|j’attends depuis] {days} jours',
      'Combien de [temps|jours] pour une livraison à {city} ?',
      'La livraison en point relais c’est possible ?',
      'Vous expédiez le samedi ? [j’en ai besoin pour|c’est pour] {occasion}',
      'Le suivi du colis [indique|dit] « en cours d’acheminement » depuis {days} jours, c’est normal ?',
      'On peut changer l’adresse de livraison après [avoir commandé|la commande] ?',
      'C’est [qui|quel transporteur] qui livre, {carrier} ?',
    ],
    c: [
      'Colis [arrivé|livré] abîmé, [le pot|le verre|la bougie] est cassé[e|] 😞',
      'Toujours pas reçu ma commande après {days} jours, [c’est long|franchement]',
      'Le suivi [ne bouge plus|est bloqué] depuis {days} jours, [{carrier} ne répond pas|personne ne sait où est mon colis]',
      '[Livré|Colis déposé] chez le voisin sans prévenir...',
      '{carrier} a marqué le colis livré mais [j’ai rien reçu|rien dans ma boîte aux lettres]',
      'Deuxième colis [abîmé|écrasé] ce mois ci, [problème|un vrai problème] avec le transporteur',
    ],
    p: [
      'Livraison super rapide, reçu en [48h|24h|deux jours] !',
      'Colis reçu [ce matin|hier], emballage parfait',
      'Reçu [en {n} jours|le lendemain] à {city}, [au top|parfait] le suivi',
      '[J’adore|Trop bien] le petit mot dans le colis [🥰|]',
      'Le livreur a été adorable et le colis nickel',
    ],
    b: [
      'Si je commande [ce soir|aujourd’hui] je suis livrée avant {day} ?',
      'Vous livrez en {country} ? [je veux commander|je voudrais commander] {product}',
      'Les frais de port c’est combien pour {country} ?',
    ],
    r: ['Je recommande, livraison toujours rapide avec {carrier}', 'Commandez sans hésiter, colis [reçu|livré] en {n} jours'],
    a: [
      'Moi je l’ai [reçue|reçu] en {n} jours, patience !',
      'Oui ils livrent en {country}, [j’ai commandé|commande passée] le mois dernier',
      'Le suivi {carrier} met souvent {n} jours à bouger',
      'Regarde [dans tes spams|le mail d’expédition], le lien de suivi y est',
    ],
    brand: [
      'Nous livrons partout en Europe en 2 à 4 jours ouvrés.',
      'Votre colis part de notre atelier sous 48h, le suivi arrive par mail.',
    ],
  },
  price: {
    q: [
      'Combien coûte {product} ?',
      'Il y a un code promo en ce moment ?',
      'Les soldes commencent quand ?',
      'Vous faites le Black Friday cette année ?',
      'Le prix de {product} a augmenté [non|?] ?',
      'La réduction étudiante marche sur [les coffrets|toute la boutique] ?',
    ],
    c: [
      'Les frais de port sont vraiment chers pour une [bougie|petite commande]',
      'Prix en hausse encore une fois... [{product} était à {price} l’an dernier|ça devient cher]',
      'Le code promo ne marche pas [sur le site|au panier], problème ?',
      '{price} [pour une bougie|pour un diffuseur], c’est abusé',
    ],
    p: [
      '[Un peu cher|Pas donné] mais la qualité est là, [ça vaut le prix|parfait]',
      'Super les soldes, [{product} à moins 30 %|j’ai fait le plein] 😍',
      'Prix [honnête|correct] pour une bougie artisanale, bravo',
    ],
    b: [
      'lien ? je veux commander {product}',
      'Prix de {product} svp ?',
      '[Dispo|Encore dispo] en promo {product} ?',
      'Je veux [acheter|le] {product} pendant les soldes, ça commence quand ?',
      'Code promo pour une première commande ?',
    ],
    r: [
      'Je recommande d’attendre les soldes, [{product}|tout] à moins 20 %',
      'Meilleur rapport qualité prix que les bougies de supermarché, je recommande',
    ],
    a: [
      'Il y a souvent [moins 20 %|-20%] pour la fête des mères',
      'Livraison offerte dès 60 € je crois',
      'Inscris toi à la newsletter, tu as 10 % [de réduction|sur la première commande]',
      'Les soldes c’est [fin juin|début janvier] en général',
    ],
    brand: [
      'La grande bougie est à 39 € et la livraison est offerte dès 60 €.',
      'Les soldes commencent mercredi, jusqu’à moins 30 % sur une sélection.',
    ],
  },
  quality: {
    q: [
      'Combien d’heures tient {product} ?',
      'C’est de la cire de soja ou de colza ?',
      'La mèche est en coton ou en bois ?',
      'Il faut couper la mèche avant chaque allumage ?',
      '[Pourquoi|Comment ça se fait que] ma bougie fait de la fumée noire ?',
      'Le plaid bouloche au lavage ?',
    ],
    c: [
      'La mèche a brûlé de travers sur la mienne',
      'Le parfum est moins fort que l’ancienne version',
      'Ma bougie a fait un tunnel [au bout de|après] {n} allumages, [déçue|problème de mèche]',
      'Le couvercle ne ferme pas bien, [déçue|dommage]',
      '{wear} a bouloché après [un lavage|deux lavages], déçue de la qualité',
      'Fumée noire et mèche qui [s’éteint|se noie], problème de cire ?',
    ],
    p: [
      'La bougie tient vraiment {hours} heures, bluffant',
      'Qualité au top comme toujours ✨',
      'Aucune fumée noire, enfin une bougie propre',
      'Combustion parfaite jusqu’au bout, [rien à dire|bravo]',
      '{wear} est [d’une douceur incroyable|magnifique], les finitions sont parfaites',
      'La cire [fond|brûle] parfaitement, [aucun tunnel|zéro tunnel]',
    ],
    b: ['{product} tient combien d’heures ? [je veux commander|je voudrais acheter] la grande'],
    r: [
      'Je recommande, la qualité de la cire est incroyable',
      'Meilleures bougies que j’ai testées, [{hours} heures de combustion|aucune fumée]',
    ],
    a: [
      'Il faut couper la mèche à 5 mm avant chaque allumage 😉',
      'Laisse la brûler 2h la première fois, ça évite le tunnel',
      'La mienne a tenu [{hours}|presque {hours}] heures',
      'Lave le plaid à 30 [à l’envers|en délicat], il bouge pas',
    ],
    brand: [
      'Nos bougies sont en cire de soja avec mèche en coton, environ {hours} h de combustion.',
      'Coupez la mèche à 5 mm et laissez fondre toute la surface au premier allumage.',
    ],
  },
  scent: {
    q: [
      'Quelle senteur pour un [salon|séjour] ?',
      'Vous allez refaire la senteur {scent} ?',
      'La senteur {scent} est forte ?',
      'Une senteur douce pour une chambre de bébé ?',
      'Elle sent quoi [exactement|vraiment] la senteur {scent} ?',
      'La senteur {scent} c’est plutôt [fleuri|boisé|gourmand] ?',
    ],
    c: [
      'La senteur {scent} ne sent presque rien une fois allumée',
      'Déçue par la nouvelle senteur {scent}',
      'Odeur trop forte, ça me donne mal à la tête',
      'La senteur {scent} a changé, elle sent moins bon qu’avant',
    ],
    p: [
      'La nouvelle senteur {scent} est incroyable',
      'J’adore l’odeur {scent} [😍|✨|]',
      'Toute la maison sent bon la senteur {scent}, un bonheur',
      'Ma senteur préférée reste {scent}',
      'Cette odeur de {scent} [le soir|en rentrant du boulot], parfait',
    ],
    b: [
      'Je prends la senteur {scent} direct',
      '[Dispo|Encore dispo] en {scent} ? je la veux',
      'Où acheter la senteur {scent} en [grand format|recharge] ?',
    ],
    r: ['Foncez sur la senteur {scent}, vous ne serez pas déçus', 'Je recommande la senteur {scent} pour le salon, elle embaume tout'],
    a: [
      'Je te conseille la senteur {scent}, parfaite pour un salon',
      'Prends la senteur {scent}, elle est [douce|légère]',
      'La senteur {scent} est [assez boisée|plus fleurie], pas trop forte',
    ],
    brand: [
      'La senteur {scent} revient en septembre, promis !',
      'La senteur {scent} est notre senteur la plus douce, idéale pour une chambre.',
    ],
  },
  sizes: {
    q: [
      '{wear} taille [grand|petit] ou normal ?',
      'Je fais du {size} d’habitude, je prends quelle taille ?',
      'Il y a un guide des tailles [quelque part|sur le site] ?',
      'La grande bougie fait combien de [grammes|centimètres] ?',
      '{wear} existe en [XXL|XS] ?',
      'Les manches sont longues sur {wear} ?',
    ],
    c: [
      '{wear} taille [vraiment petit|beaucoup trop grand], déçue',
      'Commandé un M, reçu un [S|L] 😤 problème de taille',
      'Le guide des tailles ne correspond pas du tout',
      'Le petit format est [minuscule|vraiment petit] pour le prix',
    ],
    p: [
      '{wear} taille parfaitement, [j’adore|trop bien] [🥰|]',
      'Taille [normal|comme prévu], le {size} me va parfaitement',
      'Le grand format est parfait pour le salon',
    ],
    b: [
      '{wear} en {size}, [dispo quand|encore dispo] ?',
      'Je veux commander {wear} mais ma taille est épuisée, [réassort|retour en stock] prévu ?',
    ],
    r: ['Je recommande de prendre une taille au dessus pour {wear}', 'Prenez votre taille habituelle, {wear} taille parfait'],
    a: [
      'J’ai pris ma taille habituelle, ça taille normal',
      'Prends une taille en dessous, ça taille grand',
      'Le guide des tailles est [en bas de la fiche produit|sous la photo]',
      'Je fais du {size} et le M me va',
    ],
    brand: [
      'Nos pyjamas taillent normalement, le guide des tailles est sur chaque fiche produit.',
      'La grande bougie fait 400 g, la petite 180 g.',
    ],
  },
  gifts: {
    q: [
      'Vous faites des emballages cadeaux ?',
      'Une idée de coffret pour {occasion} ?',
      'On peut ajouter un petit mot dans le colis ?',
      'Vous avez des cartes cadeaux ?',
      'Quel cadeau pour {person}, [elle aime|qui aime] les senteurs [douces|boisées] ?',
      'La carte cadeau est valable combien de temps ?',
    ],
    c: [
      'Le papier cadeau était [déchiré|abîmé] à l’arrivée, déçue pour {occasion}',
      'Le coffret de {occasion} n’est pas arrivé à temps, [problème|pas cool] 😞',
      'J’avais coché l’emballage cadeau et [rien|pas d’emballage], déçue',
    ],
    p: [
      'Le coffret était magnifique, {person} a adoré',
      'Offert à {person}, elle est fan',
      'Le papier cadeau est [trop joli|magnifique] 🎁',
      'Meilleur cadeau de {occasion}, merci pour l’emballage',
    ],
    b: ['Je veux commander un coffret pour {occasion}, [encore dispo|dispo] ?', 'Le coffret de Noël est à combien ?'],
    r: [
      'J’en ai offert [trois|deux] à Noël, tout le monde a adoré',
      'Pour un cadeau c’est toujours mon choix, je recommande',
      'Je recommande le coffret découverte pour offrir',
    ],
    a: [
      'Oui l’emballage cadeau est gratuit !',
      'Le coffret découverte est top pour offrir',
      'La carte cadeau est valable un an [je crois|il me semble]',
      'Tu peux ajouter un mot [au moment de payer|dans le panier]',
    ],
    brand: [
      'L’emballage cadeau est gratuit, il suffit de cocher la case à la commande.',
      'Nos cartes cadeaux sont valables un an, en boutique et en ligne.',
    ],
  },
  shops: {
    q: [
      '{shop} est ouverte [le dimanche|{day}] ?',
      'Vous fermez à quelle heure [ce soir|{day}] ?',
      'Quels sont les horaires de {shop} ?',
      'Vous allez ouvrir une boutique à {city} ?',
      'C’est où exactement {shop} ?',
      '{shop} est ouverte pendant les vacances ?',
    ],
    c: [
      'Venue à {shop} à {time}, [fermé|porte close] alors que le site dit ouvert, déçue',
      'Les horaires sur Google sont faux, [problème|c’est pénible]',
      '{shop} était en rupture de tout, [déçue|dommage]',
    ],
    p: [
      '{shop} est magnifique, [j’adore|trop belle] la déco',
      'Accueil au top à {shop}, [merci à la vendeuse|vendeuse adorable]',
      'Passée à {shop} {day}, [parfait|ça sent trop bon] 😍',
    ],
    b: ['Je passe à {shop} [demain|{day}], {product} est en stock ?', 'On peut acheter les recharges en boutique à {city} ?'],
    r: ['Je recommande d’aller à {shop}, l’accueil est génial', 'Allez voir {shop}, la déco est incroyable'],
    a: [
      'Elle ferme à [19h|19h30] en semaine',
      'C’est [juste à côté de|en face de] la place, {shop}',
      'Le dimanche c’est [fermé|ouvert seulement l’après-midi]',
      'J’y étais {day}, c’était ouvert de 10h à {time}',
    ],
    brand: ['Nos boutiques sont ouvertes du mardi au samedi de 10h à 19h.', '{shop} ouvre exceptionnellement le dimanche en décembre.'],
  },
  service: {
    q: [
      'Le service client répond [par mail|au téléphone] ?',
      'Comment joindre le service client ?',
      'J’ai envoyé un mail il y a {days} jours, quelqu’un peut me répondre ?',
      'Il y a un numéro de téléphone pour le SAV ?',
      'Vous répondez [le week-end|en DM] ?',
    ],
    c: [
      'Aucune réponse du service client depuis {days} jours',
      'Service client injoignable, [problème|c’est pénible], je relance pour la [deuxième|troisième] fois',
      'Trois mails sans réponse, [déçue|décevant] du SAV',
      'Au téléphone personne ne [décroche|répond], service client [absent|fantôme]',
    ],
    p: [
      'Service client au top, réponse en [une heure|dix minutes] 👏',
      'Merci à [Julie|Clara|l’équipe] du SAV, super gentille et réactive',
      'Bravo pour la réactivité du service client',
    ],
    b: ['Je voudrais commander par téléphone, c’est possible ?'],
    r: ['Je recommande, le service client est génial et répond vite'],
    a: [
      'Écris leur en DM, [ils répondent vite|c’est plus rapide]',
      'Le formulaire de contact marche mieux que le mail',
      'Ils m’ont répondu en [deux jours|{n} jours], patience',
    ],
    brand: [
      'Notre service client répond du lundi au vendredi, de 9h à 18h, par mail ou ici en DM.',
      'Nous avons bien reçu votre mail, réponse dans la journée.',
    ],
  },
  events: {
    q: [
      'Le prochain atelier bougies c’est quand ?',
      'Il reste des places pour {event} à {city} ?',
      '{event} c’est adapté aux enfants ?',
      'Combien de temps dure {event} ?',
      'On s’inscrit où pour {event} ?',
      'Vous venez au marché de Noël de {city} cette année ?',
    ],
    c: [
      '{event} complet en [dix minutes|une heure], déçue',
      '{event} annulé la veille sans explication, problème',
      'Inscription impossible sur le site pour {event}',
    ],
    p: [
      'Merci pour {event} de [samedi|{day}], trop sympa',
      '[Atelier|Moment] génial, je repars avec {n} bougies',
      'Super moment à {event} de {city} 🥰',
      '{event} était parfait, [bravo à l’équipe|à refaire]',
    ],
    b: ['Combien coûte {event} ? je veux réserver deux places'],
    r: ['Je recommande {event}, on passe un super moment', 'Foncez à {event}, c’est génial entre amies'],
    a: [
      'Les dates sont sur le site, rubrique ateliers',
      'J’y suis allée, c’est 2h et c’est top',
      'Les places partent vite, [inscris toi vite|il faut réserver tôt]',
    ],
    brand: [
      'Le prochain atelier a lieu samedi à {city}, inscriptions sur notre site.',
      'Nous serons au marché de Noël de {city} du 5 au 24 décembre.',
    ],
  },
  sustainability: {
    q: [
      'Les pots sont recyclables ?',
      'Vous reprenez les contenants vides ?',
      'Les recharges arrivent quand ?',
      'Vos emballages sont sans plastique ?',
      'La cire est végétale et française ?',
      'Le coton du pyjama est bio ?',
    ],
    c: [
      'Trop de plastique dans le colis, dommage',
      'Trois cartons pour une bougie, vraiment ? [pas très écolo|bof pour la planète]',
      'Déçue, les recharges sont emballées dans du plastique',
    ],
    p: [
      'Bravo pour les recharges, enfin !',
      'Merci de reprendre les pots vides 👏',
      'Zéro plastique dans le colis, [bravo|parfait]',
      '[J’adore|Trop bien] que tout soit fabriqué en France',
    ],
    b: ['Je veux acheter les recharges, [elles sont dispo|c’est dispo] ?'],
    r: ['Je recommande les recharges, [moins de déchets|zéro déchet] et moins cher'],
    a: [
      'Les pots se recyclent avec le verre !',
      'Je ramène les miens en boutique, [5 %|une réduction] de remise',
      'La cire est végétale, c’est écrit sous le pot',
    ],
    brand: [
      'Les pots sont recyclables et nous les reprenons en boutique contre une remise.',
      'Nos colis sont sans plastique et nos cires végétales viennent de France.',
    ],
  },
  loyalty: {
    q: [
      'Comment marche le programme de fidélité ?',
      'Mes points fidélité [ont disparu|ne s’affichent pas] dans l’appli ?',
      'L’appli existe sur Android ?',
      'On gagne combien de points par commande ?',
      'Le code de parrainage [marche|s’utilise] comment ?',
      'Je n’arrive pas à me connecter à mon compte sur l’appli ?',
    ],
    c: [
      'L’appli plante à chaque [connexion|ouverture], problème',
      'Mes {points} points ont disparu de mon compte fidélité, déçue',
      'Le code de parrainage ne marche pas',
      'Impossible d’utiliser mes points sur le site, problème',
    ],
    p: [
      'La nouvelle appli est [top|parfaite], [j’adore|trop pratique] le suivi des points',
      'Bon de réduction reçu avec mes points, [génial|bravo] 🥰',
      'Passée au niveau [Lumière|Or] du programme fidélité, trop contente',
    ],
    b: ['J’ai {points} points, je peux acheter {product} avec ?', 'Code parrainage pour une première commande ?'],
    r: ['Je recommande l’appli, les points arrivent vite', 'Inscrivez vous au programme fidélité, [c’est génial|ça vaut le coup]'],
    a: [
      '[Un point par euro|1 point par euro] et 10 € tous les {points} points',
      'Déconnecte toi et reconnecte toi, [ça marche|ça a marché pour moi]',
      'Les points arrivent [une semaine|{n} jours] après la livraison',
    ],
    brand: [
      'Un euro dépensé = un point ; à 200 points, 10 € offerts sur votre prochaine commande.',
      'Une mise à jour de l’appli corrige le souci de connexion.',
    ],
  },
  returns: {
    q: [
      'Comment on fait un retour ?',
      'Le remboursement prend combien de temps ?',
      'Je peux échanger {wear} contre une autre taille ?',
      'L’étiquette retour est gratuite ?',
      'On a combien de jours pour renvoyer un article ?',
      'Je peux rendre [un cadeau|un article] en boutique ?',
    ],
    c: [
      'Toujours pas remboursée [après|depuis] {days} jours',
      'Retour envoyé il y a {days} jours, [aucune nouvelle|toujours rien] du remboursement',
      'On m’a proposé un avoir au lieu d’un remboursement, déçue',
      'L’échange de taille [est payant|coûte 6 €], vraiment ?',
    ],
    p: [
      'Remboursement reçu en {n} jours, [parfait|au top]',
      'Échange de taille hyper simple, bravo',
      'Retour en boutique [en deux minutes|sans souci], [parfait|merci]',
    ],
    b: ['Si j’échange {wear}, je peux prendre une autre couleur en {colour} ?'],
    r: ['Je recommande, les retours sont gratuits et rapides'],
    a: [
      'Tu as 30 jours pour renvoyer, l’étiquette est dans le colis',
      'Moi j’ai été remboursée en [une semaine|{n} jours]',
      'Tu peux faire l’échange directement en boutique',
    ],
    brand: [
      'Vous avez 30 jours pour nous renvoyer un article ; le remboursement suit sous 5 jours.',
      'L’échange de taille est gratuit, l’étiquette retour est dans votre colis.',
    ],
  },
  collection: {
    q: [
      'La nouvelle collection sort quand ?',
      'Il y aura {wear} en {colour} dans la collection {season} ?',
      'La collection capsule sera dispo en boutique ?',
      'Vous allez refaire l’édition limitée de l’an dernier ?',
      'On peut précommander la collection {season} ?',
    ],
    c: [
      'Collection {season} en rupture en [cinq minutes|une heure], déçue',
      'La nouvelle collection est [moins belle|moins bien] que l’ancienne',
      'Le site a planté au lancement de la collection, problème',
    ],
    p: [
      'La nouvelle collection {season} est magnifique',
      '[J’adore|Trop belle] la collection capsule en {colour} 😍',
      'Le coloris {colour} de la nouvelle collection, [incroyable|au top]',
      'Hâte de voir toute la collection {season}, [les photos sont magnifiques|le teaser est parfait]',
    ],
    b: [
      '{wear} en {colour} de la nouvelle collection, [dispo quand|c’est dispo] ?',
      'Je veux commander toute la collection {season} 😍',
      'Lien de la collection capsule ?',
    ],
    r: ['Foncez sur la collection {season}, elle part vite', 'Je recommande {wear} en {colour} de la nouvelle collection'],
    a: [
      'Elle sort [jeudi|le 15] à {time} sur le site',
      'J’ai vu le teaser, il y a du {colour} [🤩|]',
      'La collection est en boutique une semaine après',
    ],
    brand: [
      'La collection {season} arrive jeudi à 10h, en ligne et en boutique.',
      'L’édition limitée revient en novembre, en quantités limitées.',
    ],
  },
};

import type { FeatureMessages } from '../i18n/types';

/**
 * Getting each platform's export: where the account owner asks for it, what to choose, how long it
 * takes, and what Cercle reads in it or cannot (from the importers' `coverage` declarations and
 * /work/shared/formats.md). Menus move: each path names the screens as the platforms title them.
 */
const en = {
  title: 'Getting the exports',
  subtitle:
    'Where your client asks each platform for its export, what to choose, how long it takes, and what Cercle can and cannot count from it. Everything stays on this computer.',
  toc: 'Platforms',
  rules: {
    title: 'Before you start',
    items: [
      'The export is personal: the account owner (your client, logged in to the brand’s account) requests and downloads it. Nobody needs to share a password with you.',
      'Ask for all time, and for JSON where there is a choice: it carries exact times; HTML exports lose the time zone.',
      'Leave the photos and videos out (or at the lowest quality): Cercle reads none of them, and they make archives hundreds of times larger.',
      'Import the ZIP or folder as it came, all parts of a split archive together, on the client’s Import tab: files are recognised by their content, and importing the same export twice adds nothing.',
      'Ask again every month or quarter: a new export only adds what is new.',
    ],
  },
  labels: {
    where: 'Where to ask',
    choose: 'What to choose',
    delay: 'How long',
    file: 'What to import',
    contains: 'What Cercle counts from it',
    lacks: 'What it does not hold',
  },
  platforms: {
    instagram: {
      name: 'Instagram — “Download your information”',
      where: [
        'In the Instagram app or on instagram.com, logged in to the brand’s account: Settings → Accounts Center → Your information and permissions → Download your information.',
        'Download or transfer information → the brand’s Instagram account → All available information (or “Some of your information” to pick categories) → Download to device.',
      ],
      choose: [
        'Date range: All time. Format: JSON (not HTML). Media quality: Low.',
        'If you pick categories, keep: Messages (DMs, message requests, story replies), Comments, Followers and following, Content (posts, reels, stories), Likes, Saved, Story interactions, and Past Instagram insights (under Logged information).',
      ],
      delay:
        'Meta prepares it in minutes to a couple of days (longer for large accounts) and sends a notification; the download stays available for about four days. A large export comes in several ZIP parts: import them together.',
      file: 'The ZIP (or every ZIP part), as downloaded.',
      contains: [
        'DMs in both directions, inbox and message requests, story replies, shares, reactions to messages',
        'Comments the account made, including its replies to members (comments opening with @user)',
        'Followers with the time they followed; accounts the brand follows',
        'The brand’s posts, reels and stories; likes, saves and story interactions the account gave',
        'Past insights per post (reach, impressions, likes, comments, shares, saves)',
      ],
      lacks: [
        'Comments and likes the account received on its posts (for their counts, add the Meta Business Suite CSV)',
        'Story viewers, who unfollowed, followers lost before the export',
        'Senders’ usernames in DMs (display names only); the exact time zone of HTML exports (the client’s is used)',
      ],
    },
    facebook: {
      name: 'Facebook and Messenger — “Download your information”',
      where: [
        'On facebook.com, logged in as the Page’s or profile’s owner: Settings & privacy → Settings → Accounts Center → Your information and permissions → Download your information.',
        'Download or transfer information → the Facebook profile or Page → Some of your information → pick the categories below → Download to device.',
      ],
      choose: [
        'Date range: All time. Format: JSON. Media quality: Low.',
        'Categories: Comments and reactions, Posts, Messages (Messenger), Groups (for comments and posts in community groups), Connections (followers).',
      ],
      delay: 'As for Instagram: minutes to a couple of days; the link lasts about four days; large exports come in several ZIP parts.',
      file: 'The ZIP (or every ZIP part); a single Messenger conversation’s message_1.json is read too.',
      contains: [
        'Comments and replies the account made, in groups too',
        'Likes and reactions the account gave, with their type',
        'The account’s own posts with their text and time',
        'Messenger conversations in both directions, 1:1 and groups, message requests, reactions to messages',
      ],
      lacks: [
        'Comments and reactions the Page’s posts received, and their reach (add the Meta Business Suite CSV)',
        'Usernames (display names only), unsent messages, calls and polls',
      ],
    },
    metaInsights: {
      name: 'Meta Business Suite — insights CSV',
      where: [
        'On business.facebook.com (Meta Business Suite), as an admin of the Page or Instagram account: Insights → Content.',
        'Choose the Instagram account or the Facebook Page, then the widest date range offered → Export data (or the export icon) → CSV.',
      ],
      choose: [
        'CSV, at post level. Export posts, reels and stories (stories are a separate content type), Instagram and Facebook separately.',
        'If the date range is capped, export several ranges: Cercle merges them.',
      ],
      delay: 'Immediate: the file downloads at once.',
      file: 'The CSV files, as downloaded.',
      contains: [
        'Per post, reel or story: reach, views or impressions, likes or reactions, comments, shares, saves, follows, replies, profile visits, link clicks, sticker taps',
        'The content funnel: reach → likes → comments → saves and shares → replies',
      ],
      lacks: [
        'Who liked, commented or shared: counts only, no member identities',
        'How the numbers changed over time (one lifetime value per export)',
      ],
    },
    linkedin: {
      name: 'LinkedIn — “Get a copy of your data”',
      where: [
        'On linkedin.com, logged in as the account owner: Me → Settings & Privacy → Data privacy → Get a copy of your data.',
        'Choose the larger data archive (everything), or pick Connections, Messages, Invitations and your activity (posts, comments, reactions) → Request archive.',
      ],
      choose: [
        'The larger archive: it holds the messages, the connections and the activity together.',
        'Company Page analytics are exported apart (Page admin → Analytics → Export, as .xls): Cercle does not read them yet.',
      ],
      delay:
        'A first part arrives within minutes; the full archive within about a day, by email. The download link lasts about three days.',
      file: 'The ZIP, or its folder of CSV files.',
      contains: [
        'Messages in both directions, with sender, conversation and time (UTC)',
        'Comments and posts the owner wrote, reactions the owner gave',
        'Connections (as follows, by day) and pending invitations with their notes; company pages followed',
      ],
      lacks: [
        'Comments and reactions received on the owner’s posts (LinkedIn leaves them out of the member export)',
        'Post impressions and other analytics (Page analytics export only); the time of day of connections',
      ],
    },
    tiktok: {
      name: 'TikTok — “Download your data”',
      where: [
        'In the TikTok app, logged in to the brand’s account: Profile → menu → Settings and privacy → Account → Download your data (on tiktok.com: Settings → Privacy → Download your data).',
        'Request data tab → All data (or pick categories) → file format JSON → Request data; then download it from the Download data tab.',
      ],
      choose: [
        'JSON (the TXT format is not read).',
        'All data: a partial export lacks the categories left out (the import warns and names them).',
      ],
      delay: 'Usually hours, up to a few days; the file can be downloaded for a few days after it is ready.',
      file: 'user_data_tiktok.json, or the ZIP holding it.',
      contains: [
        'Direct messages in both directions (second-precision UTC time)',
        'Comments the account wrote, and its comments in others’ LIVEs',
        'Followers and following with the date; likes, favourites and shares the account gave; likes received per own post',
      ],
      lacks: [
        'Comments received on the account’s videos; who liked, saved or shared them',
        'Views and shares per video; unfollows; the names of deleted accounts',
      ],
    },
    youtube: {
      name: 'YouTube — Google Takeout',
      where: [
        'On takeout.google.com, signed in with the Google account of the channel (switch to the brand account if the channel has one).',
        'Deselect all → tick “YouTube and YouTube Music” → All YouTube data included: keep comments and live chats, untick videos → Next step → Export once, .zip → Create export.',
      ],
      choose: ['Comments in CSV (the default).', 'Leave videos out: they are the bulk of the archive and Cercle does not read them.'],
      delay: 'Minutes to hours (days for very large channels), by email; the download stays available for about a week.',
      file: 'The Takeout ZIP, or its comments and live chats CSV files.',
      contains: [
        'Comments and replies the channel wrote, with their video or post, thread and parent comment',
        'Mentions of other channels; live chat messages the channel wrote',
      ],
      lacks: [
        'Comments by viewers, including those the channel replied to (Takeout holds only what the channel wrote)',
        'Likes, views and subscribers (YouTube Studio exports)',
      ],
    },
    discord: {
      name: 'Discord — DiscordChatExporter, or Discord’s data package',
      where: [
        'For the community: DiscordChatExporter (free, open source). The server admin adds a bot with the “Read message history” permission, and the export runs with that bot’s token — not a member’s own token, which Discord’s terms forbid automating.',
        'Choose the server’s channels → format JSON → the whole date range → export.',
        'Discord’s own data package (User Settings → Data & Privacy → Request all of my data) holds only the requesting account’s own messages: useful for the brand account’s activity only.',
      ],
      choose: [
        'JSON, not HTML, TXT or CSV: the CSV has no replies, no mentions and no reactors.',
        'One file per channel, every channel the community talks in; no attachments needed.',
      ],
      delay:
        'DiscordChatExporter: minutes to hours, depending on the channels’ size. The data package: Discord says up to 30 days, usually a few.',
      file: 'The JSON files (one per channel), or the data package ZIP.',
      contains: [
        'Every message of the exported channels with author, time and text; replies; mentions',
        'Reactions with who reacted (DiscordChatExporter 2.40 and later, else a count); server joins',
      ],
      lacks: [
        'Reaction times (the reacted message’s time is used), edit history, deleted messages, bots',
        'Members who never wrote, reacted or joined within the exported range',
      ],
    },
    whatsapp: {
      name: 'WhatsApp — “Export chat”',
      where: [
        'On a phone that is in the group (the community manager’s): open the group → menu (⋮) → More → Export chat on Android; tap the group’s name → Export chat on iPhone.',
        'Send the file to yourself (email, cloud drive, AirDrop).',
      ],
      choose: [
        'Without media: the text is all Cercle reads, and media only count as “media omitted” messages anyway.',
        'One export per group or chat; any phone language and date format (ten languages’ system lines are read).',
      ],
      delay:
        'Immediate. WhatsApp cuts an export at about 40,000 messages (10,000 with media), keeping the newest: export busy groups regularly.',
      file: 'The .txt file, or the .zip the phone shares.',
      contains: [
        'Messages with author and time to the minute, multi-line messages',
        'Media sent (as messages without text); members joining and leaving',
      ],
      lacks: [
        'Reactions, reply threads, message ids, read receipts, edits',
        'The time zone (set the client’s time zone before importing); authors are named as in the exporting phone’s contacts',
      ],
    },
    telegram: {
      name: 'Telegram — Telegram Desktop export',
      where: [
        'In Telegram Desktop (the computer app: the phone apps and Telegram Web cannot export), open the group or channel → menu (⋮) → Export chat history.',
        'For everything at once: Settings → Advanced → Export Telegram data (it may have to be confirmed on another device first).',
      ],
      choose: ['Format: Machine-readable JSON. Untick photos, videos and files. From the oldest message.'],
      delay: 'Minutes for most groups; a full-account export may have to wait a day after it is confirmed.',
      file: 'result.json (in the export folder).',
      contains: [
        'Group and DM messages with author, exact time and text; replies',
        'Reactions with the recent reactors Telegram lists; joins by link or invitation, removals and departures; channel posts with their reaction counts',
      ],
      lacks: [
        'Reactors beyond the few recent ones; channel post views and forwards',
        'Members who never wrote; edit history; a channel’s comments (export its discussion group)',
      ],
    },
  },
};

export const guideMessages: FeatureMessages<typeof en> = {
  en,
  fr: {
    title: 'Obtenir les exports',
    subtitle:
      'Où votre client demande l’export de chaque plateforme, quoi choisir, combien de temps cela prend, et ce que Cercle peut en compter ou non. Tout reste sur cet ordinateur.',
    toc: 'Plateformes',
    rules: {
      title: 'Avant de commencer',
      items: [
        'L’export est personnel : c’est le titulaire du compte (votre client, connecté au compte de la marque) qui le demande et le télécharge. Personne n’a à vous confier un mot de passe.',
        'Demandez toute la période, et le JSON quand il y a le choix : il garde les heures exactes ; les exports HTML perdent le fuseau horaire.',
        'Laissez de côté photos et vidéos (ou en qualité minimale) : Cercle n’en lit aucune, et elles rendent les archives des centaines de fois plus lourdes.',
        'Importez le ZIP ou le dossier tel quel, toutes les parties d’une archive découpée ensemble, dans l’onglet Importer du client : les fichiers sont reconnus par leur contenu, et importer deux fois le même export n’ajoute rien.',
        'Redemandez-le chaque mois ou chaque trimestre : un nouvel export n’ajoute que ce qui est nouveau.',
      ],
    },
    labels: {
      where: 'Où le demander',
      choose: 'Quoi choisir',
      delay: 'Combien de temps',
      file: 'Quoi importer',
      contains: 'Ce que Cercle en compte',
      lacks: 'Ce qu’il ne contient pas',
    },
    platforms: {
      instagram: {
        name: 'Instagram — « Télécharger vos informations »',
        where: [
          'Dans l’application Instagram ou sur instagram.com, connecté au compte de la marque : Paramètres → Espace Comptes → Vos informations et autorisations → Télécharger vos informations.',
          'Télécharger ou transférer des informations → le compte Instagram de la marque → Toutes les informations disponibles (ou « Certaines de vos informations » pour choisir les catégories) → Télécharger sur l’appareil.',
        ],
        choose: [
          'Période : depuis le début. Format : JSON (pas HTML). Qualité des médias : faible.',
          'Si vous choisissez les catégories, gardez : Messages (messages privés, demandes de message, réponses aux stories), Commentaires, Followers et abonnements, Contenu (publications, reels, stories), J’aime, Enregistrements, Interactions avec les stories, et Statistiques Instagram passées (dans Informations enregistrées).',
        ],
        delay:
          'Meta le prépare en quelques minutes à deux jours (plus pour les gros comptes) et prévient par une notification ; le téléchargement reste disponible environ quatre jours. Un gros export arrive en plusieurs ZIP : importez-les ensemble.',
        file: 'Le ZIP (ou toutes ses parties), tel que téléchargé.',
        contains: [
          'Les messages privés dans les deux sens, boîte de réception et demandes de message, réponses aux stories, partages, réactions aux messages',
          'Les commentaires du compte, dont ses réponses aux membres (commentaires qui commencent par @membre)',
          'Les followers avec le moment où ils se sont abonnés ; les comptes suivis par la marque',
          'Les publications, reels et stories de la marque ; les j’aime, enregistrements et interactions avec les stories du compte',
          'Les statistiques passées par publication (couverture, impressions, j’aime, commentaires, partages, enregistrements)',
        ],
        lacks: [
          'Les commentaires et j’aime reçus sur ses publications (pour leurs totaux, ajoutez le CSV de Meta Business Suite)',
          'Les spectateurs des stories, qui s’est désabonné, les followers perdus avant l’export',
          'Les identifiants des expéditeurs de messages privés (noms affichés seulement) ; le fuseau exact des exports HTML (celui du client est utilisé)',
        ],
      },
      facebook: {
        name: 'Facebook et Messenger — « Télécharger vos informations »',
        where: [
          'Sur facebook.com, connecté en tant que titulaire de la Page ou du profil : Paramètres et confidentialité → Paramètres → Espace Comptes → Vos informations et autorisations → Télécharger vos informations.',
          'Télécharger ou transférer des informations → le profil ou la Page Facebook → Certaines de vos informations → les catégories ci-dessous → Télécharger sur l’appareil.',
        ],
        choose: [
          'Période : depuis le début. Format : JSON. Qualité des médias : faible.',
          'Catégories : Commentaires et réactions, Publications, Messages (Messenger), Groupes (commentaires et publications dans les groupes de la communauté), Connexions (followers).',
        ],
        delay:
          'Comme pour Instagram : de quelques minutes à deux jours ; le lien dure environ quatre jours ; les gros exports arrivent en plusieurs ZIP.',
        file: 'Le ZIP (ou toutes ses parties) ; le message_1.json d’une seule conversation Messenger est lu aussi.',
        contains: [
          'Les commentaires et réponses du compte, dans les groupes aussi',
          'Les j’aime et réactions donnés par le compte, avec leur type',
          'Les publications du compte avec leur texte et leur heure',
          'Les conversations Messenger dans les deux sens, à deux et en groupe, les demandes de message, les réactions aux messages',
        ],
        lacks: [
          'Les commentaires et réactions reçus par les publications de la Page, et leur couverture (ajoutez le CSV de Meta Business Suite)',
          'Les identifiants (noms affichés seulement), les messages retirés, les appels et sondages',
        ],
      },
      metaInsights: {
        name: 'Meta Business Suite — statistiques en CSV',
        where: [
          'Sur business.facebook.com (Meta Business Suite), en tant qu’administrateur de la Page ou du compte Instagram : Statistiques → Contenu.',
          'Choisissez le compte Instagram ou la Page Facebook, puis la plus large période proposée → Exporter les données (ou l’icône d’export) → CSV.',
        ],
        choose: [
          'CSV, au niveau des publications. Exportez publications, reels et stories (les stories sont un type de contenu à part), Instagram et Facebook séparément.',
          'Si la période est limitée, exportez plusieurs périodes : Cercle les fusionne.',
        ],
        delay: 'Immédiat : le fichier se télécharge aussitôt.',
        file: 'Les fichiers CSV, tels que téléchargés.',
        contains: [
          'Par publication, reel ou story : couverture, vues ou impressions, j’aime ou réactions, commentaires, partages, enregistrements, abonnements, réponses, visites du profil, clics sur les liens, appuis sur les stickers',
          'L’entonnoir des contenus : couverture → j’aime → commentaires → enregistrements et partages → réponses',
        ],
        lacks: [
          'Qui a aimé, commenté ou partagé : des totaux seulement, aucune identité de membre',
          'L’évolution des chiffres dans le temps (une valeur cumulée par export)',
        ],
      },
      linkedin: {
        name: 'LinkedIn — « Obtenir une copie de vos données »',
        where: [
          'Sur linkedin.com, connecté en tant que titulaire du compte : Vous → Préférences et confidentialité → Confidentialité des données → Obtenir une copie de vos données.',
          'Choisissez l’archive de données la plus complète (tout), ou cochez Relations, Messages, Invitations et votre activité (publications, commentaires, réactions) → Demander l’archive.',
        ],
        choose: [
          'L’archive la plus complète : elle réunit messages, relations et activité.',
          'Les statistiques d’une Page entreprise s’exportent à part (administration de la Page → Statistiques → Exporter, en .xls) : Cercle ne les lit pas encore.',
        ],
        delay:
          'Une première partie arrive en quelques minutes ; l’archive complète en une journée environ, par e-mail. Le lien de téléchargement dure environ trois jours.',
        file: 'Le ZIP, ou son dossier de fichiers CSV.',
        contains: [
          'Les messages dans les deux sens, avec expéditeur, conversation et heure (UTC)',
          'Les commentaires et publications du titulaire, les réactions qu’il a données',
          'Les relations (comme des abonnements, au jour près) et les invitations en attente avec leur note ; les pages entreprises suivies',
        ],
        lacks: [
          'Les commentaires et réactions reçus sur les publications du titulaire (LinkedIn les laisse hors de l’export du membre)',
          'Les impressions des publications et autres statistiques (export des statistiques de Page seulement) ; l’heure des nouvelles relations',
        ],
      },
      tiktok: {
        name: 'TikTok — « Télécharger vos données »',
        where: [
          'Dans l’application TikTok, connecté au compte de la marque : Profil → menu → Paramètres et confidentialité → Compte → Télécharger vos données (sur tiktok.com : Paramètres → Confidentialité → Télécharger vos données).',
          'Onglet Demander des données → Toutes les données (ou certaines catégories) → format JSON → Demander les données ; puis téléchargez-les depuis l’onglet Télécharger les données.',
        ],
        choose: [
          'JSON (le format TXT n’est pas lu).',
          'Toutes les données : un export partiel n’a pas les catégories laissées de côté (l’import prévient et les nomme).',
        ],
        delay: 'En général quelques heures, jusqu’à quelques jours ; le fichier reste téléchargeable quelques jours une fois prêt.',
        file: 'user_data_tiktok.json, ou le ZIP qui le contient.',
        contains: [
          'Les messages privés dans les deux sens (heure UTC à la seconde)',
          'Les commentaires écrits par le compte, y compris dans les LIVE des autres',
          'Followers et abonnements avec la date ; j’aime, favoris et partages donnés ; j’aime reçus par publication',
        ],
        lacks: [
          'Les commentaires reçus sur les vidéos du compte ; qui les a aimées, enregistrées ou partagées',
          'Les vues et partages par vidéo ; les désabonnements ; le nom des comptes supprimés',
        ],
      },
      youtube: {
        name: 'YouTube — Google Takeout',
        where: [
          'Sur takeout.google.com, connecté avec le compte Google de la chaîne (passez sur le compte de marque si la chaîne en a un).',
          'Tout désélectionner → cocher « YouTube et YouTube Music » → Toutes les données YouTube incluses : gardez commentaires et chats en direct, décochez vidéos → Étape suivante → Exporter une fois, .zip → Créer une exportation.',
        ],
        choose: [
          'Commentaires en CSV (le format proposé par défaut).',
          'Laissez les vidéos de côté : elles font l’essentiel de l’archive et Cercle ne les lit pas.',
        ],
        delay:
          'De quelques minutes à quelques heures (quelques jours pour les très grosses chaînes), par e-mail ; le téléchargement reste disponible une semaine environ.',
        file: 'Le ZIP Takeout, ou ses fichiers CSV de commentaires et de chats en direct.',
        contains: [
          'Les commentaires et réponses écrits par la chaîne, avec leur vidéo ou post, leur fil et le commentaire parent',
          'Les mentions d’autres chaînes ; les messages de chat en direct de la chaîne',
        ],
        lacks: [
          'Les commentaires des spectateurs, y compris ceux auxquels la chaîne a répondu (Takeout ne contient que ce que la chaîne a écrit)',
          'Les j’aime, vues et abonnés (exports de YouTube Studio)',
        ],
      },
      discord: {
        name: 'Discord — DiscordChatExporter, ou le paquet de données de Discord',
        where: [
          'Pour la communauté : DiscordChatExporter (gratuit, open source). L’administrateur du serveur ajoute un bot autorisé à « Voir les anciens messages », et l’export se fait avec le jeton de ce bot — pas avec le jeton d’un membre, dont les conditions de Discord interdisent l’automatisation.',
          'Choisissez les salons du serveur → format JSON → toute la période → exporter.',
          'Le paquet de données de Discord (Paramètres utilisateur → Données et confidentialité → Demander toutes mes données) ne contient que les messages du compte qui le demande : utile pour l’activité du compte de la marque seulement.',
        ],
        choose: [
          'JSON, pas HTML, TXT ni CSV : le CSV n’a ni réponses, ni mentions, ni auteurs des réactions.',
          'Un fichier par salon, tous les salons où la communauté parle ; les pièces jointes sont inutiles.',
        ],
        delay:
          'DiscordChatExporter : de quelques minutes à quelques heures selon la taille des salons. Le paquet de données : jusqu’à 30 jours selon Discord, quelques-uns en général.',
        file: 'Les fichiers JSON (un par salon), ou le ZIP du paquet de données.',
        contains: [
          'Chaque message des salons exportés avec auteur, heure et texte ; les réponses ; les mentions',
          'Les réactions avec qui a réagi (DiscordChatExporter 2.40 et suivants, sinon un total) ; les arrivées sur le serveur',
        ],
        lacks: [
          'L’heure des réactions (celle du message est utilisée), l’historique des modifications, les messages supprimés, les bots',
          'Les membres qui n’ont jamais écrit, réagi ni rejoint dans la période exportée',
        ],
      },
      whatsapp: {
        name: 'WhatsApp — « Exporter la discussion »',
        where: [
          'Sur un téléphone présent dans le groupe (celui du community manager) : ouvrez le groupe → menu (⋮) → Plus → Exporter la discussion sur Android ; touchez le nom du groupe → Exporter la discussion sur iPhone.',
          'Envoyez-vous le fichier (e-mail, stockage en ligne, AirDrop).',
        ],
        choose: [
          'Sans les médias : Cercle ne lit que le texte, et les médias ne comptent de toute façon que comme messages « média omis ».',
          'Un export par groupe ou discussion ; toute langue et tout format de date du téléphone (les messages système de dix langues sont lus).',
        ],
        delay:
          'Immédiat. WhatsApp coupe un export vers 40 000 messages (10 000 avec les médias), en gardant les plus récents : exportez régulièrement les groupes actifs.',
        file: 'Le fichier .txt, ou le .zip partagé par le téléphone.',
        contains: [
          'Les messages avec auteur et heure à la minute, les messages sur plusieurs lignes',
          'Les médias envoyés (comme messages sans texte) ; les arrivées et départs de membres',
        ],
        lacks: [
          'Les réactions, les fils de réponses, les identifiants de messages, les accusés de lecture, les modifications',
          'Le fuseau horaire (réglez celui du client avant l’import) ; les auteurs sont nommés comme dans les contacts du téléphone qui exporte',
        ],
      },
      telegram: {
        name: 'Telegram — export de Telegram Desktop',
        where: [
          'Dans Telegram Desktop (l’application pour ordinateur : les applications mobiles et Telegram Web ne savent pas exporter), ouvrez le groupe ou le canal → menu (⋮) → Exporter l’historique.',
          'Pour tout à la fois : Paramètres → Avancé → Exporter les données Telegram (à confirmer parfois d’abord sur un autre appareil).',
        ],
        choose: ['Format : JSON lisible par une machine. Décochez photos, vidéos et fichiers. Depuis le premier message.'],
        delay:
          'Quelques minutes pour la plupart des groupes ; l’export complet d’un compte peut devoir attendre un jour après sa confirmation.',
        file: 'result.json (dans le dossier de l’export).',
        contains: [
          'Les messages de groupe et privés avec auteur, heure exacte et texte ; les réponses',
          'Les réactions avec les derniers auteurs listés par Telegram ; les arrivées par lien ou invitation, les retraits et départs ; les publications de canal avec leurs réactions',
        ],
        lacks: [
          'Les auteurs de réactions au-delà des quelques derniers ; les vues et transferts des publications de canal',
          'Les membres qui n’ont jamais écrit ; l’historique des modifications ; les commentaires d’un canal (exportez son groupe de discussion)',
        ],
      },
    },
  },
};

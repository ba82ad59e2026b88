/**
 * The coverage lines in French, keyed by the exact English an importer declares. The store keeps the
 * English (sources.shows / sources.lacks, written at import time), so a client file imported by any
 * version reads the same strings; the translation is applied where a line is shown. A line this table
 * does not know (an importer of another version) is shown as stored rather than hidden.
 *
 * Every line is a plain literal today (no platform name or number composed in): coverage-fr.test.ts
 * checks that each line every importer declares has its French, and that no entry here is unused.
 * Vocabulary follows the French guide (guide/messages.ts): couverture for reach, j’aime, publication
 * for post, messages privés for DMs, titulaire for an export's owner.
 */
const FR: Readonly<Record<string, string>> = {
  // WhatsApp
  'messages with author and minute-precision time': 'messages avec auteur et heure à la minute',
  'multi-line messages': 'messages sur plusieurs lignes',
  'attachments and media sent without their file (as messages without text)':
    'pièces jointes et médias envoyés, sans leur fichier (comme messages sans texte)',
  'joins and leaves (group system lines)': 'arrivées et départs (messages système du groupe)',
  reactions: 'réactions',
  'replies/quotes threading': 'fils de réponses et de citations',
  'message ids': 'identifiants des messages',
  'read receipts': 'accusés de lecture',
  'time zone (taken from the client setting)': 'fuseau horaire (celui réglé pour le client)',
  'edits history': 'historique des modifications',

  // Instagram messages (and Messenger, which shares some lines)
  'DMs in inbox and message requests, both directions (request threads are marked as such)':
    'messages privés (DM) de la boîte de réception et demandes de message, dans les deux sens (les fils issus d’une demande sont marqués comme tels)',
  'story replies': 'réponses aux stories',
  'shares of posts, reels and profiles': 'partages de publications, de reels et de profils',
  'reactions to messages, by who reacted': 'réactions aux messages, avec qui a réagi',
  'story mentions': 'mentions en story',
  'members joining and leaving groups, from the group notices': 'arrivées et départs des membres des groupes, d’après les messages système',
  'which post a share came from when the link is gone': 'la publication d’origine d’un partage dont le lien a disparu',
  'reaction times (the message time is used)': 'heure des réactions (celle du message est utilisée)',
  "senders' usernames (display names only)": 'noms d’utilisateur des expéditeurs (noms affichés seulement)',
  'exact time zone in HTML exports (the client setting is used)': 'fuseau horaire exact des exports HTML (celui du client est utilisé)',
  'polls, calls and other thread notices (left out of messages)':
    'sondages, appels et autres messages système des fils (exclus des messages)',

  // Instagram comments
  'comments the account made (on posts, reels and stories, hype), with the media owner':
    'commentaires du compte (sur les publications, reels et stories, hype compris), avec l’auteur du média',
  'replies to members (comments opening with @user)': 'réponses aux membres (commentaires qui commencent par @membre)',
  'comments the account received': 'commentaires reçus par le compte',
  'which post each comment is on (only its owner)': 'la publication de chaque commentaire (seul son auteur est connu)',
  'likes on comments': 'j’aime sur les commentaires',

  // Instagram followers and following
  'followers with the time they followed': 'followers avec le moment où ils se sont abonnés',
  'accounts the brand follows': 'comptes suivis par la marque',
  'accounts the brand recently unfollowed': 'comptes dont la marque s’est récemment désabonnée',
  'who unfollowed the brand': 'qui s’est désabonné de la marque',
  'followers lost before the export': 'followers perdus avant l’export',
  'display names (usernames only)': 'noms affichés (noms d’utilisateur seulement)',

  // Instagram content, likes, saved, story interactions
  "the brand's own posts, reels and stories with captions and times":
    'publications, reels et stories de la marque, avec légendes et heures',
  'likes, comments or views they received (see insights)': 'j’aime, commentaires ou vues reçus (voir les statistiques)',
  'post URLs': 'URL des publications',
  'posts and comments the account liked, with their owners': 'publications et commentaires aimés par le compte, avec leurs auteurs',
  'likes the account received': 'j’aime reçus par le compte',
  'posts the account saved, with their owners': 'publications enregistrées par le compte, avec leurs auteurs',
  "saves of the brand's posts by others (see insights)":
    'enregistrements des publications de la marque par d’autres (voir les statistiques)',
  "the account's likes, poll and quiz answers, slider and emoji reactions, question answers on others' stories":
    'sur les stories des autres : j’aime du compte, réponses aux sondages et aux quiz, réactions au curseur et aux emoji, réponses aux questions',
  "interactions others had with the brand's stories": 'interactions des autres avec les stories de la marque',
  'story viewers': 'spectateurs des stories',

  // Instagram past insights (in the archive) and profile
  'per-post reach, impressions, likes, comments, shares, saves, follows, profile visits':
    'par publication : couverture, impressions, j’aime, commentaires, partages, enregistrements, abonnements, visites du profil',
  'period totals for audience, reach and content interactions':
    'totaux par période de l’audience, de la couverture et des interactions avec les contenus',
  'member identities': 'identités des membres',
  'the year of period ranges': 'l’année des périodes indiquées',
  'audience distributions as numbers (kept out, see warnings)':
    'répartitions de l’audience en chiffres (écartées, voir les avertissements)',
  "the account's username and name (declared as the brand)": 'nom d’utilisateur et nom du compte (déclaré comme la marque)',
  'any engagement': 'aucun engagement',

  // Facebook
  'comments and replies the account made, in groups too': 'commentaires et réponses du compte, dans les groupes aussi',
  'whom they addressed (English exports only)': 'à qui ils s’adressent (exports en anglais seulement)',
  'comments the account or its Page received': 'commentaires reçus par le compte ou sa Page',
  'the post each comment is on': 'la publication de chaque commentaire',
  'text of some older comments (Facebook leaves it out)': 'texte de certains commentaires anciens (Facebook l’omet)',
  'likes and reactions the account gave, with their type': 'j’aime et réactions donnés par le compte, avec leur type',
  'reactions the account received': 'réactions reçues par le compte',
  'whom they addressed in non-English exports': 'à qui elles s’adressent, dans les exports qui ne sont pas en anglais',
  "the account's own posts with text, links and times": 'publications du compte avec texte, liens et heures',
  'post ids and URLs': 'identifiants et URL des publications',
  'reactions, comments and reach the posts received': 'réactions, commentaires et couverture reçus par les publications',

  // Messenger
  'messages in both directions, 1:1 and groups': 'messages dans les deux sens, à deux et en groupe',
  'message requests (marked as such)': 'demandes de message (marquées comme telles)',
  'shares, stickers, photos (as empty messages)': 'partages, stickers, photos (comme messages vides)',
  'usernames (display names only)': 'noms d’utilisateur (noms affichés seulement)',
  'reaction times': 'heure des réactions',
  'calls, polls and other thread notices (left out)': 'appels, sondages et autres messages système des fils (écartés)',
  'unsent messages (left out)': 'messages retirés (écartés)',

  // Meta Business Suite insights CSV
  'per post/story reach, views or impressions, likes, comments, shares, saves, follows, replies, profile visits, link clicks, sticker taps, navigation':
    'par publication ou story : couverture, vues ou impressions, j’aime, commentaires, partages, enregistrements, abonnements, réponses, visites du profil, clics sur les liens, appuis sur les stickers, navigation',
  'member identities (aggregate numbers only)': 'identités des membres (totaux seulement)',
  'which members liked, commented or shared': 'quels membres ont aimé, commenté ou partagé',
  'how metrics changed over time (one lifetime value per export)': 'évolution des chiffres dans le temps (une valeur cumulée par export)',
  'per post reach, views, reactions, comments, shares, clicks':
    'par publication : couverture, vues, réactions, commentaires, partages, clics',

  // Discord (DiscordChatExporter JSON and CSV, Discord's data package)
  'every message of the exported channel with author, time and text': 'chaque message du salon exporté, avec auteur, heure et texte',
  'replies (reply chains as threads, replied author as target)':
    'réponses (les chaînes de réponses forment des fils, l’auteur du message auquel on répond en est le destinataire)',
  mentions: 'mentions de membres',
  'reactions with the reacting users (DiscordChatExporter 2.40+), else a count per message':
    'réactions avec les membres qui ont réagi (DiscordChatExporter 2.40 et suivants), sinon un total par message',
  'server joins (GuildMemberJoin) and group DM arrivals/departures':
    'arrivées sur le serveur (GuildMemberJoin), arrivées et départs des DM de groupe',
  'reaction times (taken as the time of the message reacted to)': 'heure des réactions (celle du message concerné est utilisée)',
  'edit history (only the last text)': 'historique des modifications (seul le dernier texte)',
  'bots (left out)': 'bots (écartés)',
  'deleted messages': 'messages supprimés',
  'members who never wrote, reacted or joined within the exported range':
    'membres qui n’ont jamais écrit, réagi ni rejoint pendant la période exportée',
  'messages with author, time and text': 'messages avec auteur, heure et texte',
  'reaction counts per message': 'nombre de réactions par message',
  'message ids (keys are built from author, time and text)':
    'identifiants des messages (les clés sont formées de l’auteur, de l’heure et du texte)',
  replies: 'réponses',
  'who reacted': 'qui a réagi',
  joins: 'arrivées',
  'bot flags': 'indication des bots',
  "the account owner's own messages with time, text and channel (outbound, by the brand)":
    'messages du titulaire du compte avec heure, texte et salon (sortants, de la marque)',
  'the other person of a DM (from channel.json)': 'l’interlocuteur d’un DM (d’après channel.json)',
  "everyone else's messages (the package holds only what its owner sent)":
    'messages de toutes les autres personnes (le paquet ne contient que ce que son titulaire a envoyé)',
  'replies, reactions and mentions': 'réponses, réactions et mentions',
  'members, joins and any inbound activity': 'membres, arrivées et toute activité entrante',

  // Telegram
  'group and DM messages with author, exact time and text': 'messages de groupe et privés, avec auteur, heure exacte et texte',
  'reactions with the recent reactors Telegram lists, else counts per message':
    'réactions avec les derniers auteurs que Telegram liste, sinon un total par message',
  'joins by link or invitation, and removals/departures': 'arrivées par lien ou invitation, retraits et départs',
  'channel posts as contents with their reaction counts': 'publications de canal comme contenus, avec leur nombre de réactions',
  'reactors beyond the few recent ones Telegram keeps': 'auteurs de réactions au-delà des quelques derniers que Telegram garde',
  'channel post views and forwards': 'vues et transferts des publications de canal',
  'members who never wrote': 'membres qui n’ont jamais écrit',
  'edit history': 'historique des modifications',
  'comments of a channel (they live in its discussion group export)':
    'commentaires d’un canal (ils sont dans l’export de son groupe de discussion)',

  // LinkedIn
  'direct messages in both directions with sender, conversation and second-precision UTC time':
    'messages privés dans les deux sens, avec expéditeur, conversation et heure UTC à la seconde',
  'group conversations': 'conversations de groupe',
  'reactions to messages': 'réactions aux messages',
  'message ids (keys are built from conversation, time, sender and text)':
    'identifiants des messages (les clés sont formées de la conversation, de l’heure, de l’expéditeur et du texte)',
  'pending invitations received (inbound, with their note) and sent (outbound)':
    'invitations en attente reçues (entrantes, avec leur note) et envoyées (sortantes)',
  'accepted invitations (they become Connections)': 'invitations acceptées (elles deviennent des relations, voir Connections.csv)',
  'time zone (read as UTC)': 'fuseau horaire (lu comme UTC)',
  "the owner's posts with their text and date": 'publications du titulaire avec leur texte et leur date',
  "comments and reactions received on the owner's posts (LinkedIn leaves them out of the member export)":
    'commentaires et réactions reçus sur les publications du titulaire (LinkedIn les laisse hors de l’export du membre)',
  'impressions and other post analytics (Page analytics export only)':
    'impressions et autres statistiques des publications (export des statistiques de Page seulement)',
  'comments the owner wrote, with the post they are on': 'commentaires écrits par le titulaire, avec leur publication',
  'replies to a person named at the start of the comment': 'réponses à une personne nommée au début du commentaire',
  'the author of the post commented on': 'l’auteur de la publication commentée',
  'time zone (read as UTC, as the rest of the export)': 'fuseau horaire (lu comme UTC, comme le reste de l’export)',
  'reactions the owner gave (LIKE, PRAISE, EMPATHY, …) to posts and comments':
    'réactions données par le titulaire (LIKE, PRAISE, EMPATHY…) aux publications et aux commentaires',
  'who wrote the post or comment reacted to': 'l’auteur de la publication ou du commentaire concerné',
  'each connection and the day it was made (as an inbound follow)':
    'chaque relation et le jour où elle a été établie (comme un abonnement entrant)',
  'who sent the invitation (see Invitations.csv)': 'qui a envoyé l’invitation (voir Invitations.csv)',
  'time of day': 'heure (le jour seulement)',
  'profile URLs in exports before 2022': 'URL des profils dans les exports antérieurs à 2022',
  'connections removed since': 'relations supprimées entre-temps',
  'company pages the owner follows, with date': 'pages entreprises suivies par le titulaire, avec la date',
  "followers of the owner's own pages": 'abonnés des pages du titulaire',
  'any interaction: hashtags followed are topics, not members': 'aucune interaction : les hashtags suivis sont des sujets, pas des membres',

  // TikTok
  'direct messages in both directions (second-precision UTC time)': 'messages privés dans les deux sens (heure UTC à la seconde)',
  "comments the account wrote, and its comments in others' LIVEs": 'commentaires écrits par le compte, y compris dans les LIVE des autres',
  'followers and following with the date': 'followers et abonnements avec la date',
  'likes, favourites and shares the account gave': 'j’aime, favoris et partages donnés par le compte',
  'likes received per own post': 'j’aime reçus par publication du compte',
  "comments received on the account's videos": 'commentaires reçus sur les vidéos du compte',
  'who liked, saved or shared its videos': 'qui a aimé, enregistré ou partagé ses vidéos',
  'views and shares per video': 'vues et partages par vidéo',
  unfollows: 'désabonnements',
  "categories not chosen when the data was requested (a partial export): the import's warnings name them":
    'catégories non choisies lors de la demande des données (export partiel) : les avertissements de l’import les nomment',
  'the names of deleted accounts (their messages count under one anonymous member per chat)':
    'noms des comptes supprimés (leurs messages comptent pour un membre anonyme par discussion)',

  // YouTube
  'comments and replies the channel wrote, with video or post, thread and parent comment id':
    'commentaires et réponses écrits par la chaîne, avec la vidéo ou le post, le fil et l’identifiant du commentaire parent',
  'mentions of other channels': 'mentions d’autres chaînes',
  "comments by viewers, including the parents of the channel's replies (Takeout holds only what the channel wrote)":
    'commentaires des spectateurs, y compris ceux auxquels la chaîne a répondu (Takeout ne contient que ce que la chaîne a écrit)',
  'likes, views and subscribers (YouTube Studio exports)': 'j’aime, vues et abonnés (exports de YouTube Studio)',
  'live chat messages the channel wrote, per stream, with Super Chat counts':
    'messages de chat en direct écrits par la chaîne, par diffusion, avec le nombre de Super Chats',
  'live chat messages by viewers': 'messages de chat en direct des spectateurs',
  'Super Chat amounts (listed in a warning only)': 'montants des Super Chats (indiqués seulement dans un avertissement)',

  // Generic CSV (canonical header, or a column mapping)
  'one interaction per row with the canonical columns present (id, kind, author, timestamp, text, thread, channel, reply_to, direction)':
    'une interaction par ligne, avec les colonnes canoniques présentes (id, kind, author, timestamp, text, thread, channel, reply_to, direction)',
  'whatever the producing tool left out': 'tout ce que l’outil d’origine a laissé de côté',
  'per-row platforms (rows are stored under "generic")': 'la plateforme de chaque ligne (les lignes sont rangées sous « generic »)',
  'one interaction per row: author, time, kind, text, thread, channel, reply links as mapped':
    'une interaction par ligne : auteur, heure, type, texte, fil, canal, liens de réponse, selon les colonnes associées',
  'anything the mapped columns do not hold': 'tout ce que les colonnes associées ne contiennent pas',
  'identities across platforms (merged later)': 'identités d’une plateforme à l’autre (fusionnées ensuite)',
};

/** Every English line this table translates (the test compares it with what the importers declare). */
export const COVERAGE_FR: ReadonlyMap<string, string> = new Map(Object.entries(FR));

/** A coverage line in the language asked for: its French when known, else the line as stored. */
export function coverageText(s: string, lang: 'en' | 'fr'): string {
  return lang === 'fr' ? (COVERAGE_FR.get(s) ?? s) : s;
}

/**
 * Thread notices: lines Meta writes into DM and group threads as if someone had sent them ("X joined the
 * group.", "Missed call", "X's poll has multiple updates."). They are events, not conversation turns:
 * counted as messages they inflate message counts and open conversations nobody had, which skews
 * response times. Meta writes them in the account's language (the export has no language field), so
 * every wording is listed in English and in French, the languages of Cercle's clients; add a language
 * by adding its lines here.
 *
 * Each pattern matches a whole (trimmed) message, so a member who writes "the call ended badly" is
 * still a message. A membership notice names its member in the `member` group; `join` or `leave`
 * says what it records (only where the member is identifiable, see notices.ts).
 */

export const NOTICE_TOPICS = ['group', 'poll', 'call', 'connection'] as const;
export type NoticeTopic = (typeof NOTICE_TOPICS)[number];

export interface NoticePattern {
  topic: NoticeTopic;
  /** The pattern is tried only on a (lower-cased) text holding one of these: substring searches rule out most messages. */
  hints: readonly string[];
  re: RegExp;
  membership?: 'join' | 'leave';
}

const NAME = '.{1,80}';
/** One or more members as Meta lists them ("Ana", "Ana and Léo", "Ana, Léo et Zoé"). */
const MEMBERS = '(?<member>.{1,200})';
const APOS = "['’]";

const p = (topic: NoticeTopic, hints: string | readonly string[], source: string, membership?: 'join' | 'leave'): NoticePattern => ({
  topic,
  hints: typeof hints === 'string' ? [hints] : hints,
  re: new RegExp(`^(?:${source})\\.?$`, 'iu'),
  membership,
});

export const NOTICE_PATTERNS: readonly NoticePattern[] = [
  // Joins and leaves (before the other group events: they are the ones recorded).
  p('group', ' joined the group', `(?<member>${NAME}) joined the group(?: (?:via|using|through) .{1,80})?`, 'join'),
  p('group', ' left the group', `(?<member>${NAME}) left the group`, 'leave'),
  p('group', ' to the group', `${NAME} added ${MEMBERS} to the group`, 'join'),
  p('group', ' from the group', `${NAME} removed ${MEMBERS} from the group`, 'leave'),
  p('group', ' rejoint ', `(?<member>${NAME}) (?:a|avez) rejoint (?:le|ce) groupe(?: .{1,120})?`, 'join'),
  p('group', ' quitté ', `(?<member>${NAME}) (?:a|avez) quitté (?:le|ce) groupe`, 'leave'),
  p('group', ' ajouté ', `${NAME} (?:a|avez) ajouté ${MEMBERS} (?:au|à ce) groupe`, 'join'),
  p('group', ' du groupe', `${NAME} (?:a|avez) (?:retiré|supprimé|exclu) ${MEMBERS} du groupe`, 'leave'),

  // Other group events.
  p(
    'group',
    ' the group',
    `${NAME} (?:created the group|named the group\\b.*|changed the group (?:name|photo|image)\\b.*|removed the group (?:name|photo|image))`,
  ),
  p('group', 'nickname', `${NAME} (?:set|cleared) (?:the|your|his|her|their) (?:own )?nickname\\b.*`),
  // "… to …" or nothing after: "I changed the theme of my shop" is a member talking.
  p('group', 'changed the ', `${NAME} changed the (?:chat |group )?(?:theme|colou?r|emoji)(?: (?:to|for) .*)?`),
  p('group', 'set the ', `${NAME} set the (?:quick reaction|emoji|theme) to .*`),
  p('group', 'pinned a message', `${NAME} (?:un)?pinned a message`),
  p('group', ' admin', `${NAME} (?:made ${NAME} an admin|removed ${NAME} as an? admin|is no longer an admin)`),
  p(
    'group',
    ' groupe',
    `${NAME} (?:a|avez) (?:créé (?:le|ce) groupe\\b.*|nommé le groupe\\b.*|(?:modifié|changé) (?:la photo|l${APOS}image|le nom) du groupe\\b.*|supprimé (?:la photo|l${APOS}image|le nom) du groupe)`,
  ),
  p('group', 'surnom', `${NAME} (?:a|avez) (?:défini|modifié|changé) (?:le|votre|son) (?:propre )?surnom\\b.*`),
  p(
    'group',
    ['thème', 'moji', 'couleur'],
    `${NAME} (?:a|avez) (?:modifié|changé) (?:le (?:thème|emoji|émoji)|la couleur)(?: (?:de la discussion|de la conversation|du groupe))?(?: (?:en|par|pour|:) .*)?`,
  ),
  p('group', 'épinglé un message', `${NAME} (?:a|avez) (?:désépinglé|épinglé) un message`),
  p(
    'group',
    'administrat',
    `${NAME} (?:a|avez) (?:nommé ${NAME} administrat(?:eur|rice)\\b.*|retiré ${NAME} des administrat(?:eurs|rices)\\b.*)`,
  ),

  // Polls: their creation, votes and updates. The question and the votes are not turns either.
  p('poll', ' poll has ', `${NAME}${APOS}s? poll has (?:multiple|\\d+) updates`),
  p('poll', 'this poll ', 'this poll is no longer available'),
  p('poll', ' created a poll', `${NAME} created a poll: [\\s\\S]*`),
  p('poll', ' voted for ', `${NAME} voted for (?:["“].{1,200}["”].*|.{1,200} in the poll\\b.*)`),
  p('poll', ' vote', `${NAME} (?:changed|removed) (?:their|his|her|your) vote (?:(?:to|for) )?(?:["“].*|.{1,200} in the poll\\b.*)`),
  p('poll', 'le sondage de ', `le sondage de ${NAME} a (?:plusieurs|\\d+) mises? à jour`),
  p('poll', 'ce sondage ', `ce sondage n${APOS}est plus disponible`),
  p('poll', ' un sondage', `${NAME} (?:a|avez) créé un sondage ?: [\\s\\S]*`),
  p('poll', ' voté pour ', `${NAME} (?:a|avez) voté pour (?:[«"“].{1,200}[»"”].*|.{1,200} dans le sondage\\b.*)`),
  p(
    'poll',
    ' vote',
    `${NAME} (?:a|avez) (?:modifié|changé|retiré) (?:son|votre) vote (?:(?:pour|en) )?(?:[«"“].*|.{1,200} dans le sondage\\b.*)`,
  ),

  // Calls: who called and when is not what anyone said.
  p('call', 'missed ', '(?:you )?missed (?:a |an )?(?:audio |video )?call(?: from .{1,80})?'),
  p('call', ['audio c', 'video c'], `(?:${NAME} )?(?:started|missed|joined|ended) (?:an? )?(?:audio|video) (?:call|chat)`),
  p(
    'call',
    ['ed a call', 'ed the call', 'ed call', 'left a call', 'left the call'],
    `${NAME} (?:started|joined|left|ended) (?:a |an |the )?call`,
  ),
  p('call', ['call ended', 'chat ended', 'call has ended', 'chat has ended'], '(?:the )?(?:audio |video )?(?:call|chat) (?:has )?ended'),
  p('call', 'manqué', 'appel (?:audio |vidéo )?manqué'),
  p('call', 'manqué ', `(?:vous avez|${NAME} a) manqué (?:un|votre) appel(?: audio| vidéo)?(?: de .{1,80})?`),
  p('call', 'appel', `${NAME} (?:a|avez) (?:lancé|démarré|commencé|rejoint|quitté|terminé) (?:un |l${APOS} ?)appel(?: audio| vidéo)?`),
  p('call', 'terminé', `(?:l${APOS} ?)?appel(?: audio| vidéo)? (?:est )?terminé`),

  // Connection notices Messenger and Instagram open a thread with.
  p('connection', 'messenger', 'you are now connected on messenger'),
  p('connection', 'facebook', `you(?:${APOS}re| are) now friends on facebook`),
  p('connection', 'facebook', 'say hi to your new facebook friend\\b.*'),
  p('connection', 'each other', 'you can now message and call each other\\b.*'),
  p('connection', 'receive your message', `this account can${APOS}t receive your message\\b.*`),
  p('connection', 'message request', `${NAME} accepted your message request|you accepted ${NAME}${APOS}s? message request`),
  p('connection', 'vous êtes ', 'vous êtes (?:maintenant|désormais) (?:connecté|ami)\\S* sur (?:messenger|facebook)'),
  p('connection', 'dites bonjour', 'dites bonjour à votre nouvel(?:le)? ami\\S* facebook\\b.*'),
  p('connection', 'vous pouvez ', 'vous pouvez (?:maintenant|désormais) vous envoyer des messages\\b.*'),
  p('connection', 'ce compte ', 'ce compte ne peut pas recevoir votre message\\b.*'),
  p('connection', 'demande de message', `${NAME} a accepté votre demande de message|vous avez accepté la demande de message de ${NAME}`),
];

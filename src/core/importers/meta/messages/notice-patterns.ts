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
  re: RegExp;
  membership?: 'join' | 'leave';
}

const NAME = '.{1,80}';
/** One or more members as Meta lists them ("Ana", "Ana and Léo", "Ana, Léo et Zoé"). */
const MEMBERS = '(?<member>.{1,200})';
const APOS = "['’]";

const p = (topic: NoticeTopic, source: string, membership?: 'join' | 'leave'): NoticePattern => ({ topic, re: new RegExp(`^(?:${source})\\.?$`, 'iu'), membership });

export const NOTICE_PATTERNS: readonly NoticePattern[] = [
  // Joins and leaves (before the other group events: they are the ones recorded).
  p('group', `(?<member>${NAME}) joined the group(?: (?:via|using|through) .{1,80})?`, 'join'),
  p('group', `(?<member>${NAME}) left the group`, 'leave'),
  p('group', `${NAME} added ${MEMBERS} to the group`, 'join'),
  p('group', `${NAME} removed ${MEMBERS} from the group`, 'leave'),
  p('group', `(?<member>${NAME}) (?:a|avez) rejoint (?:le|ce) groupe(?: .{1,120})?`, 'join'),
  p('group', `(?<member>${NAME}) (?:a|avez) quitté (?:le|ce) groupe`, 'leave'),
  p('group', `${NAME} (?:a|avez) ajouté ${MEMBERS} (?:au|à ce) groupe`, 'join'),
  p('group', `${NAME} (?:a|avez) (?:retiré|supprimé|exclu) ${MEMBERS} du groupe`, 'leave'),

  // Other group events.
  p(
    'group',
    `${NAME} (?:created the group|named the group\\b.*|changed the group (?:name|photo|image)\\b.*|removed the group (?:name|photo|image)|set (?:the|your|his|her|their) (?:own )?nickname\\b.*|cleared (?:the|your|his|her|their) nickname\\b.*|changed the (?:chat |group )?(?:theme|colou?r|emoji)\\b.*|set the (?:quick reaction|emoji|theme)\\b.*|(?:un)?pinned a message|made ${NAME} an admin|removed ${NAME} as an? admin|is no longer an admin)`,
  ),
  p(
    'group',
    `${NAME} (?:a|avez) (?:créé (?:le|ce) groupe\\b.*|nommé le groupe\\b.*|(?:modifié|changé) (?:la photo|l${APOS}image|le nom) du groupe\\b.*|supprimé (?:la photo|l${APOS}image|le nom) du groupe|défini (?:le|votre|son) (?:propre )?surnom\\b.*|(?:modifié|changé) (?:le|votre|son) (?:thème|surnom|emoji|émoji)\\b.*|(?:modifié|changé) la couleur\\b.*|(?:désépinglé|épinglé) un message|nommé ${NAME} administrat(?:eur|rice)\\b.*|retiré ${NAME} des administrateurs\\b.*)`,
  ),

  // Polls: their creation, votes and updates. The question and the votes are not turns either.
  p('poll', `${NAME}${APOS}s? poll has (?:multiple|\\d+) updates`),
  p('poll', 'this poll is no longer available'),
  p('poll', `${NAME} created a poll: [\\s\\S]*`),
  p('poll', `${NAME} voted for (?:["“].{1,200}["”].*|.{1,200} in the poll\\b.*)`),
  p('poll', `${NAME} (?:changed|removed) (?:their|his|her|your) vote\\b.*`),
  p('poll', `le sondage de ${NAME} a (?:plusieurs|\\d+) mises? à jour`),
  p('poll', `ce sondage n${APOS}est plus disponible`),
  p('poll', `${NAME} (?:a|avez) créé un sondage ?: [\\s\\S]*`),
  p('poll', `${NAME} (?:a|avez) voté pour (?:[«"“].{1,200}[»"”].*|.{1,200} dans le sondage\\b.*)`),
  p('poll', `${NAME} (?:a|avez) (?:modifié|changé|retiré) (?:son|votre) vote\\b.*`),

  // Calls: who called and when is not what anyone said.
  p('call', '(?:you )?missed (?:a |an )?(?:audio |video )?call(?: from .{1,80})?'),
  p('call', `(?:${NAME} )?(?:started|missed|joined|ended) (?:an? )?(?:audio|video) (?:call|chat)`),
  p('call', `${NAME} (?:started|joined|left|ended) (?:a |an |the )?call`),
  p('call', '(?:the )?(?:audio |video )?(?:call|chat) (?:has )?ended'),
  p('call', 'appel (?:audio |vidéo )?manqué'),
  p('call', `(?:vous avez|${NAME} a) manqué (?:un|votre) appel(?: audio| vidéo)?(?: de .{1,80})?`),
  p('call', `${NAME} (?:a|avez) (?:lancé|démarré|commencé|rejoint|quitté|terminé) (?:un |l${APOS} ?)appel(?: audio| vidéo)?`),
  p('call', `(?:l${APOS} ?)?appel(?: audio| vidéo)? (?:est )?terminé`),

  // Connection notices Messenger and Instagram open a thread with.
  p('connection', 'you are now connected on messenger'),
  p('connection', `you(?:${APOS}re| are) now friends on facebook`),
  p('connection', 'say hi to your new facebook friend\\b.*'),
  p('connection', 'you can now message and call each other\\b.*'),
  p('connection', `this account can${APOS}t receive your message\\b.*`),
  p('connection', `${NAME} accepted your message request|you accepted ${NAME}${APOS}s? message request`),
  p('connection', 'vous êtes (?:maintenant|désormais) (?:connecté|ami)\\S* sur (?:messenger|facebook)'),
  p('connection', 'dites bonjour à votre nouvel(?:le)? ami\\S* facebook\\b.*'),
  p('connection', 'vous pouvez (?:maintenant|désormais) vous envoyer des messages\\b.*'),
  p('connection', 'ce compte ne peut pas recevoir votre message\\b.*'),
  p('connection', `${NAME} a accepté votre demande de message|vous avez accepté la demande de message de ${NAME}`),
];

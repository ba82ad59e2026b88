import { message } from '../define';

/** What a Meta JSON file was expected to hold, when its layout is not the one known. */
export const META_LAYOUTS = {
  'facebook-comments': ['Facebook comments', 'commentaires Facebook'],
  'facebook-reactions': ['Facebook reactions', 'réactions Facebook'],
  'facebook-posts': ['Facebook posts', 'publications Facebook'],
  'dm-thread': ['a DM thread (no "messages" list)', 'une conversation privée (pas de liste "messages")'],
  'instagram-insights': ['Instagram past insights', 'statistiques Instagram passées'],
  'instagram-likes': ['Instagram likes', "mentions J'aime Instagram"],
  'instagram-saved': ['Instagram saved posts', 'publications enregistrées Instagram'],
  'instagram-story-interactions': ['Instagram story interactions', 'interactions avec les stories Instagram'],
  'instagram-connections': ['Instagram followers/following', 'abonnés/abonnements Instagram'],
  'instagram-media': ['Instagram media', 'médias Instagram'],
  'instagram-comments': ['Instagram comments', 'commentaires Instagram'],
} as const;
export type MetaLayout = keyof typeof META_LAYOUTS;
const layout = (what: string, lang: 0 | 1): string => (META_LAYOUTS as Record<string, readonly [string, string]>)[what]?.[lang] ?? what;

const field = {
  en: { date: 'date', timestamp: 'timestamp', Timestamp: 'Timestamp' },
  fr: { date: 'date', timestamp: 'horodatage', Timestamp: 'horodatage (Timestamp)' },
};
const record = { en: { message: 'message', row: 'row' }, fr: { message: 'le message', row: 'la ligne' } };
type TimeField = keyof (typeof field)['en'];
type RecordKind = keyof (typeof record)['en'];

/** Problems particular to one export format; each names the file first. */
export const formatMessages = {
  'import.unreadable-time': message<{ file: string; record: RecordKind; id: string; field: TimeField; value: string }>(
    (p) => `${p.file}: ${record.en[p.record]} ${p.id} has an unreadable ${field.en[p.field]} "${p.value}"`,
    (p) => `${p.file} : ${record.fr[p.record]} ${p.id} a un champ ${field.fr[p.field]} illisible « ${p.value} »`,
  ),
  'import.header-mismatch': message<{ file: string; expected: string }>(
    (p) => `${p.file}: header is not ${p.expected}`,
    (p) => `${p.file} : l'en-tête n'est pas ${p.expected}`,
  ),
  'import.row-no-field': message<{ file: string; row: number; field: 'author id' | 'message ID' }>(
    (p) => `${p.file}: row ${p.row} has no ${p.field}`,
    (p) => `${p.file} : la ligne ${p.row} n'a pas de ${p.field === 'author id' ? "identifiant d'auteur" : 'identifiant de message'}`,
  ),
  'import.discord-package-folder': message<{ file: string }>(
    (p) => `${p.file}: not inside a Messages/c<channel id>/ folder of a Discord data package`,
    (p) => `${p.file} : pas dans un dossier Messages/c<id du salon>/ d'un paquet de données Discord`,
  ),
  'import.discord-package-message': message<{ file: string; n: number }>(
    (p) => `${p.file}: message ${p.n} has no ID or Timestamp`,
    (p) => `${p.file} : le message ${p.n} n'a ni ID ni Timestamp`,
  ),
  'import.dce-not-message': message<{ file: string; n: number }>(
    (p) => `${p.file}: message ${p.n} is not a DiscordChatExporter message (no id, timestamp or author id)`,
    (p) => `${p.file} : le message ${p.n} n'est pas un message DiscordChatExporter (pas d'id, d'horodatage ou d'id d'auteur)`,
  ),
  'import.dce-no-channel': message<{ file: string }>(
    (p) => `${p.file}: no channel (id) before the messages: not a DiscordChatExporter export`,
    (p) => `${p.file} : aucun salon (id) avant les messages : pas un export DiscordChatExporter`,
  ),
  'import.dce-no-messages': message<{ file: string }>(
    (p) => `${p.file}: no "messages" array: not a DiscordChatExporter export`,
    (p) => `${p.file} : pas de tableau "messages" : pas un export DiscordChatExporter`,
  ),
  'import.tiktok-not-object': message<{ file: string }>(
    (p) => `${p.file}: not a TikTok data export (the JSON is not an object)`,
    (p) => `${p.file} : pas un export de données TikTok (le JSON n'est pas un objet)`,
  ),
  'import.tiktok-nothing': message<{ file: string }>(
    (p) => `${p.file}: no TikTok activity, messages or posts found in this JSON`,
    (p) => `${p.file} : aucune activité, aucun message ni aucune publication TikTok dans ce JSON`,
  ),
  'import.linkedin-no-header': message<{ file: string }>(
    (p) => `${p.file}: no LinkedIn header row found in the first lines`,
    (p) => `${p.file} : aucune ligne d'en-tête LinkedIn dans les premières lignes`,
  ),
  'import.linkedin-wrong-file': message<{ file: string; expected: string; found: string }>(
    (p) => `${p.file}: expected a LinkedIn ${p.expected} file, found ${p.found}`,
    (p) => `${p.file} : fichier LinkedIn ${p.expected} attendu, ${p.found} trouvé`,
  ),
  'import.telegram-message-no-id': message<{ file: string; chat: string }>(
    (p) => `${p.file}: a message of chat "${p.chat}" has no numeric id`,
    (p) => `${p.file} : un message de la discussion « ${p.chat} » n'a pas d'id numérique`,
  ),
  'import.telegram-nothing-usable': message<{ file: string; n: number }>(
    (p) => `${p.file}: none of its ${p.n} record(s) could be read (messages without an id, chats without an id or a name)`,
    (p) => `${p.file} : aucun de ses ${p.n} enregistrement(s) n'a pu être lu (messages sans id, discussions sans id ni nom)`,
  ),
  'import.telegram-nothing': message<{ file: string }>(
    (p) => `${p.file}: no "messages" array and no "chats" list: not a Telegram Desktop export`,
    (p) => `${p.file} : ni tableau "messages" ni liste "chats" : pas un export Telegram Desktop`,
  ),
  'import.generic-no-timestamp': message<{ file: string; line: number; value: string }>(
    (p) => `${p.file}: no row could be read: no readable timestamp (first: line ${p.line}: "${p.value}")`,
    (p) => `${p.file} : aucune ligne n'a pu être lue : aucun horodatage lisible (premier : ligne ${p.line} : « ${p.value} »)`,
  ),
  'import.generic-no-author': message<{ file: string }>(
    (p) => `${p.file}: no row could be read: no row has an author`,
    (p) => `${p.file} : aucune ligne n'a pu être lue : aucune ligne n'a d'auteur`,
  ),
  'import.generic-unknown-kinds': message<{ file: string; kinds: string }>(
    (p) => `${p.file}: no row could be read: unknown kind(s): ${p.kinds}`,
    (p) => `${p.file} : aucune ligne n'a pu être lue : type(s) inconnu(s) : ${p.kinds}`,
  ),
  'import.generic-no-header': message<{ file: string }>(
    (p) => `${p.file}: header has no "author" and "timestamp" columns`,
    (p) => `${p.file} : l'en-tête n'a pas de colonnes "author" et "timestamp"`,
  ),
  'import.mapping-columns-missing': message<{ file: string; columns: string }>(
    (p) => `${p.file}: mapped column(s) not in the header: ${p.columns}`,
    (p) => `${p.file} : colonne(s) du mappage absente(s) de l'en-tête : ${p.columns}`,
  ),
  'import.mapping-invalid': message<{ path: string; problem: string; file?: string }>(
    (p) => `${p.file ? `${p.file}: ` : ''}invalid column mapping: ${p.path}: ${p.problem}`,
    (p) =>
      `${p.file ? `${p.file} : ` : ''}mappage de colonnes invalide : ${p.path} : ${p.problem === 'is missing' ? 'manquant' : p.problem}`,
  ),
  'import.meta-not-object': message<{ file: string }>(
    (p) => `${p.file}: JSON layout not recognised (neither an object nor a list)`,
    (p) => `${p.file} : structure JSON non reconnue (ni un objet ni une liste)`,
  ),
  'import.meta-layout': message<{ file: string; what: string; keys: string }>(
    (p) => `${p.file}: JSON layout not recognised as ${layout(p.what, 0)} (top level: ${p.keys || 'empty'})`,
    (p) => `${p.file} : structure JSON non reconnue comme ${layout(p.what, 1)} (niveau supérieur : ${p.keys || 'vide'})`,
  ),
  'import.insights-no-id': message<{ file: string }>(
    (p) => `${p.file}: has no "Post ID" or "Permalink" column: not a Meta insights export`,
    (p) => `${p.file} : pas de colonne "Post ID" ni "Permalink" : pas un export de statistiques Meta`,
  ),
  'import.profile-no-username': message<{ file: string }>(
    (p) => `${p.file}: profile file names no username`,
    (p) => `${p.file} : le fichier de profil ne donne aucun nom d'utilisateur`,
  ),
  'import.whatsapp-no-line': message<{ file: string }>(
    (p) => `${p.file}: no WhatsApp message line found`,
    (p) => `${p.file} : aucune ligne de message WhatsApp trouvée`,
  ),
  'import.whatsapp-bad-start': message<{ file: string }>(
    (p) => `${p.file}: does not start with a WhatsApp message line`,
    (p) => `${p.file} : ne commence pas par une ligne de message WhatsApp`,
  ),
  'import.youtube-header': message<{ file: string; layout: 'comments' | 'live chats'; found: string }>(
    (p) => `${p.file}: header not recognised as a YouTube ${p.layout} file: ${p.found}`,
    (p) =>
      `${p.file} : en-tête non reconnu comme un fichier YouTube ${p.layout === 'comments' ? 'de commentaires' : 'de chats en direct'} : ${p.found}`,
  ),
};

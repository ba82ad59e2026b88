/**
 * Labels Meta translates into the account's language (formats.md §0.2). Each list starts with the
 * English label; the others come from public parsers (d3i: Dutch) and the UI wording of other languages.
 * Lookups are case- and accent-insensitive; importers fall back on structure when none matches.
 */
export const LABELS = {
  comment: ['Comment', 'Opmerking', 'Commentaire', 'Kommentar', 'Comentario', 'Comentário', 'Commento', 'Komentar', 'Yorum', 'Reactie'],
  mediaOwner: [
    'Media Owner',
    'Media-eigenaar',
    'Propriétaire du contenu',
    'Propriétaire du média',
    'Medieninhaber',
    'Propietario del contenido',
    'Proprietário do conteúdo',
    'Proprietario del contenuto',
    'Pemilik Media',
  ],
  time: ['Time', 'Tijd', 'Heure', 'Zeit', 'Hora', 'Ora', 'Waktu', 'Tid'],
  savedOn: ['Saved on', 'Opgeslagen op', 'Enregistré le', 'Gespeichert am', 'Guardado el', 'Salvo em', 'Salvato il', 'Disimpan pada'],
  name: ['Name', 'Naam', 'Nom', 'Nombre', 'Nome', 'Nama', 'Navn'],
  username: [
    'Username',
    'Gebruikersnaam',
    "Nom d'utilisateur",
    'Nombre de usuario',
    'Benutzername',
    'Nome utente',
    'Nome de usuário',
    'Nama pengguna',
    'Brugernavn',
  ],
  url: ['URL', 'Link', 'Lien', 'Enlace'],
  caption: ['Caption', 'Bijschrift', 'Légende', 'Bildunterschrift', 'Pie de foto', 'Legenda', 'Didascalia', 'Keterangan'],
  owner: ['Owner', 'Eigenaar', 'Propriétaire', 'Inhaber', 'Propietario', 'Proprietário', 'Proprietario', 'Pemilik'],
  reaction: ['Reaction', 'Reactie', 'Réaction', 'Reaktion', 'Reacción', 'Reação', 'Reazione', 'Reaksi'],
  creationTimestamp: ['Creation Timestamp', 'Creation time', 'Aanmaaktijdstip', 'Date de création', 'Erstellungszeitpunkt'],
  dateRange: [
    'Date range',
    'Datumbereik',
    'Période',
    'Zeitraum',
    'Intervalo de fechas',
    'Intervalo de datas',
    'Intervallo di date',
    'Rentang tanggal',
  ],
  mediaThumbnail: ['Media Thumbnail', 'Miniatuur van media', 'Miniature', 'Miniatura'],
} as const;

export function foldLabel(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .trim()
    .toLowerCase();
}

const FOLDED = new Map<readonly string[], Set<string>>();

export function labelIs(label: string, aliases: readonly string[]): boolean {
  let set = FOLDED.get(aliases);
  if (!set) {
    set = new Set(aliases.map(foldLabel));
    FOLDED.set(aliases, set);
  }
  return set.has(foldLabel(label));
}

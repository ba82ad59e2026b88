import { message } from '../define';

/** The workspace and its client files. */
export const clientMessages = {
  'client.exists': message<{ name: string; dir: string }>(
    (p) => `client "${p.name}" already exists in ${p.dir}`,
    (p) => `le client « ${p.name} » existe déjà dans ${p.dir}`,
  ),
  'client.missing': message<{ name: string; dir: string }>(
    (p) => `no client named "${p.name}" in ${p.dir} (create it first, or check --workspace)`,
    (p) => `aucun client nommé « ${p.name} » dans ${p.dir} (créez-le d'abord, ou vérifiez --workspace)`,
  ),
  'client.not-sqlite': message<{ file: string }>(
    (p) => `${p.file}: is not a Cercle client file (not a readable SQLite database)`,
    (p) => `${p.file} : n'est pas un fichier client Cercle (pas une base SQLite lisible)`,
  ),
  'client.no-schema': message<{ file: string }>(
    (p) => `${p.file}: is not a Cercle client file (no Cercle schema)`,
    (p) => `${p.file} : n'est pas un fichier client Cercle (aucun schéma Cercle)`,
  ),
  'client.newer-schema': message<{ file: string; found: number; known: number }>(
    (p) => `${p.file}: was written by a newer Cercle (schema ${p.found}, this version knows up to ${p.known}); update Cercle to open it`,
    (p) =>
      `${p.file} : a été écrit par une version plus récente de Cercle (schéma ${p.found}, cette version connaît jusqu'au ${p.known}) ; mettez Cercle à jour pour l'ouvrir`,
  ),
  'client.unreadable': message<{ file: string; detail: string }>(
    (p) => `${p.file}: could not be read (${p.detail})`,
    (p) => `${p.file} : n'a pas pu être lu (${p.detail})`,
  ),
  'client.too-large': message<{ file: string; size: string; max: string }>(
    (p) => `${p.file}: is ${p.size}, more than the ${p.max} Cercle can hold in memory; split the client by period or platform`,
    (p) =>
      `${p.file} : fait ${p.size}, plus que les ${p.max} que Cercle peut garder en mémoire ; scindez le client par période ou par plateforme`,
  ),
  'client.save-failed': message<{ file: string; detail: string }>(
    (p) => `${p.file}: could not be saved (${p.detail}); the file keeps its previous content`,
    (p) => `${p.file} : n'a pas pu être enregistré (${p.detail}) ; le fichier garde son contenu précédent`,
  ),
  'client.locked': message<{ name: string }>(
    (p) => `client "${p.name}" is encrypted: give its passphrase to open it (CLI: CERCLE_PASSPHRASE or --passphrase-file)`,
    (p) => `le client « ${p.name} » est chiffré : donnez sa phrase secrète pour l'ouvrir (CLI : CERCLE_PASSPHRASE ou --passphrase-file)`,
  ),
  'client.wrong-passphrase': message<{ name: string }>(
    (p) => `wrong passphrase for client "${p.name}" (or its file was altered)`,
    (p) => `phrase secrète incorrecte pour le client « ${p.name} » (ou son fichier a été modifié)`,
  ),
  'client.current-passphrase': message<{ name: string }>(
    (p) => `client "${p.name}" is encrypted: give its current passphrase to change or remove it`,
    (p) => `le client « ${p.name} » est chiffré : donnez sa phrase secrète actuelle pour la changer ou la retirer`,
  ),
  'client.passphrase-short': message<{ min: number }>(
    (p) => `the passphrase is too short: at least ${p.min} characters`,
    (p) => `la phrase secrète est trop courte : au moins ${p.min} caractères`,
  ),
  'client.encrypted-unreadable': message<{ file: string }>(
    (p) => `${p.file}: is an encrypted Cercle client this version cannot read (unknown format or damaged header)`,
    (p) => `${p.file} : est un client Cercle chiffré que cette version ne sait pas lire (format inconnu ou en-tête abîmé)`,
  ),
  'time-zone.unknown': message<{ zone: string }>(
    (p) => `unknown time zone "${p.zone}"`,
    (p) => `fuseau horaire inconnu « ${p.zone} »`,
  ),
};

import type { FeatureMessages } from '../i18n/types';

const en = {
  badge: { encrypted: 'encrypted', locked: 'encrypted · locked' },
  lock: {
    button: 'Lock now',
    hint: 'Closes this client and forgets its key: its passphrase is asked for again.',
    failed: 'Could not lock',
  },
  unlock: {
    title: 'This client is encrypted',
    subtitle: 'Its file on this computer can only be read with its passphrase. Cercle keeps the key in memory until the app closes.',
    label: 'Passphrase of {{client}}',
    submit: 'Unlock',
    busy: 'Unlocking…',
  },
  card: {
    title: 'Encryption',
    plain: 'This client’s file is saved in the clear: anyone who copies it can read it.',
    encrypted: 'This client’s file is encrypted (AES-256-GCM, key derived by scrypt from the passphrase).',
    warning:
      'Keep the passphrase safe: if it is lost, nobody can recover the client, not even with Cercle. It protects a copied or lost file and backups, not a computer used while the client is open.',
    current: 'Current passphrase',
    next: 'New passphrase',
    nextHint: 'At least 8 characters; a few unrelated words are strong and easy to type.',
    confirm: 'New passphrase, again',
    mismatch: 'The two new passphrases differ.',
    set: 'Encrypt with this passphrase',
    change: 'Change the passphrase',
    remove: 'Remove the passphrase',
    busy: 'Saving the file…',
    doneSet: 'Encrypted: the file on disk can no longer be read without the passphrase.',
    doneChange: 'Passphrase changed.',
    doneRemove: 'Passphrase removed: the file is saved in the clear.',
  },
};

export const encryptionMessages: FeatureMessages<typeof en> = {
  en,
  fr: {
    badge: { encrypted: 'chiffré', locked: 'chiffré · verrouillé' },
    lock: {
      button: 'Verrouiller',
      hint: 'Ferme ce client et oublie sa clé : sa phrase secrète sera demandée à nouveau.',
      failed: 'Verrouillage impossible',
    },
    unlock: {
      title: 'Ce client est chiffré',
      subtitle:
        'Son fichier sur cet ordinateur ne se lit qu’avec sa phrase secrète. Cercle garde la clé en mémoire jusqu’à la fermeture de l’application.',
      label: 'Phrase secrète de {{client}}',
      submit: 'Déverrouiller',
      busy: 'Déverrouillage…',
    },
    card: {
      title: 'Chiffrement',
      plain: 'Le fichier de ce client est enregistré en clair : quiconque le copie peut le lire.',
      encrypted: 'Le fichier de ce client est chiffré (AES-256-GCM, clé dérivée de la phrase secrète par scrypt).',
      warning:
        'Gardez la phrase secrète en lieu sûr : perdue, personne ne peut récupérer le client, pas même avec Cercle. Elle protège un fichier copié ou perdu et les sauvegardes, pas un ordinateur utilisé pendant que le client est ouvert.',
      current: 'Phrase secrète actuelle',
      next: 'Nouvelle phrase secrète',
      nextHint: 'Au moins 8 caractères ; quelques mots sans rapport entre eux sont solides et faciles à taper.',
      confirm: 'Nouvelle phrase secrète, à nouveau',
      mismatch: 'Les deux nouvelles phrases secrètes diffèrent.',
      set: 'Chiffrer avec cette phrase secrète',
      change: 'Changer la phrase secrète',
      remove: 'Retirer la phrase secrète',
      busy: 'Enregistrement du fichier…',
      doneSet: 'Chiffré : le fichier sur le disque ne se lit plus sans la phrase secrète.',
      doneChange: 'Phrase secrète changée.',
      doneRemove: 'Phrase secrète retirée : le fichier est enregistré en clair.',
    },
  },
};

import type { FeatureMessages } from '../i18n/types';

const en = {
  title: 'Clients',
  subtitle: 'Each client is one file on this computer. Nothing is uploaded anywhere.',
  listTitle: 'Your clients',
  empty: 'No client yet: create one, or run the demo to see what Cercle shows.',
  columns: { name: 'Client', modified: 'Last change', size: 'File size', actions: 'Actions' },
  open: 'Open',
  importData: 'Import',
  delete: 'Delete',
  confirmDelete: 'Delete {{name}}?',
  confirm: 'Yes, delete',
  cancel: 'Keep',
  newTitle: 'New client',
  newSubtitle: 'The time zone is the one every day, week and month is counted in.',
  nameLabel: 'Client name',
  namePlaceholder: 'e.g. Maison Lune',
  tzLabel: 'Time zone',
  create: 'Create client',
  creating: 'Creating…',
  demoTitle: 'Demo',
  demoText:
    'A year of a generated brand community on Instagram, WhatsApp, Discord, LinkedIn and Telegram, imported from exports in the platforms’ real formats.',
  runDemo: 'Run the demo',
  runningDemo: 'Generating…',
  demoExists: 'Running it again regenerates the "demo" client.',
  large: {
    large:
      'This client’s file is large ({{size}}): Cercle holds it in memory (about {{memory}} to open and save it) and every change saves the whole file, which takes a few seconds. Splitting it by period or platform keeps it quick.',
    huge: 'This client’s file is very large ({{size}}): opening and saving it needs about {{memory}} of memory, which a computer with 8 GB may not have, and every change takes several seconds to save. Split it by period or platform (one client per year, for example) before importing more.',
  },
};

export const clientsMessages: FeatureMessages<typeof en> = {
  en,
  fr: {
    title: 'Clients',
    subtitle: 'Chaque client est un fichier sur cet ordinateur. Rien n’est envoyé nulle part.',
    listTitle: 'Vos clients',
    empty: 'Aucun client pour l’instant : créez-en un, ou lancez la démo pour voir ce que montre Cercle.',
    columns: { name: 'Client', modified: 'Dernière modification', size: 'Taille du fichier', actions: 'Actions' },
    open: 'Ouvrir',
    importData: 'Importer',
    delete: 'Supprimer',
    confirmDelete: 'Supprimer {{name}} ?',
    confirm: 'Oui, supprimer',
    cancel: 'Garder',
    newTitle: 'Nouveau client',
    newSubtitle: 'Le fuseau horaire est celui dans lequel chaque jour, semaine et mois est compté.',
    nameLabel: 'Nom du client',
    namePlaceholder: 'par ex. Maison Lune',
    tzLabel: 'Fuseau horaire',
    create: 'Créer le client',
    creating: 'Création…',
    large: {
      large:
        'Le fichier de ce client est volumineux ({{size}}) : Cercle le garde en mémoire (environ {{memory}} pour l’ouvrir et l’enregistrer) et chaque modification enregistre tout le fichier, ce qui prend quelques secondes. Le scinder par période ou par plateforme le garde rapide.',
      huge: 'Le fichier de ce client est très volumineux ({{size}}) : l’ouvrir et l’enregistrer demande environ {{memory}} de mémoire, ce qu’un ordinateur de 8 Go n’a pas toujours, et chaque modification met plusieurs secondes à s’enregistrer. Scindez-le par période ou par plateforme (un client par année, par exemple) avant d’importer davantage.',
    },
    demoTitle: 'Démo',
    demoText:
      'Une année d’une communauté de marque générée sur Instagram, WhatsApp, Discord, LinkedIn et Telegram, importée depuis des exports aux vrais formats des plateformes.',
    runDemo: 'Lancer la démo',
    runningDemo: 'Génération…',
    demoExists: 'La relancer régénère le client « demo ».',
  },
};

import type { FeatureMessages } from '../i18n/types';

const en = {
  title: 'Settings',
  subtitle:
    'The client’s time zone, brand names and every threshold and weight the metrics use, with their defaults from the methodology. Saving a change rebuilds the analytics (seconds; about 20 s for a million interactions).',
  client: {
    title: 'Client',
    subtitle: 'Every date is counted on this calendar, and messages from these names are the brand’s.',
    tz: 'Time zone',
    tzHint: 'Days, weeks and months are cut at midnight here; exports without a time zone (WhatsApp, Telegram’s date) are read in it.',
    brands: 'Brand names',
    brandsHint: 'Comma-separated names or handles of the brand’s accounts: their messages are the brand’s answers, not members’ messages.',
    save: 'Save the client',
  },
  metrics: {
    title: 'Metrics',
    save: 'Save the metrics settings',
    reset: 'Back to the defaults',
    resetConfirm: 'Put every metrics setting back to its default? The analytics will be rebuilt.',
    unsaved: 'Unsaved changes',
  },
  saving: 'Saving and rebuilding the analytics…',
  saved: 'Saved: the analytics were rebuilt.',
  rebuildNote: 'Changing a setting rebuilds the analytics: every screen then counts with the new value.',
  sections: {
    response: {
      title: 'Responsiveness',
      subtitle: 'Which conversations expect the brand’s answer, and how fast is fast.',
    },
    conversations: {
      title: 'Conversations',
      subtitle: 'Where one conversation ends and the next begins.',
    },
    thresholds: {
      title: 'Funnel and members',
      subtitle: 'The thresholds of the engagement ladder and of the onion of members.',
    },
    depth: {
      title: 'Depth of an interaction',
      subtitle: 'How much each kind of interaction weighs in a member’s love score (Orbit), the deeper the heavier.',
    },
    ambassadors: {
      title: 'Ambassador score and reach',
      subtitle:
        'Score = 100 × the weighted mean of the member’s percentiles on each component (weights are rescaled to sum to 1). Reach sums the member’s ties to others.',
    },
    rules: {
      title: 'Intent rules',
      subtitle:
        'Regular expressions, one per line, matched on members’ messages in lower case and without accents (so “livraison” also finds « Livraison »). A message can carry several signals.',
    },
  },
  fields: {
    responseScope: {
      label: 'Conversations that expect an answer',
      hint: 'Addressed: opened by a member with a DM, a story reply, a comment, a mention, the brand named, a purchase question, a complaint or an opening question. All: every conversation a member opened.',
      addressed: 'Addressed to the brand',
      all: 'Every conversation a member opened',
    },
    responseWindowHours: {
      label: 'Response window (hours)',
      hint: 'The share answered “within the window” counts answers given within this many hours.',
    },
    businessDays: { label: 'Business days', hint: 'The business-hours variant counts only the time the brand was open.' },
    businessStart: { label: 'Opens at', hint: '' },
    businessEnd: { label: 'Closes at', hint: '' },
    conversationGapMinutes: {
      label: 'Silence that ends a chat conversation (minutes)',
      hint: 'In a group chat or channel, a silence longer than this starts a new conversation.',
    },
    threadGapHours: {
      label: 'Silence that reopens a thread (hours)',
      hint: 'A DM or comment thread silent longer than this counts again as a new conversation (168 h = a week).',
    },
    detailedWords: { label: 'Words of a detailed comment', hint: 'A comment or message of at least this many words is detailed (deeper).' },
    conversationMinMessages: {
      label: 'Messages of a real exchange',
      hint: 'The funnel’s “conversation” step: a member replied back to the brand, or wrote this many messages in one conversation with others.',
    },
    conversionWindowDays: {
      label: 'Conversion window (days)',
      hint: 'A funnel step counts only if reached within this many days of the member’s first interaction.',
    },
    recurringWeeks: { label: 'Recurring: active weeks', hint: 'A recurring member was active in at least this many distinct weeks…' },
    recurringConversations: { label: 'Recurring: conversations', hint: '…and took part in at least this many conversations.' },
    ambassadorMinAdvocacy: {
      label: 'Ambassador: acts of advocacy',
      hint: 'A recurring member with this many praises or recommendations of the brand, or help credited by another member, is an ambassador.',
    },
    ambassadorLimit: { label: 'Ambassadors listed', hint: 'How many ranked members the ambassador list shows.' },
    onionCore: {
      label: 'Core share of activity',
      hint: 'Core members: the most active ones who together make this share of the active interactions (0.8 = 80%).',
    },
    onionRegular: {
      label: 'Regular share of activity',
      hint: 'Regular members: the next share (0.15 = 15%); casual members are the rest.',
    },
    loveMonthlyDecay: {
      label: 'Monthly decay of love',
      hint: 'Each month that passes multiplies an interaction’s weight by this (0.9: a year-old interaction weighs 28%).',
    },
    reachMaxMembers: {
      label: 'Largest conversation for co-presence',
      hint: 'Sharing a conversation counts towards reach only in conversations of at most this many members.',
    },
    reachDecay: { label: 'Monthly decay of reach', hint: 'As for love: the weight of a tie after each month.' },
    reachReply: { label: 'Reply or mention between members', hint: 'Reach gained, by both members, per reply or mention.' },
    reachCoPresence: { label: 'Shared conversation', hint: 'Reach gained per other member of a conversation.' },
  },
  depth: {
    like: 'Like or reaction',
    follow: 'Follow or join',
    save: 'Save',
    share: 'Share',
    shortComment: 'Short comment',
    detailedComment: 'Detailed comment',
    storyReply: 'Story reply',
    dm: 'Direct message',
    twoWayReply: 'Reply in a two-way exchange',
  },
  weights: {
    love: 'Love',
    recommendations: 'Recommendations',
    helped: 'Help credited',
    reach: 'Reach',
    onion: 'Onion tier',
    retention: 'Retention',
  },
  rules: {
    question: 'Questions',
    purchase: 'Purchase intent',
    complaint: 'Complaints',
    praise: 'Praise and recommendations',
    thanks: 'Thanks (credits the member who helped)',
    count_one: '{{count}} rule',
    count_other: '{{count}} rules',
  },
  days: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  errors: {
    number: '{{field}}: enter a number',
    integer: '{{field}}: enter a whole number',
    min: '{{field}}: at least {{min}}',
    above: '{{field}}: more than {{min}}',
    max: '{{field}}: at most {{max}}',
    below: '{{field}}: less than {{max}}',
    time: '{{field}}: a time as HH:MM',
    tooMany: '{{field}}: at most {{max}} rules',
    badRule: '{{field}}: “{{pattern}}” is not a valid regular expression',
    shares: 'Core and regular shares together must stay below 1',
    hours: 'Business hours: closing must come after opening',
    invalid: '{{field}}: not a valid value',
  },
};

export const settingsMessages: FeatureMessages<typeof en> = {
  en,
  fr: {
    title: 'Réglages',
    subtitle:
      'Le fuseau horaire du client, les noms de la marque et chaque seuil et pondération des indicateurs, avec leurs valeurs par défaut tirées de la méthodologie. Enregistrer un changement recalcule les analyses (quelques secondes ; une vingtaine pour un million d’interactions).',
    client: {
      title: 'Client',
      subtitle: 'Chaque date est comptée dans ce calendrier, et les messages de ces noms sont ceux de la marque.',
      tz: 'Fuseau horaire',
      tzHint:
        'Jours, semaines et mois sont coupés à minuit ici ; les exports sans fuseau (WhatsApp, la date de Telegram) sont lus dans celui-ci.',
      brands: 'Noms de la marque',
      brandsHint:
        'Noms ou identifiants des comptes de la marque, séparés par des virgules : leurs messages sont les réponses de la marque, pas ceux des membres.',
      save: 'Enregistrer le client',
    },
    metrics: {
      title: 'Indicateurs',
      save: 'Enregistrer les réglages des indicateurs',
      reset: 'Revenir aux valeurs par défaut',
      resetConfirm: 'Remettre chaque réglage des indicateurs à sa valeur par défaut ? Les analyses seront recalculées.',
      unsaved: 'Modifications non enregistrées',
    },
    saving: 'Enregistrement et recalcul des analyses…',
    saved: 'Enregistré : les analyses ont été recalculées.',
    rebuildNote: 'Changer un réglage recalcule les analyses : chaque écran compte ensuite avec la nouvelle valeur.',
    sections: {
      response: {
        title: 'Réactivité',
        subtitle: 'Quelles conversations attendent une réponse de la marque, et ce qu’est une réponse rapide.',
      },
      conversations: {
        title: 'Conversations',
        subtitle: 'Où une conversation s’arrête et où commence la suivante.',
      },
      thresholds: {
        title: 'Entonnoir et membres',
        subtitle: 'Les seuils de l’échelle d’engagement et de l’oignon des membres.',
      },
      depth: {
        title: 'Profondeur d’une interaction',
        subtitle:
          'Le poids de chaque type d’interaction dans le score d’attachement d’un membre (Orbit) : plus elle est profonde, plus elle pèse.',
      },
      ambassadors: {
        title: 'Score d’ambassadeur et rayonnement',
        subtitle:
          'Score = 100 × la moyenne pondérée des rangs centiles du membre sur chaque composante (les poids sont ramenés à une somme de 1). Le rayonnement additionne les liens du membre avec les autres.',
      },
      rules: {
        title: 'Règles d’intention',
        subtitle:
          'Expressions régulières, une par ligne, appliquées aux messages des membres en minuscules et sans accents (« livraison » trouve aussi « Livraison »). Un message peut porter plusieurs signaux.',
      },
    },
    fields: {
      responseScope: {
        label: 'Conversations qui attendent une réponse',
        hint: 'Adressées : ouvertes par un membre par message privé, réponse à une story, commentaire, mention, marque nommée, question d’achat, réclamation ou question d’ouverture. Toutes : chaque conversation ouverte par un membre.',
        addressed: 'Adressées à la marque',
        all: 'Toutes celles ouvertes par un membre',
      },
      responseWindowHours: {
        label: 'Délai de réponse (heures)',
        hint: 'La part répondue « dans le délai » compte les réponses données en moins de ce nombre d’heures.',
      },
      businessDays: {
        label: 'Jours ouvrés',
        hint: 'La variante en heures ouvrées ne compte que le temps où la marque était ouverte.',
      },
      businessStart: { label: 'Ouvre à', hint: '' },
      businessEnd: { label: 'Ferme à', hint: '' },
      conversationGapMinutes: {
        label: 'Silence qui clôt une discussion (minutes)',
        hint: 'Dans un groupe ou un salon, un silence plus long que celui-ci ouvre une nouvelle conversation.',
      },
      threadGapHours: {
        label: 'Silence qui rouvre un fil (heures)',
        hint: 'Un fil de messages privés ou de commentaires silencieux plus longtemps compte à nouveau comme une nouvelle conversation (168 h = une semaine).',
      },
      detailedWords: {
        label: 'Mots d’un commentaire détaillé',
        hint: 'Un commentaire ou message d’au moins ce nombre de mots est détaillé (plus profond).',
      },
      conversationMinMessages: {
        label: 'Messages d’un véritable échange',
        hint: 'L’étape « conversation » de l’entonnoir : le membre a répondu à la marque, ou a écrit ce nombre de messages dans une conversation avec d’autres.',
      },
      conversionWindowDays: {
        label: 'Fenêtre de conversion (jours)',
        hint: 'Une étape de l’entonnoir ne compte que si elle est atteinte dans ce nombre de jours après la première interaction du membre.',
      },
      recurringWeeks: {
        label: 'Récurrent : semaines actives',
        hint: 'Un membre récurrent a été actif au moins ce nombre de semaines distinctes…',
      },
      recurringConversations: {
        label: 'Récurrent : conversations',
        hint: '…et a pris part à au moins ce nombre de conversations.',
      },
      ambassadorMinAdvocacy: {
        label: 'Ambassadeur : actes de soutien',
        hint: 'Un membre récurrent avec ce nombre d’éloges ou de recommandations de la marque, ou d’aides reconnues par un autre membre, est ambassadeur.',
      },
      ambassadorLimit: { label: 'Ambassadeurs listés', hint: 'Combien de membres classés la liste des ambassadeurs affiche.' },
      onionCore: {
        label: 'Part d’activité du cœur',
        hint: 'Le cœur : les membres les plus actifs qui font ensemble cette part des interactions actives (0,8 = 80 %).',
      },
      onionRegular: {
        label: 'Part d’activité des réguliers',
        hint: 'Les réguliers : la part suivante (0,15 = 15 %) ; les occasionnels sont le reste.',
      },
      loveMonthlyDecay: {
        label: 'Déclin mensuel de l’attachement',
        hint: 'Chaque mois écoulé multiplie le poids d’une interaction par ce nombre (0,9 : une interaction d’il y a un an pèse 28 %).',
      },
      reachMaxMembers: {
        label: 'Plus grande conversation pour la co-présence',
        hint: 'Partager une conversation ne compte pour le rayonnement que dans les conversations d’au plus ce nombre de membres.',
      },
      reachDecay: { label: 'Déclin mensuel du rayonnement', hint: 'Comme pour l’attachement : le poids d’un lien après chaque mois.' },
      reachReply: {
        label: 'Réponse ou mention entre membres',
        hint: 'Rayonnement gagné, par les deux membres, à chaque réponse ou mention.',
      },
      reachCoPresence: { label: 'Conversation partagée', hint: 'Rayonnement gagné par autre membre d’une conversation.' },
    },
    depth: {
      like: 'J’aime ou réaction',
      follow: 'Abonnement ou arrivée',
      save: 'Enregistrement',
      share: 'Partage',
      shortComment: 'Commentaire court',
      detailedComment: 'Commentaire détaillé',
      storyReply: 'Réponse à une story',
      dm: 'Message privé',
      twoWayReply: 'Réponse dans un échange à double sens',
    },
    weights: {
      love: 'Attachement',
      recommendations: 'Recommandations',
      helped: 'Aide reconnue',
      reach: 'Rayonnement',
      onion: 'Cercle de l’oignon',
      retention: 'Fidélité',
    },
    rules: {
      question: 'Questions',
      purchase: 'Intentions d’achat',
      complaint: 'Réclamations',
      praise: 'Éloges et recommandations',
      thanks: 'Remerciements (créditent le membre qui a aidé)',
      count_one: '{{count}} règle',
      count_other: '{{count}} règles',
    },
    days: { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.', sun: 'dim.' },
    errors: {
      number: '{{field}} : saisissez un nombre',
      integer: '{{field}} : saisissez un nombre entier',
      min: '{{field}} : au moins {{min}}',
      above: '{{field}} : plus de {{min}}',
      max: '{{field}} : au plus {{max}}',
      below: '{{field}} : moins de {{max}}',
      time: '{{field}} : une heure au format HH:MM',
      tooMany: '{{field}} : au plus {{max}} règles',
      badRule: '{{field}} : « {{pattern}} » n’est pas une expression régulière valide',
      shares: 'Les parts du cœur et des réguliers doivent rester ensemble sous 1',
      hours: 'Heures ouvrées : la fermeture doit venir après l’ouverture',
      invalid: '{{field}} : valeur non valide',
    },
  },
};

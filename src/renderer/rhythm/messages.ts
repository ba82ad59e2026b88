import type { FeatureMessages } from '../i18n/types';

const en = {
  title: 'Activity rhythm',
  subtitle:
    'When members are active and when the brand writes, by weekday and hour on the client’s clock ({{tz}}), over the period and platforms filtered.',
  lesson: 'Be there when your members are: an answer given in their busy hours reaches them while they are still in the conversation.',
  peaks: 'Members are busiest {{members}}; the brand writes most {{brand}}.',
  peaksNoBrand: 'Members are busiest {{members}}; the brand wrote nothing in this period.',
  unattended: {
    members: '{{share}} of members’ interactions came at hours when the brand never wrote.',
    memberMessages: '{{share}} of members’ messages came at hours when the brand never wrote.',
  },
  slot: '{{day}} {{from}}–{{to}}',
  or: ', ',
  measure: 'Members',
  measures: { members: 'All their interactions', memberMessages: 'Their messages only' },
  membersTitle: 'When members are active',
  membersSubtitle: {
    members: 'Member interactions (messages, comments, reactions, likes…)',
    memberMessages: 'Member messages and comments',
  },
  brandTitle: 'When the brand writes',
  brandSubtitle: 'The brand’s messages, comments and replies',
  series: { members: 'Member interactions', memberMessages: 'Member messages', brand: 'Brand messages' },
  segmentIgnored: 'The member segment does not apply here: these counts are of every member.',
  empty: 'No activity in this period.',
};

export const rhythmMessages: FeatureMessages<typeof en> = {
  en,
  fr: {
    title: 'Rythme d’activité',
    subtitle:
      'Quand les membres sont actifs et quand la marque écrit, par jour de la semaine et par heure à l’horloge du client ({{tz}}), sur la période et les plateformes filtrées.',
    lesson: 'Soyez là quand vos membres y sont : une réponse donnée à leurs heures d’affluence les trouve encore dans la conversation.',
    peaks: 'Les membres sont les plus actifs {{members}} ; la marque écrit surtout {{brand}}.',
    peaksNoBrand: 'Les membres sont les plus actifs {{members}} ; la marque n’a rien écrit sur cette période.',
    unattended: {
      members: '{{share}} des interactions des membres sont arrivées à des heures où la marque n’a jamais écrit.',
      memberMessages: '{{share}} des messages des membres sont arrivés à des heures où la marque n’a jamais écrit.',
    },
    slot: '{{day}} {{from}}–{{to}}',
    or: ', ',
    measure: 'Membres',
    measures: { members: 'Toutes leurs interactions', memberMessages: 'Leurs messages seulement' },
    membersTitle: 'Quand les membres sont actifs',
    membersSubtitle: {
      members: 'Interactions des membres (messages, commentaires, réactions, j’aime…)',
      memberMessages: 'Messages et commentaires des membres',
    },
    brandTitle: 'Quand la marque écrit',
    brandSubtitle: 'Messages, commentaires et réponses de la marque',
    series: { members: 'Interactions des membres', memberMessages: 'Messages des membres', brand: 'Messages de la marque' },
    segmentIgnored: 'Le segment de membres ne s’applique pas ici : ces nombres comptent tous les membres.',
    empty: 'Aucune activité sur cette période.',
  },
};

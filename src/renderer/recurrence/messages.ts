import type { FeatureMessages } from '../i18n/types';

const en = {
  title: 'Recurrence',
  subtitle:
    'Do members come back? A member is active in a week (or month) with any interaction but an unfollow or a leave; a cohort is the members whose first interaction ever fell in that period; periods not whole are marked, never read as a drop.',
  kpi: {
    back1: { week: 'Back a week later or after', month: 'Back a month later or after' },
    backLater: { week: 'Back 4 weeks later or after', month: 'Back 3 months later or after' },
    backHint: 'of {{members}} members of cohorts old enough',
    notYet: 'no cohort of the period is old enough yet',
    wauMau: 'WAU / MAU',
    wauMauHint: '{{weekly}} active a week on average, of {{monthly}} a month',
    repeat: { week: 'Active in 2 weeks or more', month: 'Active in 2 months or more' },
    repeatHint: '{{repeat}} of {{members}} members active in the period',
    gap: 'Typical time away',
    gapValue_one: '{{count}} day',
    gapValue_other: '{{count}} days',
    gapHint: 'median between two active days; 90% within {{p90}}',
  },
  curve: {
    title: 'Retention curve',
    subtitle: {
      week: 'Share of members active again N weeks after their first week, or later; each point over the cohorts for which N weeks have passed.',
      month:
        'Share of members active again N months after their first month, or later; each point over the cohorts for which N months have passed.',
    },
    series: 'Came back',
    base: 'over {{members}} members',
    empty: 'No cohort in this period yet.',
  },
  cohorts: {
    title: 'Cohorts',
    subtitle: {
      week: 'A row per cohort (members whose first interaction ever fell in that week). Column N: the share active N weeks later. Click a cell for its members.',
      month:
        'A row per cohort (members whose first interaction ever fell in that month). Column N: the share active N months later. Click a cell for its members.',
    },
    classic: 'Active in N',
    unbounded: 'Active in N or later',
    mode: 'What a cell counts',
    unboundedNote: 'In this view a cell counts the members active in N or later; open a cell’s members from the “Active in N” view.',
    legendIncomplete: 'Not over yet',
    partialCohort: {
      week: 'Cohort of part of a week (it began before the data or the period)',
      month: 'Cohort of part of a month (it began before the data or the period)',
    },
    footnote:
      'Dashed cells: the period has not ended at the end of the data, so their share is still growing. * A cohort of part of a period.',
    cellMembers: '{{members}} of {{size}} members',
    table: 'Cohorts as a table (members, with links)',
    cohort: 'Cohort',
    size: 'Size',
    cellLink: '{{members}} members of cohort {{cohort}}, {{n}} later',
    empty: 'No cohort in this period yet.',
  },
  lifecycle: {
    title: 'Lifecycle',
    subtitle: {
      week: 'Each week: new members (first interaction ever), returning (active the week before too) and back after a gap above zero; those who went dormant (active the week before, not this one) below. Click a bar for its members.',
      month:
        'Each month: new members (first interaction ever), returning (active the month before too) and back after a gap above zero; those who went dormant (active the month before, not this one) below. Click a bar for its members.',
    },
    new: 'New',
    returning: 'Returning',
    resurrecting: 'Back after a gap',
    dormant: 'Gone dormant',
    incomplete: 'Not a whole period: not comparable',
    footnote: 'Faded bars marked * are periods not whole (not over at the end of the data, or begun before it).',
    table: 'Lifecycle as a table (members, with links)',
    period: 'Period',
    whole: 'Whole',
    yes: 'yes',
    no: 'no',
    link: '{{what}}: {{members}} members, period of {{period}}',
  },
  stickiness: {
    title: 'Stickiness over time',
    subtitle:
      'WAU/MAU each month: members active per week (mean over the weeks lying wholly in the month) ÷ members active in the month. About 25%: once a month; 100%: every week.',
    series: 'WAU/MAU',
    incomplete: 'Month not whole',
    detail: '{{weekly}} active a week of {{monthly}} in the month',
    whole: 'Over the whole period: {{value}}.',
  },
  gaps: {
    title: 'Time between visits',
    subtitle: 'Days between two consecutive active days of a member, counted when the member comes back.',
    series: 'Returns',
    axis: 'Days away',
    day_one: '{{count}} day',
    day_other: '{{count}} days',
    range: '{{from}}–{{to}} days',
    over: '{{from}}+ days',
    summary: '{{gaps}} returns · median {{median}} · 90% within {{p90}}',
  },
  step: { week: 'W{{n}}', month: 'M{{n}}' },
  stepLong: { week_one: '{{count}} week', week_other: '{{count}} weeks', month_one: '{{count}} month', month_other: '{{count}} months' },
};

export const recurrenceMessages: FeatureMessages<typeof en> = {
  en,
  fr: {
    title: 'Récurrence',
    subtitle:
      'Les membres reviennent-ils ? Un membre est actif une semaine (ou un mois) s’il y interagit, hors désabonnement et départ ; une cohorte réunit les membres dont la toute première interaction tombe dans cette période ; les périodes incomplètes sont signalées, jamais lues comme une baisse.',
    kpi: {
      back1: { week: 'Revenus une semaine après ou plus tard', month: 'Revenus un mois après ou plus tard' },
      backLater: { week: 'Revenus 4 semaines après ou plus tard', month: 'Revenus 3 mois après ou plus tard' },
      backHint: 'sur {{members}} membres de cohortes assez anciennes',
      notYet: 'aucune cohorte de la période n’est encore assez ancienne',
      wauMau: 'Actifs hebdo / mensuels',
      wauMauHint: '{{weekly}} actifs par semaine en moyenne, sur {{monthly}} par mois',
      repeat: { week: 'Actifs 2 semaines ou plus', month: 'Actifs 2 mois ou plus' },
      repeatHint: '{{repeat}} des {{members}} membres actifs sur la période',
      gap: 'Absence typique',
      gapValue_one: '{{count}} jour',
      gapValue_other: '{{count}} jours',
      gapHint: 'médiane entre deux jours d’activité ; 90 % en moins de {{p90}}',
    },
    curve: {
      title: 'Courbe de rétention',
      subtitle: {
        week: 'Part des membres de nouveau actifs N semaines après leur première semaine, ou plus tard ; chaque point sur les cohortes pour lesquelles N semaines se sont écoulées.',
        month:
          'Part des membres de nouveau actifs N mois après leur premier mois, ou plus tard ; chaque point sur les cohortes pour lesquelles N mois se sont écoulés.',
      },
      series: 'Sont revenus',
      base: 'sur {{members}} membres',
      empty: 'Pas encore de cohorte sur cette période.',
    },
    cohorts: {
      title: 'Cohortes',
      subtitle: {
        week: 'Une ligne par cohorte (les membres dont la toute première interaction tombe dans cette semaine). Colonne N : la part active N semaines plus tard. Cliquez une case pour voir ses membres.',
        month:
          'Une ligne par cohorte (les membres dont la toute première interaction tombe dans ce mois). Colonne N : la part active N mois plus tard. Cliquez une case pour voir ses membres.',
      },
      classic: 'Actifs en N',
      unbounded: 'Actifs en N ou plus tard',
      mode: 'Ce que compte une case',
      unboundedNote:
        'Dans cette vue, une case compte les membres actifs en N ou plus tard ; les membres d’une case s’ouvrent depuis la vue « Actifs en N ».',
      legendIncomplete: 'Pas encore écoulé',
      partialCohort: {
        week: 'Cohorte d’une partie de semaine (commencée avant les données ou la période)',
        month: 'Cohorte d’une partie de mois (commencé avant les données ou la période)',
      },
      footnote:
        'Cases en pointillés : la période n’est pas terminée à la fin des données, leur part peut encore monter. * Cohorte d’une partie de période.',
      cellMembers: '{{members}} sur {{size}} membres',
      table: 'Les cohortes en tableau (membres, avec liens)',
      cohort: 'Cohorte',
      size: 'Taille',
      cellLink: '{{members}} membres de la cohorte {{cohort}}, {{n}} plus tard',
      empty: 'Pas encore de cohorte sur cette période.',
    },
    lifecycle: {
      title: 'Cycle de vie',
      subtitle: {
        week: 'Chaque semaine : nouveaux membres (toute première interaction), fidèles (déjà actifs la semaine d’avant) et revenus après une absence au-dessus de zéro ; ceux qui se sont endormis (actifs la semaine d’avant, pas celle-ci) en dessous. Cliquez une barre pour voir ses membres.',
        month:
          'Chaque mois : nouveaux membres (toute première interaction), fidèles (déjà actifs le mois d’avant) et revenus après une absence au-dessus de zéro ; ceux qui se sont endormis (actifs le mois d’avant, pas celui-ci) en dessous. Cliquez une barre pour voir ses membres.',
      },
      new: 'Nouveaux',
      returning: 'Fidèles',
      resurrecting: 'Revenus après une absence',
      dormant: 'Endormis',
      incomplete: 'Période incomplète : pas comparable',
      footnote: 'Les barres pâles marquées * sont des périodes incomplètes (pas finies à la fin des données, ou commencées avant).',
      table: 'Le cycle de vie en tableau (membres, avec liens)',
      period: 'Période',
      whole: 'Complète',
      yes: 'oui',
      no: 'non',
      link: '{{what}} : {{members}} membres, période du {{period}}',
    },
    stickiness: {
      title: 'Fidélité dans le temps',
      subtitle:
        'Actifs hebdo / mensuels chaque mois : membres actifs par semaine (moyenne des semaines entièrement dans le mois) ÷ membres actifs dans le mois. Vers 25 % : une fois par mois ; 100 % : chaque semaine.',
      series: 'Hebdo / mensuels',
      incomplete: 'Mois incomplet',
      detail: '{{weekly}} actifs par semaine sur {{monthly}} dans le mois',
      whole: 'Sur toute la période : {{value}}.',
    },
    gaps: {
      title: 'Temps entre deux visites',
      subtitle: 'Jours entre deux jours d’activité consécutifs d’un membre, comptés quand il revient.',
      series: 'Retours',
      axis: 'Jours d’absence',
      day_one: '{{count}} jour',
      day_other: '{{count}} jours',
      range: '{{from}} à {{to}} jours',
      over: '{{from}} jours et +',
      summary: '{{gaps}} retours · médiane {{median}} · 90 % en moins de {{p90}}',
    },
    step: { week: 'S{{n}}', month: 'M{{n}}' },
    stepLong: {
      week_one: '{{count}} semaine',
      week_other: '{{count}} semaines',
      month_one: '{{count}} mois',
      month_other: '{{count}} mois',
    },
  },
};

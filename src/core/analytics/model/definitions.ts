import type { AnalyticsSettings } from '../../contract/analytics-settings';

/**
 * How the numbers of `metrics.compute` are counted, where a reader could take them another way: one
 * English line each, in the JSON beside the numbers (the screens say the same in the user's language).
 */
export function metricDefinitions(s: AnalyticsSettings, minutePlatforms: readonly string[]): Record<string, string> {
  const w = s.conversionWindowDays;
  const gap = s.conversationGapMinutes;
  const precision = minutePlatforms.length
    ? `; ${minutePlatforms.join(', ')} timestamps are to the minute, so a silence read as ${gap} minutes was between ${gap - 1} and ${gap + 1}`
    : '';
  return {
    'funnel.members': `the ladder: members who reached the step or a later one within ${w} days of their first interaction (each step implies the ones before it)`,
    'funnel.literalMembers': `members who did the step's own action within ${w} days (a like or reaction for "reacted", a message or comment for "spoke"…), whatever else they did`,
    funnelFullWindow: `the same funnel over the members who entered at least ${w} days before the end of the range, so that each had the whole window to convert`,
    'responsiveness.businessHours': `business-hours response times (${s.businessHours.start}–${s.businessHours.end}, ISO days ${s.businessHours.days.join(',')}) describe the answered conversations whose wait overlapped business hours (\`covered\`); those asked and answered wholly outside them are counted apart, and the median is given only when it covers at least half of the answered conversations`,
    periods:
      'a period (week or month) is complete when it lies wholly inside the data and the filter; the first can be partial (the data begin inside it) and the last (not over yet): both are marked (`complete`, `partial`, `partialStart`, `incompleteFrom`) and are not to be compared with whole periods',
    'conversations.gap': `a chat conversation ends after a silence of more than ${gap} minutes (exactly ${gap} does not split it)${precision}; a native thread or a DM after ${s.threadGapHours} hours`,
  };
}

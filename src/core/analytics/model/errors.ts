/** A metrics request the user can fix (a filter ending before it starts, an invalid rule or setting). */
export class AnalyticsInputError extends Error {}

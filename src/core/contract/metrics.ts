/** The analytics slice of the contract (metrics.* methods): filled in by the analytics feature. */
export const metricsContract = {};

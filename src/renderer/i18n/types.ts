/** The same keys as the English messages, every leaf a string: a French file missing a key does not compile. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** One feature's messages in every language the app speaks. */
export interface FeatureMessages<T> {
  en: T;
  fr: Messages<T>;
}

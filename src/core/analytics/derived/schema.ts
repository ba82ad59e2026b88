/**
 * The live schema of the analytics' derived tables. Every one is rebuilt from `interactions` by
 * refreshDerived(), so none is ever edited by hand.
 *
 * Why they exist, measured on 1.1M interactions in sql.js: a GROUP BY that has to sort costs ~3 µs a
 * row and reading rows into JavaScript ~4 µs, while a scan along a covering index costs ~0.2 µs. So
 * each metric reads a small per-member or per-conversation table along an index whose order is the
 * query's grouping. Tiers and ladder steps are copied onto rows so a member segment is a column test.
 *
 * Scopes: a row with in_all = 1 counts for "all platforms" (columns *_a); a row whose plat names a
 * platform counts for that platform alone (columns *_p). A member active on one platform in a period
 * has one row serving both; on several, one total row (plat = '*') plus one row per platform (in_all = 0).
 */
const PERIOD_COLUMNS = `
  in_all INTEGER NOT NULL,
  plat TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  period INTEGER NOT NULL,
  cohort_a INTEGER, prev_a INTEGER, next_a INTEGER,
  cohort_p INTEGER, prev_p INTEGER, next_p INTEGER,
  tier INTEGER NOT NULL,
  ladder INTEGER NOT NULL,
  -- Sums for the ranking, written for weeks only (member_months leaves them at 0).
  n INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 0,
  helped INTEGER NOT NULL DEFAULT 0,
  praise INTEGER NOT NULL DEFAULT 0,
  -- Orbit love of the period: Σ depth weight × decay^(months from each interaction's day to the anchor
  -- day, see analytics.loveAnchor); a query rescales it to the end of its range with one factor.
  love REAL NOT NULL DEFAULT 0,
  -- Deep interactions of the period (the funnel's "deep" class: detailed comment, story reply, DM, save,
  -- share, two-way reply), and the member's latest earlier period in the scope that had one: a range
  -- counts each member with a deep interaction once, on the row where deep > 0 and deep_prev < range
  -- start, along the life index (the overview's share of deep engagement). Weeks only.
  deep INTEGER NOT NULL DEFAULT 0,
  deep_prev_a INTEGER,
  deep_prev_p INTEGER`;

/**
 * The group a conversation was cut from (build-conversations.ts): its native thread, else its channel, else
 * its post, else its author. Written over a table alias (`c.`) or none; the same expression over an
 * interaction finds the conversation a message belongs to along conversations_group.
 */
export const CONVERSATION_GROUP = (t: string) =>
  `coalesce('t' || ${t}thread_key, 'c' || ${t}channel_id, 'p' || ${t}content_id, 'a' || ${t}starter_id)`;

export const DERIVED_INDEXES = `
CREATE INDEX member_weeks_life_a ON member_weeks(in_all, period, cohort_a, prev_a, next_a, tier, ladder, deep, deep_prev_a);
CREATE INDEX member_weeks_life_p ON member_weeks(plat, period, cohort_p, prev_p, next_p, tier, ladder, deep, deep_prev_p);
CREATE INDEX member_weeks_person_a ON member_weeks(in_all, person_id, period, tier, ladder, n, active, helped, praise, love, cohort_a);
CREATE INDEX member_weeks_person_p ON member_weeks(plat, person_id, period, tier, ladder, n, active, helped, praise, love, cohort_p);
CREATE INDEX member_months_life_a ON member_months(in_all, period, cohort_a, prev_a, next_a, tier, ladder);
CREATE INDEX member_months_life_p ON member_months(plat, period, cohort_p, prev_p, next_p, tier, ladder);
CREATE INDEX member_months_person_a ON member_months(in_all, person_id, period, tier, ladder);
CREATE INDEX member_months_person_p ON member_months(plat, person_id, period, tier, ladder);
CREATE INDEX member_steps_a ON member_steps(in_all, entry_day, tier, ladder, entry_at, reacted_at, spoke_at, deep_at, conversation_at, recurring_at, ambassador_at, reacted_own_at, spoke_own_at, deep_own_at, conversation_own_at, recurring_own_at);
CREATE INDEX member_steps_p ON member_steps(plat, entry_day, tier, ladder, entry_at, reacted_at, spoke_at, deep_at, conversation_at, recurring_at, ambassador_at, reacted_own_at, spoke_own_at, deep_own_at, conversation_own_at, recurring_own_at);
CREATE INDEX ambassador_ranks_scope ON ambassador_ranks(scope, rank);
CREATE INDEX conversations_platform ON conversations(platform, day, native, messages, starter_id, two_way, outbound, starter_tier, starter_ladder);
CREATE INDEX conversations_response ON conversations(platform, starter_first, response_min, day, addressed, starter_tier, starter_ladder, response_ms, starter_id) WHERE starter_id IS NOT NULL;
CREATE INDEX conversations_response_bh ON conversations(platform, starter_first, response_bh_min, day, addressed, starter_tier, starter_ladder, response_bh_ms, starter_id) WHERE starter_id IS NOT NULL;
-- The conversations screen: newest first, and the conversation a message belongs to (its group's latest
-- conversation started at or before it: the thread, else the channel, else the post, else the author,
-- as build-conversations.ts groups them), and the conversations before and after one in its group.
CREATE INDEX conversations_recent ON conversations(first_at);
CREATE INDEX conversations_thread ON conversations(platform, thread_key, first_at) WHERE thread_key IS NOT NULL;
CREATE INDEX conversations_channel ON conversations(channel_id, first_at) WHERE channel_id IS NOT NULL AND thread_key IS NULL;
CREATE INDEX conversations_content ON conversations(content_id, first_at) WHERE content_id IS NOT NULL AND channel_id IS NULL AND thread_key IS NULL;
CREATE INDEX conversations_author ON conversations(platform, starter_id, first_at) WHERE thread_key IS NULL AND channel_id IS NULL AND content_id IS NULL;
CREATE INDEX signals_response ON signals(signal, response_min, day, platform, tier, ladder);
CREATE INDEX signals_person ON signals(signal, person_id, day, platform, tier, ladder);
-- The conversations screen: a signal's messages newest first.
CREATE INDEX signals_recent ON signals(signal, at);
CREATE INDEX helped_helper ON helped(helper_id, day);
CREATE INDEX member_reach_person ON member_reach(person_id, month);
CREATE INDEX week_gaps_scope ON week_gaps(scope, gap, week);
-- Incremental refreshes delete a re-cut region's helped credits by their thanks (parts and signals go by
-- person along their primary key and signals_person: two indexes fewer to build in a full rebuild).
CREATE INDEX helped_thanks ON helped(thanks_id);
CREATE INDEX member_steps_person ON member_steps(person_id);
CREATE INDEX conversations_group ON conversations(platform, ${CONVERSATION_GROUP('')}, first_at);
CREATE INDEX activity_hours_slot ON activity_hours(weekday, hour, day, platform, member_n, member_messages, brand_messages);
`;

/**
 * The derived tables without their indexes. refreshDerived drops and recreates them from this text, and
 * the text is part of their freshness stamp: a change here rebuilds them on the next metrics request,
 * with no migration (migration 002 created them once and stays as it was shipped).
 */
export const DERIVED_TABLES = `
-- One row per conversation: a native thread, or a run of messages cut by silence (settings).
CREATE TABLE conversations (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  channel_id INTEGER,
  content_id INTEGER,
  thread_key TEXT,
  native INTEGER NOT NULL,
  first_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  day INTEGER NOT NULL,
  week INTEGER NOT NULL,
  month INTEGER NOT NULL,
  messages INTEGER NOT NULL,
  inbound INTEGER NOT NULL,
  outbound INTEGER NOT NULL,
  members INTEGER NOT NULL,
  two_way INTEGER NOT NULL,
  starter_id INTEGER,
  starter_first INTEGER,
  starter_tier INTEGER,
  starter_ladder INTEGER,
  addressed INTEGER NOT NULL,
  response_ms INTEGER,
  response_bh_ms INTEGER,
  -- Rounded to the minute: percentiles are read from a histogram along the index below.
  response_min INTEGER,
  response_bh_min INTEGER
);

CREATE TABLE member_weeks (${PERIOD_COLUMNS});
CREATE TABLE member_months (${PERIOD_COLUMNS});

-- Funnel: when each ladder step was first reached, per member and scope (times in UTC ms).
CREATE TABLE member_steps (
  in_all INTEGER NOT NULL,
  plat TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  tier INTEGER NOT NULL,
  ladder INTEGER NOT NULL,
  entry_at INTEGER NOT NULL,
  entry_day INTEGER NOT NULL,
  reacted_at INTEGER,
  spoke_at INTEGER,
  deep_at INTEGER,
  conversation_at INTEGER,
  recurring_at INTEGER,
  ambassador_at INTEGER,
  -- The step's own action, whatever else the member did (the funnel's literal counts; *_at above are the
  -- ladder: a step reached implies the ones before it).
  reacted_own_at INTEGER,
  spoke_own_at INTEGER,
  deep_own_at INTEGER,
  conversation_own_at INTEGER,
  recurring_own_at INTEGER,
  -- Active weeks and months of the member in the scope (whole-period stickiness).
  weeks INTEGER NOT NULL,
  months INTEGER NOT NULL,
  -- Whole-history sums of the scope's weeks (love unrounded, decayed to the anchor day): the ranking's
  -- inputs, so an incremental refresh re-ranks every member without reading member_weeks.
  tot_n INTEGER NOT NULL,
  tot_active INTEGER NOT NULL,
  tot_helped INTEGER NOT NULL,
  tot_praise INTEGER NOT NULL,
  tot_love REAL NOT NULL
);

-- The whole-period ambassador ranking of each scope ('*' = all platforms), best first: computed while
-- the tables are built, so the default view reads 20 rows instead of ranking every member again.
CREATE TABLE ambassador_ranks (
  scope TEXT NOT NULL,
  rank INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  tier INTEGER NOT NULL,
  ladder INTEGER NOT NULL,
  rank_tier INTEGER NOT NULL,
  score REAL NOT NULL,
  n INTEGER NOT NULL,
  active INTEGER NOT NULL,
  weeks INTEGER NOT NULL,
  helped INTEGER NOT NULL,
  praise INTEGER NOT NULL,
  love REAL NOT NULL,
  reach REAL NOT NULL,
  p_love REAL NOT NULL,
  p_recommendations REAL NOT NULL,
  p_helped REAL NOT NULL,
  p_reach REAL NOT NULL,
  p_onion REAL NOT NULL,
  p_retention REAL NOT NULL
);

-- Every member's whole-period, all-platform ambassador score, love and ranking inputs, with the whole-history
-- tier and ladder step (ambassador_ranks keeps the top of each scope; the members grid reads every member
-- in one scan). A member with no active interaction has love but no rank and no score.
CREATE TABLE member_scores (
  person_id INTEGER PRIMARY KEY,
  tier INTEGER NOT NULL,
  ladder INTEGER NOT NULL,
  rank INTEGER,
  score REAL,
  love REAL NOT NULL,
  rank_tier INTEGER NOT NULL,
  n INTEGER NOT NULL,
  active INTEGER NOT NULL,
  weeks INTEGER NOT NULL,
  helped INTEGER NOT NULL,
  praise INTEGER NOT NULL,
  reach REAL NOT NULL,
  p_love REAL NOT NULL,
  p_recommendations REAL NOT NULL,
  p_helped REAL NOT NULL,
  p_reach REAL NOT NULL,
  p_onion REAL NOT NULL,
  p_retention REAL NOT NULL
);

-- Whole-history facts per member: onion tier (1 core, 2 regular, 3 casual, 0 never active), ladder step reached.
CREATE TABLE member_facts (
  person_id INTEGER PRIMARY KEY,
  tier INTEGER NOT NULL,
  ladder INTEGER NOT NULL,
  first_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  interactions INTEGER NOT NULL,
  active INTEGER NOT NULL,
  neighbours INTEGER NOT NULL,
  ambassador_at INTEGER
);

-- Intent signals found in inbound messages, with the brand's first answer in the same conversation.
CREATE TABLE signals (
  interaction_id INTEGER NOT NULL,
  signal TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  platform TEXT NOT NULL,
  at INTEGER NOT NULL,
  day INTEGER NOT NULL,
  tier INTEGER NOT NULL,
  ladder INTEGER NOT NULL,
  response_ms INTEGER,
  response_min INTEGER
);

-- Orbit reach gained per member, platform and month: reply/mention edges and co-presence, at full strength
-- (the monthly decay is applied when queried, so it stays a setting).
CREATE TABLE member_reach (
  plat TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  month INTEGER NOT NULL,
  value REAL NOT NULL
);

-- Results of the default view (whole period, all platforms, all members) that are cheaper to compute
-- while the tables are built than to read back from them: JSON by key (funnel, funnelBreakdown:week…).
CREATE TABLE metric_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Savannah helped credits: a thanks message credits the latest earlier message of another member.
CREATE TABLE helped (
  thanks_id INTEGER NOT NULL,
  helper_id INTEGER NOT NULL,
  helper_interaction_id INTEGER NOT NULL,
  helped_id INTEGER NOT NULL,
  platform TEXT NOT NULL,
  day INTEGER NOT NULL
);

-- The interactions on each post (any direction) in time order, so a post's interactions are one range of the
-- key, read newest first: without it, the interactions of one post are a scan of every interaction (1.1 s on 1M).
CREATE TABLE content_interactions (
  content_id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  interaction_id INTEGER NOT NULL,
  PRIMARY KEY (content_id, at, interaction_id)
) WITHOUT ROWID;

-- Gaps (days) between consecutive active days of a member, counted per week of the later day;
-- n_t1..n_t3 by onion tier, n_amb and n_spoke by ladder step, so member segments stay a column choice.
CREATE TABLE week_gaps (
  scope TEXT NOT NULL,
  week INTEGER NOT NULL,
  gap INTEGER NOT NULL,
  n INTEGER NOT NULL,
  n_t1 INTEGER NOT NULL,
  n_t2 INTEGER NOT NULL,
  n_t3 INTEGER NOT NULL,
  n_amb INTEGER NOT NULL,
  n_spoke INTEGER NOT NULL
);

-- What an incremental refresh (refresh-incremental.ts) needs to walk one member again without cutting every
-- conversation they took part in: their part in each conversation (first message, when it became a real
-- exchange, their two-way replies), and the pairs of people who met (with how many conversations or
-- replies support each pair, so a re-cut conversation can take its pairs back).
CREATE TABLE member_parts (
  person_id INTEGER NOT NULL,
  platform INTEGER NOT NULL,
  first_at INTEGER NOT NULL,
  qualify_at INTEGER,
  first_id INTEGER NOT NULL,
  -- The part's two-way replies as comma-separated id - first_id (NULL for none): a list on the part
  -- rather than a table of its own saves a full rebuild ~330k rows at 1.14M interactions.
  two_way TEXT,
  PRIMARY KEY (person_id, first_id)
) WITHOUT ROWID;
CREATE TABLE member_pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;

-- The activity rhythm: interactions per local day and hour of the client's wall clock, per platform.
-- member_n counts members' activity (unfollows and leaves are not activity), member_messages their
-- messages, brand_messages the brand's. weekday (0 = Monday) is the day's, stored so the weekday × hour
-- grid is read along the index in its own order, without a sort.
CREATE TABLE activity_hours (
  platform TEXT NOT NULL,
  day INTEGER NOT NULL,
  weekday INTEGER NOT NULL,
  hour INTEGER NOT NULL,
  member_n INTEGER NOT NULL,
  member_messages INTEGER NOT NULL,
  brand_messages INTEGER NOT NULL
);
`;

export const DERIVED_TABLE_NAMES = [...DERIVED_TABLES.matchAll(/CREATE TABLE (\w+)/g)].map((m) => m[1]!);

/**
 * A conversation that reached the account as a message request (a stranger writing first: Instagram's
 * and Messenger's "message_requests" folder, `is_pending` threads) is a key community signal, so its
 * channel says so. One flag on the channel, not a new channel kind nor a prefixed key: the thread keeps
 * its key when it is accepted and moves to the inbox, so both exports stay one conversation. The flag
 * only ever goes from 0 to 1 (ImportWriter.channel): once a request, the thread came as one.
 */
export const m006ChannelRequests = {
  version: 6,
  name: 'channel-requests',
  sql: `
ALTER TABLE channels ADD COLUMN is_request INTEGER NOT NULL DEFAULT 0;
`,
};

/**
 * Query options of a screen that reloads itself after evidence uploads. Uploads go through their own route, which
 * the GraphQL cache does not see. Saving the entry first (a status update, a comment, an indicator value) leaves it
 * incomplete in the cache, so the screen starts a reload at once; on a loaded server that reload is still on its way
 * when the uploads end, and Apollo would answer the reload asked after them with it (query deduplication): the files
 * just sent would not show. Each reload of such a screen asks the server again; the older answer is then ignored.
 */
export const RELOADED_AFTER_UPLOADS = { context: { queryDeduplication: false } } as const;

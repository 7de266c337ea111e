/**
 * Most events one import message carries. Events are at most 200,000 characters each, so a batch
 * stays far below the extension message limit (64 MiB) whatever the file's size.
 */
export const MAX_BATCH_EVENTS = 250;

/** Explorers export at most a few thousand rows; this leaves room and bounds what one message carries. */
export const MAX_CSV_CHARS = 32 * 1024 * 1024;

/**
 * Most events Sextant keeps in all (the storage budget's total), so an export never holds more. A
 * file that does is refused as soon as it is read, before a million events are checked one by one.
 */
export const MAX_STORED_EVENTS = 500_000;

import { openDb } from '@/lib/storage/schema';

/** Extension pages read the same database the background writes; they never write to it. */
export const db = openDb();

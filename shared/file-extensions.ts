/**
 * The extensions of the files this app writes and opens, on their own: the window's start (which routes a file the
 * system opened to its screen) needs only these names, not the readers of the formats behind them.
 */
/** Backup files end in `.conexbackup` and hold JSON. */
export const BACKUP_EXTENSION = 'conexbackup';
/** A keys file carried to servers without internet. */
export const KEYS_FILE_EXTENSION = 'conexkeys';
/** A key request made on a server without internet. */
export const KEY_REQUEST_EXTENSION = 'conexrequest';

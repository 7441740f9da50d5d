#ifndef ORDERCYCLE_SQLITE_SETTINGS_H
#define ORDERCYCLE_SQLITE_SETTINGS_H

/// Settings of an SQLite connection that SQLite takes only through calls Swift cannot make: its
/// variadic `sqlite3_db_config`, and a function it runs as every connection opens.

/// Plans each statement once, without looking at the values bound to it (SQLite's query planner
/// stability guarantee): a statement kept prepared is then run again as it is, where otherwise
/// SQLite re-plans it whenever a value it looked at is bound anew. Returns SQLite's result code.
int ordercycle_sqlite_plan_once(void *connection);

/// The bytes of a database file each connection maps into memory: the most the bundled SQLite
/// allows (2 GiB less 64 KiB).
#define ORDERCYCLE_SQLITE_MMAP_SIZE "2147418112"

/// Makes every SQLite connection opened from now on read its file through a memory map
/// (`PRAGMA mmap_size`), instead of copying each page it reads with a system call into a page
/// cache of 2 MB: a report reads the same roll-up pages on every request. Registering again
/// changes nothing. Returns SQLite's result code.
int ordercycle_sqlite_map_files(void);

#endif

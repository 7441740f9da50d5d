#ifndef ORDERCYCLE_SQLITE_SETTINGS_H
#define ORDERCYCLE_SQLITE_SETTINGS_H

/// Settings of an SQLite connection that SQLite takes only through its variadic
/// `sqlite3_db_config`, which Swift cannot call.

/// Plans each statement once, without looking at the values bound to it (SQLite's query planner
/// stability guarantee): a statement kept prepared is then run again as it is, where otherwise
/// SQLite re-plans it whenever a value it looked at is bound anew. Returns SQLite's result code.
int ordercycle_sqlite_plan_once(void *connection);

#endif

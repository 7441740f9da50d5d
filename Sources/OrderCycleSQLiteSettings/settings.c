#include "OrderCycleSQLiteSettings.h"

/* The bundled SQLite (SQLiteNIO's) names its functions with this prefix; the app links it. */
extern int sqlite_nio_sqlite3_db_config(void *db, int op, ...);
extern int sqlite_nio_sqlite3_exec(void *db, const char *sql, void *callback, void *argument, char **error);
extern int sqlite_nio_sqlite3_auto_extension(void (*entry)(void));

/* SQLITE_DBCONFIG_ENABLE_QPSG, from sqlite3.h. */
enum { ordercycle_dbconfig_enable_qpsg = 1007 };

int ordercycle_sqlite_plan_once(void *connection) {
    return sqlite_nio_sqlite3_db_config(connection, ordercycle_dbconfig_enable_qpsg, 1, (int *)0);
}

/* Run by SQLite as each connection opens. A setting that fails leaves the connection as SQLite
   makes it: slower reads, never a refused open. */
static int ordercycle_connection_defaults(void *connection, const char **error, const void *api) {
    (void)error; (void)api;
    sqlite_nio_sqlite3_exec(connection, "PRAGMA mmap_size = " ORDERCYCLE_SQLITE_MMAP_SIZE, 0, 0, 0);
    return 0;
}

int ordercycle_sqlite_map_files(void) {
    return sqlite_nio_sqlite3_auto_extension((void (*)(void))ordercycle_connection_defaults);
}

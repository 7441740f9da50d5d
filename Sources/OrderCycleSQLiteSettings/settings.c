#include "OrderCycleSQLiteSettings.h"

/* The bundled SQLite (SQLiteNIO's) names its functions with this prefix; the app links it. */
extern int sqlite_nio_sqlite3_db_config(void *db, int op, ...);

/* SQLITE_DBCONFIG_ENABLE_QPSG, from sqlite3.h. */
enum { ordercycle_dbconfig_enable_qpsg = 1007 };

int ordercycle_sqlite_plan_once(void *connection) {
    return sqlite_nio_sqlite3_db_config(connection, ordercycle_dbconfig_enable_qpsg, 1, (int *)0);
}

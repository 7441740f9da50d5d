import Fluent

struct CreateAuditEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_events")
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_label", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("action", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .field("request_id", .string)
            .create()
        try await database.sqlRaw("CREATE INDEX audit_events_entity_idx ON audit_events (entity, entity_id, at)")
        try await database.sqlRaw("CREATE INDEX audit_events_at_idx ON audit_events (at, id)")
        if database.isPostgres {
            try await database.sqlRaw("""
                CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$ LANGUAGE plpgsql
                """)
            try await database.sqlRaw("""
                CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """)
        } else {
            try await database.sqlRaw("""
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
                """)
            try await database.sqlRaw("""
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
                """)
        }
    }

    func revert(on database: any Database) async throws {
        if database.isPostgres {
            try await database.sqlRaw("DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events")
            try await database.sqlRaw("DROP FUNCTION IF EXISTS audit_events_append_only()")
        } else {
            try await database.sqlRaw("DROP TRIGGER IF EXISTS audit_events_no_update")
            try await database.sqlRaw("DROP TRIGGER IF EXISTS audit_events_no_delete")
        }
        try await database.schema("audit_events").delete()
    }
}

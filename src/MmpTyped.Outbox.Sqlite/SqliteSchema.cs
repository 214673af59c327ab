namespace MmpTyped.Outbox.Sqlite;

/// <summary>
/// The SQLite schema, version by version. Times are Unix milliseconds; ids never come back after a delete
/// (AUTOINCREMENT), so an id printed by the command line keeps meaning the same row.
/// </summary>
internal static class SqliteSchema
{
    public const string Version1 = """
        CREATE TABLE mmptyped_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vendor TEXT NOT NULL,
            schema_id TEXT NOT NULL,
            route TEXT NOT NULL,
            body BLOB NOT NULL,
            idempotency_key TEXT NULL,
            created_at INTEGER NOT NULL,
            deadline INTEGER NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            state TEXT NOT NULL,
            lease_owner TEXT NULL,
            lease_expires_at INTEGER NULL,
            completed_at INTEGER NULL,
            last_outcome TEXT NULL,
            last_reason TEXT NULL,
            event_time INTEGER NULL);
        CREATE INDEX mmptyped_outbox_due ON mmptyped_outbox (state, next_attempt_at);
        CREATE INDEX mmptyped_outbox_lease ON mmptyped_outbox (state, lease_expires_at);
        CREATE INDEX mmptyped_outbox_completed ON mmptyped_outbox (state, completed_at);
        CREATE UNIQUE INDEX mmptyped_outbox_key ON mmptyped_outbox (vendor, route, idempotency_key) WHERE idempotency_key IS NOT NULL;
        CREATE TABLE mmptyped_paused_routes (
            vendor TEXT NOT NULL,
            route TEXT NOT NULL,
            reason TEXT NOT NULL,
            paused_at INTEGER NOT NULL,
            PRIMARY KEY (vendor, route));
        CREATE TABLE mmptyped_inbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            content_hash BLOB NOT NULL UNIQUE,
            method TEXT NOT NULL,
            body BLOB NOT NULL,
            received_at INTEGER NOT NULL,
            version TEXT NULL,
            parse_error TEXT NULL,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at INTEGER NOT NULL,
            lease_owner TEXT NULL,
            lease_expires_at INTEGER NULL,
            completed_at INTEGER NULL,
            last_outcome TEXT NULL,
            last_reason TEXT NULL);
        CREATE INDEX mmptyped_inbox_due ON mmptyped_inbox (state, next_attempt_at);
        CREATE INDEX mmptyped_inbox_lease ON mmptyped_inbox (state, lease_expires_at);
        CREATE INDEX mmptyped_inbox_completed ON mmptyped_inbox (state, completed_at);
        CREATE TABLE mmptyped_state (
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            value BLOB NOT NULL,
            expires_at INTEGER NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (scope, key));
        CREATE INDEX mmptyped_state_expiry ON mmptyped_state (expires_at);
        """;
}

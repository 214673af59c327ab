namespace MmpTyped.Outbox.PostgreSql;

/// <summary>The PostgreSQL schema, version by version. Times are Unix milliseconds (bigint), as in SQLite.</summary>
internal static class PostgreSqlSchema
{
    public const string Version1 = """
        CREATE TABLE mmptyped_outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            vendor text NOT NULL,
            schema_id text NOT NULL,
            route text NOT NULL,
            body bytea NOT NULL,
            idempotency_key text NULL,
            created_at bigint NOT NULL,
            deadline bigint NULL,
            attempts bigint NOT NULL,
            next_attempt_at bigint NOT NULL,
            state text NOT NULL,
            lease_owner text NULL,
            lease_expires_at bigint NULL,
            completed_at bigint NULL,
            last_outcome text NULL,
            last_reason text NULL,
            event_time bigint NULL);
        CREATE INDEX mmptyped_outbox_due ON mmptyped_outbox (state, next_attempt_at);
        CREATE INDEX mmptyped_outbox_lease ON mmptyped_outbox (state, lease_expires_at);
        CREATE INDEX mmptyped_outbox_completed ON mmptyped_outbox (state, completed_at);
        CREATE UNIQUE INDEX mmptyped_outbox_key ON mmptyped_outbox (vendor, route, idempotency_key) WHERE idempotency_key IS NOT NULL;
        CREATE TABLE mmptyped_paused_routes (
            vendor text NOT NULL,
            route text NOT NULL,
            reason text NOT NULL,
            paused_at bigint NOT NULL,
            PRIMARY KEY (vendor, route));
        CREATE TABLE mmptyped_inbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            content_hash bytea NOT NULL UNIQUE,
            method text NOT NULL,
            body bytea NOT NULL,
            received_at bigint NOT NULL,
            version text NULL,
            parse_error text NULL,
            state text NOT NULL,
            attempts bigint NOT NULL,
            next_attempt_at bigint NOT NULL,
            lease_owner text NULL,
            lease_expires_at bigint NULL,
            completed_at bigint NULL,
            last_outcome text NULL,
            last_reason text NULL);
        CREATE INDEX mmptyped_inbox_due ON mmptyped_inbox (state, next_attempt_at);
        CREATE INDEX mmptyped_inbox_lease ON mmptyped_inbox (state, lease_expires_at);
        CREATE INDEX mmptyped_inbox_completed ON mmptyped_inbox (state, completed_at);
        CREATE TABLE mmptyped_state (
            scope text NOT NULL,
            key text NOT NULL,
            value bytea NOT NULL,
            expires_at bigint NULL,
            updated_at bigint NOT NULL,
            PRIMARY KEY (scope, key));
        CREATE INDEX mmptyped_state_expiry ON mmptyped_state (expires_at);
        """;
}

/// Migration "v1-incidents": the incidents table and one table per part of an incident.
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV1Incidents {
    static let name = "v1-incidents"

    /// "PMKB" in ASCII, so tools such as `file` can tell a pm store from other SQLite files.
    static let applicationID = 0x504D_4B42

    static let sql = """
        PRAGMA application_id = \(applicationID);

        CREATE TABLE incidents (
            id TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            detected TEXT,
            resolved TEXT,
            severity_label TEXT,
            severity_level INTEGER,
            status_label TEXT,
            status_phase TEXT,
            environment TEXT,
            summary TEXT,
            root_cause TEXT,
            impact_users_affected INTEGER,
            impact_duration TEXT,
            impact_duration_seconds INTEGER,
            impact_availability TEXT,
            impact_data_loss TEXT,
            source_path TEXT,
            source_content_hash TEXT,
            source_encoding TEXT,
            fingerprint TEXT
        );
        CREATE INDEX incidents_by_date ON incidents(date DESC, id);
        CREATE INDEX incidents_by_kind ON incidents(kind);
        CREATE INDEX incidents_by_severity ON incidents(severity_level);
        CREATE INDEX incidents_by_source_path ON incidents(source_path);
        CREATE INDEX incidents_by_content_hash ON incidents(source_content_hash);
        CREATE INDEX incidents_by_fingerprint ON incidents(fingerprint);

        CREATE TABLE incident_authors (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX incident_authors_by_name ON incident_authors(name);

        CREATE TABLE incident_services (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX incident_services_by_key ON incident_services(name_key);

        CREATE TABLE incident_tags (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX incident_tags_by_tag ON incident_tags(tag);

        CREATE TABLE timeline_events (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            time TEXT NOT NULL,
            at TEXT,
            "end" TEXT,
            precision TEXT NOT NULL,
            event TEXT NOT NULL,
            outcome TEXT,
            extra TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX timeline_events_by_outcome ON timeline_events(outcome);

        CREATE TABLE contributing_factors (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );

        CREATE TABLE whys (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );

        CREATE TABLE impact_items (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );

        CREATE TABLE action_items (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT,
            priority_label TEXT,
            priority_level INTEGER,
            status TEXT NOT NULL,
            status_label TEXT,
            due TEXT,
            tracking TEXT,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX action_items_by_status ON action_items(status, priority_level);
        CREATE INDEX action_items_by_owner ON action_items(owner);
        CREATE INDEX action_items_by_due ON action_items(due);

        CREATE TABLE lessons (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX lessons_by_kind ON lessons(kind);

        CREATE TABLE volume_mappings (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            app TEXT NOT NULL,
            volume TEXT,
            size TEXT,
            size_bytes INTEGER,
            claim TEXT,
            role TEXT NOT NULL,
            data_range TEXT,
            extra TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX volume_mappings_by_app ON volume_mappings(app);
        CREATE INDEX volume_mappings_by_volume ON volume_mappings(volume);
        CREATE INDEX volume_mappings_by_claim ON volume_mappings(claim);

        CREATE TABLE procedure_steps (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );

        CREATE TABLE troubleshooting (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            symptom TEXT NOT NULL,
            cause TEXT NOT NULL,
            fix TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );

        CREATE TABLE failure_modes (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mode_id TEXT NOT NULL,
            evidence TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX failure_modes_by_mode ON failure_modes(mode_id, score);

        CREATE TABLE sections (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            heading TEXT NOT NULL,
            markdown TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );

        CREATE TABLE incident_metadata (
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        );
        CREATE INDEX incident_metadata_by_name ON incident_metadata(name);
        """
}

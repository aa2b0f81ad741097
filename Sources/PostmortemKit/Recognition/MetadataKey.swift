/// What a metadata label ("**Severity:**", "Statut :", "Betroffene Systeme:") stands for.
public enum MetadataKey: String, Hashable, Codable, Sendable, CaseIterable {
    case title
    case id
    case date
    case time
    case startedAt
    case detectedAt
    case resolvedAt
    case endedAt
    /// How long the incident or its recovery lasted ("Duration", "Recovery Time", "Downtime").
    case duration
    case severity
    case priority
    case status
    case authors
    case incidentCommander
    case reporter
    case services
    case environment
    case tags
    case impact
    case usersAffected
    case dataLoss
    case availability
    /// Incident, runbook, near miss ("Type", "Kind").
    case kind
    case summary
    case rootCause

    /// The key a label names, matched after the same normalisation as section headings
    /// (case, diacritics, emphasis, trailing colon); nil for labels pm has no field for.
    public init?(label: String) {
        guard let key = MetadataKey.labels[LabelText.key(label)] else { return nil }
        self = key
    }

    private static let labels: [String: MetadataKey] = {
        var table: [String: MetadataKey] = [:]
        for (key, labels) in synonyms {
            for label in labels { table[LabelText.key(label)] = key }
        }
        return table
    }()

    private static let synonyms: [(MetadataKey, [String])] = [
        (.title, ["Title", "Titre", "Titel", "Título", "Incident Title"]),
        (.id, ["ID", "Incident ID", "Incident Number", "Incident #", "Ticket", "Référence", "Vorfall-ID"]),
        (
            .date,
            [
                "Date", "Datum", "Fecha", "Incident Date", "Date of Incident", "Day", "Jour", "Date de l'incident",
                "Tag", "Vorfallsdatum",
            ]
        ),
        (.time, ["Time", "Heure", "Uhrzeit", "Zeit", "Hora", "Time of Incident"]),
        (
            .startedAt,
            [
                "Start", "Started", "Start Time", "Started At", "Began", "Incident Start", "Onset", "Début",
                "Heure de début", "Beginn", "Startzeit", "Inicio",
            ]
        ),
        (
            .detectedAt,
            [
                "Detected", "Detected At", "Detection Time", "Time Detected", "Date Reported", "Reported",
                "Reported At", "Discovered", "Détecté", "Détection", "Erkannt", "Entdeckt", "Detectado",
            ]
        ),
        (
            .resolvedAt,
            [
                "Resolved", "Resolved At", "Date Resolved", "Time Resolved", "Fixed", "Résolu", "Résolu le",
                "Behoben", "Gelöst", "Resuelto",
            ]
        ),
        (.endedAt, ["End", "Ended", "End Time", "Ended At", "Incident End", "Fin", "Ende", "Endzeit"]),
        (
            .duration,
            [
                "Duration", "Total Duration", "Outage Duration", "Downtime", "Recovery Time", "Time to Recover",
                "Time to Resolve", "Time to Resolution", "TTR", "MTTR", "Dauer", "Ausfallzeit", "Durée",
                "Durée d'indisponibilité", "Temps d'arrêt", "Duración",
            ]
        ),
        (
            .severity,
            [
                "Severity", "Sev", "Severity Level", "Criticality", "Sévérité", "Gravité", "Criticité", "Schweregrad",
                "Schwere", "Kritikalität", "Severidad",
            ]
        ),
        (.priority, ["Priority", "Prio", "Priorité", "Priorität", "Prioridad"]),
        (.status, ["Status", "State", "Statut", "État", "Zustand", "Estado"]),
        (
            .authors,
            [
                "Author", "Authors", "Owner", "Owners", "Written By", "Prepared By", "Primary Auditor", "Auditor",
                "Auteur", "Auteurs", "Rédigé par", "Rédacteur", "Rédacteurs", "Autor", "Autoren", "Verfasser",
                "Erstellt von",
            ]
        ),
        (
            .incidentCommander,
            [
                "Incident Commander", "IC", "Incident Manager", "Incident Lead", "Incident Owner",
                "Responsable de l'incident", "Incident-Verantwortlicher", "Incident Manager (IC)",
            ]
        ),
        (.reporter, ["Reporter", "Reported By", "User Reporter", "Signalé par", "Gemeldet von", "Reportado por"]),
        (
            .services,
            [
                "Services", "Service", "Affected Services", "Services Affected", "Systems", "System",
                "Affected Systems", "Components", "Affected Components", "Applications", "Apps", "Komponenten",
                "Betroffene Systeme", "Betroffene Dienste", "Dienste", "Systeme", "Systèmes", "Services impactés",
                "Services concernés", "Services touchés", "Composants", "Servicios", "Sistemas",
            ]
        ),
        (.environment, ["Environment", "Env", "Umgebung", "Environnement", "Entorno"]),
        (
            .tags,
            [
                "Tags", "Labels", "Keywords", "Category", "Categories", "Étiquettes", "Mots-clés", "Schlagwörter",
                "Etiquetas",
            ]
        ),
        (
            .impact,
            [
                "Impact", "Impacts", "Customer Impact", "User Impact", "Auswirkung", "Auswirkungen", "Conséquences",
                "Impacto",
            ]
        ),
        (
            .usersAffected,
            [
                "Users Affected", "Affected Users", "Customers Affected", "Utilisateurs affectés", "Betroffene Nutzer",
                "Betroffene Benutzer", "Usuarios afectados",
            ]
        ),
        (.dataLoss, ["Data Loss", "Perte de données", "Datenverlust", "Pérdida de datos"]),
        (.availability, ["Availability", "Uptime", "Disponibilité", "Verfügbarkeit", "Disponibilidad"]),
        (.kind, ["Kind", "Type", "Incident Type", "Document Type", "Typ", "Art", "Tipo"]),
        (.summary, ["Summary", "TL;DR", "TLDR", "Résumé", "Zusammenfassung", "Resumen"]),
        (.rootCause, ["Root Cause", "Cause", "Cause racine", "Ursache", "Causa raíz"]),
    ]
}

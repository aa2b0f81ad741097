/// The services and resources of a knowledge base with the incidents that touched them.
///
/// An incident touches a service when it names it (`declared`: its `services`), when one
/// of its volume mappings belongs to it (`volume`: an app, claim or namespace whose name
/// starts with the service's, "immich-upload" for Immich), or when its text mentions it
/// (`text`: a well-known product or a name of the knowledge base's aliases, found by the
/// store's full-text index). Names are matched through a `ServiceCatalog`: case, spacing
/// and punctuation aside, and by alias. It touches a resource (a volume, a claim) when its
/// volume mappings name it.
///
/// A service is shown by the name the knowledge base gives it in `service_aliases`, else
/// by the spelling its incidents use most (ties: the first incident in list order), else
/// by pm's spelling of the product.
///
/// Encodes as `{"services": [{"name", "kind", "incidents": [ids], "touches": [{"incident",
/// "via": ["declared"|"volume"|"text"]}]}]}`: services first, most incidents first, then
/// volumes and claims by name; incidents in list order.
public struct ServiceIndex: Hashable, Sendable, Encodable {
    /// What an entry names.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case service, volume, claim
    }

    /// How an incident touched a service or resource.
    public enum Via: String, Codable, Sendable, CaseIterable, Comparable {
        case declared, volume, text

        public static func < (lhs: Via, rhs: Via) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// One incident touching an entry, and how.
    public struct Touch: Hashable, Sendable, Encodable {
        public var incident: IncidentID
        public var via: [Via]

        public init(incident: IncidentID, via: [Via]) {
            self.incident = incident
            self.via = via
        }
    }

    /// A service or resource and the incidents that touched it.
    public struct Entry: Hashable, Sendable, Encodable {
        public var name: String
        public var kind: Kind
        /// The catalog key the entry is matched by.
        public var key: String
        public var touches: [Touch]
        /// The touching incidents, in list order.
        public var incidents: [IncidentID] { touches.map(\.incident) }

        public init(name: String, kind: Kind, key: String, touches: [Touch]) {
            self.name = name
            self.kind = kind
            self.key = key
            self.touches = touches
        }

        enum CodingKeys: String, CodingKey { case name, kind, incidents, touches }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(incidents, forKey: .incidents)
            try c.encode(touches, forKey: .touches)
        }
    }

    public var services: [Entry]
    let catalog: ServiceCatalog

    /// Builds the index.
    ///
    /// - Parameters:
    ///   - incidents: every incident's facts (their declared services, and list order).
    ///   - volumes: the volume mappings of each incident.
    ///   - mentions: for names of `catalog.searchableNames`, the incidents whose text holds
    ///     them (`IncidentStore.incidentsMentioning(_:)`); empty to skip text.
    ///   - catalog: which names mean the same service.
    public init(
        incidents: [IncidentFacts], volumes: [IncidentID: [VolumeMapping]] = [:],
        mentions: [String: Set<IncidentID>] = [:], catalog: ServiceCatalog = ServiceCatalog()
    ) {
        self.catalog = catalog
        let ordered = IncidentFacts.inListOrder(incidents)
        let rank = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var touches: [Kind: [String: [IncidentID: Set<Via>]]] = [:]
        var spellings: [String: [String: (count: Int, first: Int)]] = [:]
        func touch(_ kind: Kind, _ key: String, _ incident: IncidentID, _ via: Via) {
            guard !key.isEmpty else { return }
            touches[kind, default: [:]][key, default: [:]][incident, default: []].insert(via)
        }

        var declaredKeys = Set<String>()
        var keys: [String: String] = [:]  // each distinct name folded once
        for incident in ordered {
            for service in incident.services {
                let key = keys[service.rawValue] ?? catalog.key(for: service.rawValue)
                keys[service.rawValue] = key
                guard !key.isEmpty else { continue }
                declaredKeys.insert(key)
                touch(.service, key, incident.id, .declared)
                let spelling = service.rawValue.trimmingSpaces()
                let current = spellings[key]?[spelling] ?? (0, rank[incident.id] ?? 0)
                spellings[key, default: [:]][spelling] = (current.count + 1, current.first)
            }
        }
        var resourceServices: [String: String?] = [:]  // each resource name read once
        var resourceKeys: [String: String] = [:]  // each volume or claim name folded once
        func resourceKey(_ name: String) -> String {
            if let key = resourceKeys[name] { return key }
            let key = ServiceCatalog.key(name)
            resourceKeys[name] = key
            return key
        }
        for incident in ordered {
            for mapping in volumes[incident.id] ?? [] {
                for name in [mapping.app, mapping.claim].compactMap({ $0 }) {
                    let found = resourceServices[name] ?? catalog.service(inResourceName: name, known: declaredKeys)
                    resourceServices[name] = .some(found)
                    if let key = found {
                        touch(.service, key, incident.id, .volume)
                    }
                }
                if let volume = mapping.volume { touch(.volume, resourceKey(volume), incident.id, .volume) }
                if let claim = mapping.claim { touch(.claim, resourceKey(claim), incident.id, .volume) }
            }
        }
        for (name, ids) in mentions {
            let key = catalog.key(for: name)
            for id in ids where rank[id] != nil { touch(.service, key, id, .text) }
        }

        var resourceNames: [String: String] = [:]
        for incident in ordered {
            for mapping in volumes[incident.id] ?? [] {
                for name in [mapping.volume, mapping.claim].compactMap({ $0 }) {
                    let key = resourceKey(name)
                    if resourceNames[key] == nil { resourceNames[key] = name.trimmingSpaces() }
                }
            }
        }

        var entries: [Entry] = []
        for kind in Kind.allCases {
            for (key, byIncident) in touches[kind] ?? [:] {
                // In list order: by rank, read once per incident rather than in every comparison.
                let list = byIncident.map { (rank: rank[$0.key] ?? 0, touch: $0) }.sorted { $0.rank < $1.rank }.map {
                    Touch(incident: $0.touch.key, via: $0.touch.value.sorted())
                }
                let name: String
                if kind == .service {
                    let best = spellings[key]?.min { a, b in
                        a.value.count != b.value.count ? a.value.count > b.value.count : a.value.first < b.value.first
                    }?.key
                    name = catalog.configuredNames[key] ?? best ?? catalog.displayNames[key] ?? key
                } else {
                    name = resourceNames[key] ?? key
                }
                entries.append(Entry(name: name, kind: kind, key: key, touches: list))
            }
        }
        // Each entry's sort key made once, not in every comparison.
        let order = entries.indices.map { index in
            let entry = entries[index]
            return (
                kind: Kind.allCases.firstIndex(of: entry.kind) ?? 0, count: entry.touches.count,
                name: entry.name.lowercased(), key: entry.key, index: index
            )
        }
        services = order.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if entries[a.index].kind == .service && a.count != b.count { return a.count > b.count }
            return (a.name, a.key) < (b.name, b.key)
        }
        .map { entries[$0.index] }
    }

    /// The entry of the service `name` means (through the catalog), or nil.
    public func service(named name: String) -> Entry? {
        let key = catalog.key(for: name)
        return services.first { $0.kind == .service && $0.key == key }
    }

    /// The service keys each incident touched, through the given ways.
    public func serviceKeys(via ways: Set<Via> = Set(Via.allCases)) -> [IncidentID: Set<String>] {
        var result: [IncidentID: Set<String>] = [:]
        for entry in services where entry.kind == .service {
            for touch in entry.touches where !ways.isDisjoint(with: touch.via) {
                result[touch.incident, default: []].insert(entry.key)
            }
        }
        return result
    }

    enum CodingKeys: String, CodingKey { case services }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(services, forKey: .services)
    }
}

/// Which names mean the same service: pm's list of well-known products, its built-in
/// aliases ("postgres" is PostgreSQL, "cnpg" is CloudNativePG) and the knowledge base's own
/// (`service_aliases:` in `pm.yml`).
///
/// Names are compared by their `key`: lower case, letters and digits only, so "Home
/// Assistant", "home-assistant" and "HomeAssistant" are one service, then through the
/// aliases: first the knowledge base's, then pm's.
public struct ServiceCatalog: Hashable, Sendable {
    /// Display name of each service the catalog names, by key.
    public let displayNames: [String: String]
    /// Alias key → key of the service it names.
    let aliasTargets: [String: String]
    /// The names the knowledge base gave its services in `service_aliases`, by key.
    public let configuredNames: [String: String]
    /// Every name worth looking for in an incident's text, as written.
    public let searchableNames: [String]

    /// Well-known products that post-mortems name, spelled as their projects do.
    public static let knownProducts = [
        "Immich", "Authentik", "Nextcloud", "Paperless-ngx", "Vaultwarden", "Gitea", "GitLab", "Jellyfin",
        "Keycloak", "Grafana", "Loki", "Prometheus", "Kafka", "Redis", "PostgreSQL", "Postgres", "MariaDB", "MySQL",
        "etcd", "Ceph", "Longhorn", "MinIO", "Traefik", "ingress-nginx", "nginx", "HAProxy", "CoreDNS", "Pi-hole",
        "Unbound", "MetalLB", "TrueNAS", "Proxmox", "Kubernetes", "Vault", "Elasticsearch", "OpenSearch", "RabbitMQ",
        "MongoDB", "CloudNativePG", "CNPG", "Flux", "ArgoCD", "Terraform", "PgBouncer", "pgBackRest", "ZFS",
        "HomeAssistant", "PhotoPrism", "Authelia", "linkding", "Memos", "Mealie", "Audiobookshelf",
    ]

    /// pm's own aliases: service name → its other names.
    public static let builtInAliases: [String: [String]] = [
        "PostgreSQL": ["postgres", "pgsql"],
        "CloudNativePG": ["cnpg", "cloudnative-pg"],
        "Paperless-ngx": ["paperless"],
        "Home Assistant": ["homeassistant", "hass"],
        "Argo CD": ["argocd"],
        "Pi-hole": ["pihole"],
    ]

    /// The catalog of pm's known products and aliases plus `aliases` (service name → its
    /// other names), which win over pm's.
    public init(aliases: [String: [String]] = [:]) {
        var names: [String: String] = [:]
        var targets: [String: String] = [:]
        for product in Self.knownProducts { names[Self.key(product)] = product }
        for (service, others) in Self.builtInAliases {
            let key = Self.key(service)
            names[key] = service
            for other in others where Self.key(other) != key { targets[Self.key(other)] = key }
        }
        var searchable = Set(Self.knownProducts)
        var configured: [String: String] = [:]
        for (service, others) in aliases {
            let key = Self.key(service)
            guard !key.isEmpty else { continue }
            names[key] = service.trimmingSpaces()
            configured[key] = service.trimmingSpaces()
            targets[key] = nil
            searchable.insert(service.trimmingSpaces())
            for other in others {
                let otherKey = Self.key(other)
                guard !otherKey.isEmpty, otherKey != key else { continue }
                targets[otherKey] = key
                searchable.insert(other.trimmingSpaces())
            }
        }
        // A known product named as someone's alias is no service of its own.
        for alias in targets.keys { names[alias] = nil }
        displayNames = names
        configuredNames = configured
        aliasTargets = targets
        searchableNames = searchable.filter { Self.key($0).count >= 3 }.sorted()
    }

    /// A name folded for comparing: lower case, accents removed, letters and digits only.
    public static func key(_ name: String) -> String {
        TextScanner.words(in: name).joined()
    }

    /// The key of the service `name` means, aliases followed.
    public func key(for name: String) -> String {
        var key = Self.key(name)
        var hops = 0
        while let target = aliasTargets[key], hops < 4 {
            key = target
            hops += 1
        }
        return key
    }

    /// The key of the service a resource's name starts with ("immich-upload" and
    /// "immich-stage/immich-upload-pvc" → `immich`), looking for the longest leading run of
    /// its words that the catalog or `known` (more keys, e.g. every declared service) names.
    public func service(inResourceName name: String, known: Set<String> = []) -> String? {
        let words = TextScanner.words(in: name)
        var found: String?
        var prefix = ""
        for word in words.prefix(4) {
            prefix += word
            let key = key(for: prefix)
            if displayNames[key] != nil || known.contains(key) { found = key }
        }
        return found
    }
}
